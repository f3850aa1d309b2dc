/**
 * Whether a reader is shown a finding's level, in one place (pure). The
 * engine grades a claim with a calibrated `confidence`; below CONFIDENT a
 * grade is right too rarely to show as a verdict, so the card, the popup,
 * the page's marks and the badge show the matched entry as the "closest
 * claim in our database", neutrally, with no level and no level colour.
 * Exports and the CLI keep the engine's own `evidence` and `confidence`.
 */
import type { EvidenceLevel, LevelKey } from './evidence-levels';

/** The confidence at which a grade is usually right (issue 10: at least 90% carry the right level). */
export const CONFIDENT = 0.8;

/** The fields of a finding (engine FoundClaim) this needs. */
export interface Gradable {
  evidence: EvidenceLevel | null;
  confidence: number;
  match: { via: 'entry' | 'class' } | null;
}

/**
 * How the claim relates to the database, as a reader is shown it:
 * `entry` (graded by an entry about it), `class` (graded by a family's
 * entry), `closest` (only the nearest entry, too unsure to grade it), or
 * `none` (no entry near it).
 */
export type MatchKind = 'entry' | 'class' | 'closest' | 'none';

export function matchKind(c: Gradable): MatchKind {
  if (!c.match) return 'none';
  if (c.evidence == null || !(c.confidence >= CONFIDENT)) return 'closest';
  return c.match.via;
}

/** The level a reader is shown: the engine's, when it is sure enough; otherwise none. */
export function shownLevel(c: Gradable): EvidenceLevel | null {
  const kind = matchKind(c);
  return kind === 'entry' || kind === 'class' ? c.evidence : null;
}

/** The level key a reader's summaries count it under (`unmatched`: not graded). */
export function shownKey(c: Gradable): LevelKey {
  return shownLevel(c) ?? 'unmatched';
}
