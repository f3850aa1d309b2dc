/** Which levels get highlighted on pages. */
import { isWeakOnly, withWeakOnly } from '../../settings/model';
import { EVIDENCE_LEVELS } from '../../shared/evidence-levels';
import { LevelBadge } from '../shared/LevelBadge';
import type { SectionProps } from './section';

export function LevelsSection({ settings, onChange }: SectionProps) {
  return (
    <section aria-labelledby="levels-title">
      <h2 id="levels-title">What to highlight</h2>
      <p class="checks">
        <label>
          <input
            type="checkbox"
            name="weak-only"
            checked={isWeakOnly(settings)}
            onChange={e => onChange(withWeakOnly(settings, e.currentTarget.checked))}
          />{' '}
          Weak claims only: mark only the claims with weak or contrary evidence
        </label>
      </p>
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
            aria-describedby="unmatched-note"
            onChange={e => onChange({ ...settings, unmatched: e.currentTarget.checked })}
          />{' '}
          <LevelBadge level="unmatched" />
        </label>
        <p id="unmatched-note" class="gc-muted">
          Claims Gut Check does not grade (not in its database yet, or matched too unsurely to grade) are not marked by
          default: for researchers who want every claim.
        </p>
      </fieldset>
    </section>
  );
}
