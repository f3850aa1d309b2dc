/** Which levels get highlighted on pages. */
import { EVIDENCE_LEVELS } from '../../shared/evidence-levels';
import { LevelBadge } from '../shared/LevelBadge';
import type { SectionProps } from './section';

export function LevelsSection({ settings, onChange }: SectionProps) {
  return (
    <section aria-labelledby="levels-title">
      <h2 id="levels-title">What to highlight</h2>
      <fieldset class="checks">
        <legend>Highlight claims whose evidence is</legend>
        {EVIDENCE_LEVELS.map(level => (
          <label key={level}>
            <input
              type="checkbox"
              name={`level-${level}`}
              checked={settings.levels[level]}
              onChange={e =>
                onChange({ ...settings, levels: { ...settings.levels, [level]: e.currentTarget.checked } })
              }
            />{' '}
            <LevelBadge level={level} />
          </label>
        ))}
        <label>
          <input
            type="checkbox"
            name="level-unmatched"
            checked={settings.unmatched}
            onChange={e => onChange({ ...settings, unmatched: e.currentTarget.checked })}
          />{' '}
          <LevelBadge level="unmatched" />
        </label>
      </fieldset>
    </section>
  );
}
