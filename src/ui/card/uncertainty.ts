/**
 * What the card says about how sure the grading is (pure): which database
 * claim was matched, whether it graded the claim at all, whether a whole
 * family of claims graded it, and whether the page overstates it.
 */
import { LEVEL } from '../../shared/evidence-levels';
import type { CardClaim } from './model';

export type Grading =
  /** An entry graded this claim. */
  | { kind: 'graded'; level: NonNullable<CardClaim['evidence']> }
  /** Only the closest entry: shown neutrally, never in a level colour. */
  | { kind: 'closest' }
  /** No entry near it. */
  | { kind: 'unmatched' };

export function gradingOf(claim: CardClaim): Grading {
  if (claim.evidence) return { kind: 'graded', level: claim.evidence };
  return claim.match ? { kind: 'closest' } : { kind: 'unmatched' };
}

/** "graded as a claim about probiotics in general", when a class entry graded it. */
export function classNote(claim: CardClaim): string | null {
  const m = claim.match;
  if (!claim.evidence || m?.via !== 'class') return null;
  return `Graded as a claim about ${m.family ?? 'this kind of thing'} in general, not this one in particular.`;
}

/** "The page says “cures”; the research shows early evidence at best." */
export function overstatementNote(claim: CardClaim): { says: string; shows: string } | null {
  if (!claim.overstated || !claim.evidence) return null;
  return { says: claim.overstatedBy ?? 'more than the evidence allows', shows: LEVEL[claim.evidence].shows };
}
