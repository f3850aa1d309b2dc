/** The studies behind an entry, each linking to PubMed or its DOI. */
import type { Citation } from '../../engine/types';
import { citationUrl } from './model';

export function Citations({ citations }: { citations: Citation[] }) {
  if (!citations.length) return null;
  return (
    <ul class="citations">
      {citations.map(c => {
        const url = citationUrl(c);
        const label = `${c.title} (${c.journal}, ${c.year})`;
        return (
          <li key={c.pmid ?? c.doi ?? c.title}>
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
          </li>
        );
      })}
    </ul>
  );
}
