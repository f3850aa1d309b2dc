/**
 * The evidence scale of shared/evidence-scale.md as plain data, for reports
 * and UI alike (no zod here, so extension pages do not pull the schema in).
 */
import type { EvidenceLevel } from '../engine/types';

/** Strongest first, the order every list and summary uses. */
export const LEVELS: readonly EvidenceLevel[] = ['strong', 'moderate', 'limited', 'unsupported', 'contradicted'];

/** A level, or `unmatched` for a claim the database does not cover yet. */
export type LevelKey = EvidenceLevel | 'unmatched';

/** Every key a summary counts, strongest first, unmatched last. */
export const LEVEL_KEYS: readonly LevelKey[] = [...LEVELS, 'unmatched'];

/** ClaimReview `ratingValue`: 1 (contradicted) to 5 (strong). */
export function ratingOf(level: EvidenceLevel): number {
  return LEVELS.length - LEVELS.indexOf(level);
}

/** Zeroed counts for every key. */
export function emptyCounts(): Record<LevelKey, number> {
  return { strong: 0, moderate: 0, limited: 0, unsupported: 0, contradicted: 0, unmatched: 0 };
}

/** Counts claims by level; `null` evidence counts as unmatched. */
export function countLevels(claims: readonly { evidence: EvidenceLevel | null }[]): Record<LevelKey, number> {
  const counts = emptyCounts();
  for (const c of claims) counts[c.evidence ?? 'unmatched'] += 1;
  return counts;
}
