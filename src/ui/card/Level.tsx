/** An evidence level as icon + word on its colour: never colour alone. */
import { LEVEL, type LevelKey } from '../../shared/evidence-levels';

export function Level({ level }: { level: LevelKey }) {
  return (
    <span class="level" style={{ background: LEVEL[level].colour }}>
      <span aria-hidden="true" class="icon">
        {LEVEL[level].icon}
      </span>{' '}
      {LEVEL[level].word}
    </span>
  );
}
