/** The page's evidence profile as a picture: one stacked bar, each level's share with its count, and a text legend. */
import { LEVEL, LEVEL_KEYS, type LevelKey } from '../../shared/evidence-levels';
import { LevelBadge } from '../shared/LevelBadge';

export function EvidenceBar({ counts }: { counts: Record<LevelKey, number> }) {
  const present = LEVEL_KEYS.filter(k => counts[k] > 0);
  const label = `Evidence profile: ${present.map(k => `${counts[k]} ${LEVEL[k].word.toLowerCase()}`).join(', ')}`;
  return (
    <figure class="evidence-profile">
      <div class="evidence-bar" role="img" aria-label={label}>
        {present.map(k => (
          <span
            key={k}
            class="evidence-segment"
            data-level={k}
            style={{ flexGrow: counts[k], background: LEVEL[k].colour }}
            title={`${counts[k]} ${LEVEL[k].word}`}
          >
            {counts[k]}
          </span>
        ))}
      </div>
      <figcaption>
        <ul class="evidence-legend">
          {present.map(k => (
            <li key={k} data-level={k}>
              <LevelBadge level={k} /> <span class="legend-count">{counts[k]}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
