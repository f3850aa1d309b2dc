/** Links and short labels for database citations: the card, the popup, reports and the catalogue all use these. */
import type { Citation } from '../engine/types';
import { isSafeCitationUrl } from '../shared/citation-url';

/**
 * PubMed first (stable and free to read), then the DOI resolver, then the
 * given URL if it is one we may render (https:; checked again here though
 * the schema refuses others, so nothing that got past it becomes a link).
 */
export function citationUrl(c: Pick<Citation, 'pmid' | 'doi' | 'url'>): string | undefined {
  // Identifiers are validated by the schema; encoding is belt and braces for links built into pages.
  if (c.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(c.pmid)}/`;
  if (c.doi) return `https://doi.org/${c.doi.split('/').map(encodeURIComponent).join('/')}`;
  return c.url && isSafeCitationUrl(c.url) ? c.url : undefined;
}

/** "PMID:123", "doi:10.1/x" or the URL: a compact, unambiguous reference. */
export function citationRef(c: Citation): string {
  if (c.pmid) return `PMID:${c.pmid}`;
  if (c.doi) return `doi:${c.doi}`;
  return c.url ?? '';
}
