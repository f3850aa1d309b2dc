/** Groups a page's claims for the popup list (pure). */
import type { PageClaim } from '../../messaging/protocol';
import { LEVEL_KEYS, type LevelKey } from '../../report/levels';
import { isDismissed, type DismissedMap } from '../../settings/dismissed';

export interface ClaimGroup {
  level: LevelKey;
  claims: PageClaim[];
}

export interface GroupedClaims {
  /** Non-empty groups, strongest level first, unmatched last; page order within a group. */
  groups: ClaimGroup[];
  /**
   * Claims the reader dismissed on this page. Decided by the stored map, not
   * the report's `dismissed` flag: the flag mirrors the same storage but is
   * stale the moment the popup restores a claim.
   */
  dismissed: PageClaim[];
}

/** Splits claims into level groups, setting dismissed ones apart. */
export function groupClaims(claims: readonly PageClaim[], url: string, dismissed: DismissedMap): GroupedClaims {
  const byLevel = new Map<LevelKey, PageClaim[]>(LEVEL_KEYS.map(k => [k, []]));
  const gone: PageClaim[] = [];
  const sorted = [...claims].sort((a, b) => a.index - b.index);
  for (const c of sorted) {
    if (isDismissed(dismissed, url, c)) gone.push(c);
    else byLevel.get(c.evidence ?? 'unmatched')!.push(c);
  }
  const groups = LEVEL_KEYS.map(level => ({ level, claims: byLevel.get(level)! })).filter(g => g.claims.length);
  return { groups, dismissed: gone };
}
