/** Groups a page's claims for the popup list (pure). */
import type { PageClaim } from '../../messaging/protocol';
import { isDismissed, type DismissedMap } from '../../settings/dismissed';
import type { LevelKey } from '../../shared/evidence-levels';
import { shownKey } from '../../shared/grading';
import { WORST_FIRST } from './worst-first';

export { WORST_FIRST };

export interface ClaimGroup {
  level: LevelKey;
  claims: PageClaim[];
}

export interface GroupedClaims {
  /** Non-empty groups, worst level first, unmatched last; page order within a group. */
  groups: ClaimGroup[];
  /**
   * Claims the reader dismissed on this page. Decided by the stored map, not
   * the report's `dismissed` flag: the flag mirrors the same storage but is
   * stale the moment the popup restores a claim.
   */
  dismissed: PageClaim[];
}

/** Splits claims into the level groups a reader is shown (an unsure grade is ungraded), setting dismissed ones apart. */
export function groupClaims(claims: readonly PageClaim[], url: string, dismissed: DismissedMap): GroupedClaims {
  const byLevel = new Map<LevelKey, PageClaim[]>(WORST_FIRST.map(k => [k, []]));
  const gone: PageClaim[] = [];
  const sorted = [...claims].sort((a, b) => a.index - b.index);
  for (const c of sorted) {
    if (isDismissed(dismissed, url, c)) gone.push(c);
    else byLevel.get(shownKey(c))!.push(c);
  }
  const groups = WORST_FIRST.map(level => ({ level, claims: byLevel.get(level)! })).filter(g => g.claims.length);
  return { groups, dismissed: gone };
}

/** Groups narrowed to the levels chosen in the filter (all of them when none is chosen). */
export function filterGroups(groups: readonly ClaimGroup[], chosen: ReadonlySet<LevelKey>): ClaimGroup[] {
  return chosen.size ? groups.filter(g => chosen.has(g.level)) : [...groups];
}

/**
 * Where focus goes when `gone` leaves the list: the next claim, else the one
 * before, else nowhere (undefined). `list` is the list as shown before.
 */
export function nextFocus(list: readonly PageClaim[], gone: PageClaim): PageClaim | undefined {
  const at = list.findIndex(c => c.index === gone.index);
  if (at < 0) return undefined;
  return list[at + 1] ?? list[at - 1];
}
