/**
 * Counting and rating by evidence level for reports. The levels themselves
 * (order, words, colours) are defined in src/shared/evidence-levels.ts.
 */
import { EVIDENCE_LEVELS, LEVEL_KEYS, rankOf, type EvidenceLevel, type LevelKey } from '../shared/evidence-levels';

export { LEVEL_KEYS, type LevelKey };

/** The five levels, strongest first (the scale's own order). */
export const LEVELS: readonly EvidenceLevel[] = EVIDENCE_LEVELS;

/** ClaimReview `ratingValue`: 1 (contradicted) to 5 (strong). */
export function ratingOf(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.length - rankOf(level);
}

/** Zeroed counts for every key. */
export function emptyCounts(): Record<LevelKey, number> {
  return Object.fromEntries(LEVEL_KEYS.map(k => [k, 0])) as Record<LevelKey, number>;
}

/** Counts claims by level; `null` evidence counts as unmatched. */
export function countLevels(claims: readonly { evidence: EvidenceLevel | null }[]): Record<LevelKey, number> {
  const counts = emptyCounts();
  for (const c of claims) counts[c.evidence ?? 'unmatched'] += 1;
  return counts;
}
