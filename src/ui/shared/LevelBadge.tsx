/** An evidence level as icon + word on its colour: never colour alone. */
import type { LevelKey } from '../../report/levels';
import { LEVEL_COLOURS, LEVEL_WORDS } from './palette';

export function LevelBadge({ level, label }: { level: LevelKey; label?: string }) {
  return (
    <span class="gc-level" data-level={level} style={{ background: LEVEL_COLOURS[level].solid }}>
      <span aria-hidden="true" class="gc-level-icon">
        {LEVEL_COLOURS[level].icon}
      </span>{' '}
      {label ?? LEVEL_WORDS[level]}
    </span>
  );
}
