/** An evidence level as icon + word on its colour: never colour alone. */
import { LEVEL, type LevelKey } from '../../shared/evidence-levels';

export function LevelBadge({ level, label }: { level: LevelKey; label?: string }) {
  return (
    <span class="gc-level" data-level={level} style={{ background: LEVEL[level].colour }}>
      <span aria-hidden="true" class="gc-level-icon">
        {LEVEL[level].icon}
      </span>{' '}
      {label ?? LEVEL[level].word}
    </span>
  );
}
