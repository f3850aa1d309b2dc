/** The whole claims database, searchable: level, statement, verdict and linked citations. */
import { useMemo, useState } from 'preact/hooks';

import type { ClaimsIndex } from '../../engine/types';
import { EVIDENCE_LEVELS, LEVEL, type EvidenceLevel } from '../../shared/evidence-levels';
import { CitationList } from '../shared/CitationList';
import { LevelBadge } from '../shared/LevelBadge';
import { searchCatalogue } from './catalogue-search';

export function Catalogue({ database }: { database: ClaimsIndex }) {
  const [query, setQuery] = useState('');
  const [level, setLevel] = useState<EvidenceLevel | 'all'>('all');
  const found = useMemo(() => searchCatalogue(database.claims, query, level), [database, query, level]);

  return (
    <section aria-labelledby="catalogue-title" class="catalogue">
      <h2 id="catalogue-title">Claims database</h2>
      <p class="gc-muted">
        Version {database.version}, reviewed up to {database.date}: {database.claims.length} claims.
      </p>
      <div class="catalogue-filters" role="search">
        <label>
          Search <input type="search" value={query} onInput={e => setQuery(e.currentTarget.value)} />
        </label>{' '}
        <label>
          Level{' '}
          <select value={level} onChange={e => setLevel(e.currentTarget.value as EvidenceLevel | 'all')}>
            <option value="all">All levels</option>
            {EVIDENCE_LEVELS.map(l => (
              <option key={l} value={l}>
                {LEVEL[l].word}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="catalogue-count">
        {found.length === database.claims.length ? `Showing all ${found.length} claims` : `${found.length} matching`}
      </p>
      <ul class="catalogue-list">
        {found.map(c => (
          <li key={c.id} class="catalogue-entry" data-claim-id={c.id} data-evidence={c.evidence}>
            {/* Not a heading: 130 entry headings would swamp the page outline. */}
            <p class="statement">
              <LevelBadge level={c.evidence} /> <strong>{c.statement}</strong>
            </p>
            <p>{c.verdict}</p>
            <details>
              <summary>
                Evidence and {c.citations.length === 1 ? 'citation' : `${c.citations.length} citations`}
              </summary>
              <p>{c.summary}</p>
              <CitationList citations={c.citations} />
              <p class="gc-muted">Reviewed {c.reviewed}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
