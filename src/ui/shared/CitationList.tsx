/** A claim's citations with PubMed/DOI links (opened in a new tab, no referrer). */
import type { Citation } from '../../engine/types';
import { citationRef, citationUrl } from '../../report/citations';

export function CitationList({ citations }: { citations: readonly Citation[] }) {
  return (
    <ul class="citations">
      {citations.map(c => {
        const url = citationUrl(c);
        return (
          <li key={citationRef(c) || c.title}>
            {c.title}{' '}
            <span class="gc-muted">
              ({c.journal}, {c.year}; {c.kind})
            </span>{' '}
            {url && (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {citationRef(c)}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
