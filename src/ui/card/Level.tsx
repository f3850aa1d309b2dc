/** An evidence level as icon + word on its colour: never colour alone. */
import type { LevelKey } from '../../report/levels';
import { LEVEL_COLOURS, LEVEL_WORDS } from '../shared/palette';

export function Level({ level }: { level: LevelKey }) {
  return (
    <span class="level" style={{ background: LEVEL_COLOURS[level].solid }}>
      <span aria-hidden="true" class="icon">
        {LEVEL_COLOURS[level].icon}
      </span>{' '}
      {LEVEL_WORDS[level]}
    </span>
  );
}
