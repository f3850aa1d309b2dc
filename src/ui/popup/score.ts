/** Educator mode: the reader's score on a page (pure). */
import type { PageClaim } from '../../messaging/protocol';

export interface Score {
  right: number;
  /** Guesses on claims that have a level (unmatched claims cannot be scored). */
  total: number;
}

export function scoreOf(claims: readonly PageClaim[]): Score {
  let right = 0;
  let total = 0;
  for (const c of claims) {
    if (c.guess == null || c.evidence == null) continue;
    total += 1;
    if (c.guess === c.evidence) right += 1;
  }
  return { right, total };
}

/** May the popup show this claim's level? Once guessed; unmatched claims have nothing to guess. */
export function isRevealed(claim: PageClaim): boolean {
  return claim.guess != null || claim.evidence == null;
}
