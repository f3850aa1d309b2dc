/** Educator mode: the reader's score on a page (pure). */
import type { PageClaim } from '../../messaging/protocol';
import { shownLevel } from '../../shared/grading';

export interface Score {
  right: number;
  /** Guesses on claims shown with a level (ungraded claims cannot be scored). */
  total: number;
}

export function scoreOf(claims: readonly PageClaim[]): Score {
  let right = 0;
  let total = 0;
  for (const c of claims) {
    const level = shownLevel(c);
    if (c.guess == null || level == null) continue;
    total += 1;
    if (c.guess === level) right += 1;
  }
  return { right, total };
}

/** May the popup show this claim's level? Once guessed; ungraded claims have nothing to guess. */
export function isRevealed(claim: PageClaim): boolean {
  return claim.guess != null || shownLevel(claim) == null;
}
