/** Links and short labels for database citations (reports and the catalogue). */
import type { Citation } from '../engine/types';

/** PubMed first (stable and free to read), then the DOI resolver, then the given URL. */
export function citationUrl(c: Citation): string | undefined {
  if (c.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/`;
  if (c.doi) return `https://doi.org/${c.doi}`;
  return c.url;
}

/** "PMID:123", "doi:10.1/x" or the URL: a compact, unambiguous reference. */
export function citationRef(c: Citation): string {
  if (c.pmid) return `PMID:${c.pmid}`;
  if (c.doi) return `doi:${c.doi}`;
  return c.url ?? '';
}
