/**
 * What a finding's match says, in plain words: the matched database
 * statement, "closest claim" when the match is too unsure to grade it, the
 * note for a claim graded by a whole family's entry, and the overstatement
 * note. One wording for the popup, the card and every export (pure). Which
 * findings are graded for a reader is src/shared/grading.ts.
 */
import type { FoundClaim } from '../engine/types';
import { LEVEL } from '../shared/evidence-levels';
import { matchKind, shownLevel, type Gradable } from '../shared/grading';

export { matchKind, type MatchKind } from '../shared/grading';

type Noted = Gradable & Pick<FoundClaim, 'match' | 'overstated' | 'overstatedBy'>;

/** "Matched: …" or "Closest claim in our database: …", or null with no match. */
export function matchLine(c: Noted): { label: string; statement: string } | null {
  const kind = matchKind(c);
  if (kind === 'none' || !c.match) return null;
  return { label: kind === 'closest' ? 'Closest claim in our database' : 'Matched', statement: c.match.statement };
}

/** For a claim graded by a family's entry: what it was graded as. */
export function classNote(c: Noted): string | null {
  if (matchKind(c) !== 'class') return null;
  return `Graded as a claim about ${c.match?.family ?? 'this kind of thing'} in general.`;
}

/**
 * The page's wording that overstates a graded claim, and what the research
 * shows instead (the card sets `says` in italics); null when it does not, or
 * when the claim is not graded for the reader.
 */
export function overstatement(c: Noted): { says: string | null; shows: string } | null {
  const level = shownLevel(c);
  if (!c.overstated || !level) return null;
  return { says: c.overstatedBy, shows: LEVEL[level].shows };
}

/** "The page says “cures”; the research shows early evidence at best." when the page overstates its evidence. */
export function overstatementNote(c: Noted): string | null {
  const o = overstatement(c);
  if (!o) return null;
  return o.says
    ? `The page says “${o.says}”; the research shows ${o.shows}.`
    : `The page states this more strongly than the research allows: it shows ${o.shows}.`;
}

/** The class and overstatement notes as one line (empty when neither applies), for exports. */
export function notesOf(c: Noted): string {
  return [classNote(c), overstatementNote(c)].filter(Boolean).join(' ');
}

/** How sure the match is, in a word and a figure ("high, 0.91"), for the card and the popup. */
export function sureness(c: Noted): string | null {
  if (!c.match) return null;
  const word = matchKind(c) === 'closest' ? 'low' : 'high';
  return `${word}, ${c.confidence.toFixed(2)}`;
}
