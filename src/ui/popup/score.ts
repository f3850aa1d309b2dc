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

/** Has the reader guessed this claim yet (so the popup may show its level)? */
export function isRevealed(claim: PageClaim): boolean {
  return claim.guess != null;
}
