/**
 * The page's evidence profile: one stacked bar (each level's share, with its
 * count) and a row of level chips that filter the list below. A chip is a
 * toggle button: pressed chips narrow the list to their levels; none
 * pressed shows every claim.
 */
import { LEVEL, type LevelKey } from '../../shared/evidence-levels';
import { LevelBadge } from '../shared/LevelBadge';
import { WORST_FIRST } from './worst-first';

interface Props {
  counts: Record<LevelKey, number>;
  chosen: ReadonlySet<LevelKey>;
  onToggle: (level: LevelKey) => void;
  onClear: () => void;
}

export function EvidenceBar({ counts, chosen, onToggle, onClear }: Props) {
  const present = WORST_FIRST.filter(k => counts[k] > 0);
  const label = `Evidence profile: ${present.map(k => `${counts[k]} ${LEVEL[k].word.toLowerCase()}`).join(', ')}`;
  return (
    <div class="evidence-profile">
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
      <div class="level-filter" role="group" aria-label="Show only claims at these levels">
        {present.map(k => (
          <button
            key={k}
            type="button"
            class="level-chip"
            data-level={k}
            aria-pressed={chosen.has(k)}
            onClick={() => onToggle(k)}
          >
            <LevelBadge level={k} /> <span class="legend-count">{counts[k]}</span>
          </button>
        ))}
        {chosen.size > 0 && (
          <button type="button" class="link show-all" onClick={onClear}>
            Show all
          </button>
        )}
      </div>
    </div>
  );
}
