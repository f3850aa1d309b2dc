/** Filtering the claims catalogue by words and level (pure). */
import type { ClaimEntry, EvidenceLevel } from '../../engine/types';

/** Entries whose statement, verdict, summary, topics or citation titles contain every word of `query`. */
export function searchCatalogue(
  claims: readonly ClaimEntry[],
  query: string,
  level: EvidenceLevel | 'all' = 'all',
): ClaimEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return claims.filter(c => {
    if (level !== 'all' && c.evidence !== level) return false;
    if (!words.length) return true;
    const haystack = [c.statement, c.verdict, c.summary, ...c.topics, ...c.citations.map(x => x.title)]
      .join(' ')
      .toLowerCase();
    return words.every(w => haystack.includes(w));
  });
}
