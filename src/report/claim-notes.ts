/**
 * What a finding's match says, in plain words: the matched database
 * statement, "closest claim" when the match was too weak to grade, the note
 * for a claim graded by a whole family's entry, and the overstatement note.
 * One wording for the popup, the card and every export (pure).
 */
import type { FoundClaim } from '../engine/types';
import type { LevelKey } from '../shared/evidence-levels';

type Noted = Pick<FoundClaim, 'evidence' | 'match' | 'overstated' | 'overstatedBy'>;

/**
 * How the claim relates to the database: `entry` (graded by an entry about
 * it), `class` (graded by a family's entry), `closest` (only the nearest
 * entry, too unlike to grade it: shown neutrally), or `none`.
 */
export type MatchKind = 'entry' | 'class' | 'closest' | 'none';

export function matchKind(c: Noted): MatchKind {
  if (!c.match) return 'none';
  if (c.evidence == null) return 'closest';
  return c.match.via;
}

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

/** What the research shows, as the end of "the research shows …", per level. */
const SHOWS: Record<LevelKey, string> = {
  strong: 'good evidence, but not for claims that strong',
  moderate: 'some support from human trials, not proof',
  limited: 'early evidence at best',
  unsupported: 'no reliable evidence',
  contradicted: 'evidence against it',
  unmatched: 'nothing we could check',
};

/** "The page says “cures”; the research shows early evidence at best." when the page overstates its evidence. */
export function overstatementNote(c: Noted): string | null {
  if (!c.overstated) return null;
  const shows = SHOWS[c.evidence ?? 'unmatched'];
  return c.overstatedBy
    ? `The page says “${c.overstatedBy}”; the research shows ${shows}.`
    : `The page states this more strongly than the research allows: it shows ${shows}.`;
}

/** The class and overstatement notes as one line (empty when neither applies), for exports. */
export function notesOf(c: Noted): string {
  return [classNote(c), overstatementNote(c)].filter(Boolean).join(' ');
}
