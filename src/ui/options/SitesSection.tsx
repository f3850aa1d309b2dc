/** Where Gut Check runs: everywhere but a blocklist, or only on an allowlist. */
import { useState } from 'preact/hooks';

import type { SiteMode } from '../../settings/settings';
import { RadioGroup } from './RadioGroup';
import type { SectionProps } from './section';
import { addPattern, normalizePattern } from './site-patterns';

const MODES: { value: SiteMode; label: string }[] = [
  { value: 'blocklist', label: 'Everywhere except the sites below' },
  { value: 'allowlist', label: 'Only on the sites below' },
];

export function SitesSection({ settings, onChange }: SectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const pattern = normalizePattern(draft);
    if (!pattern) {
      setError('Enter a site such as example.com or *.example.com.');
      return;
    }
    setError('');
    setDraft('');
    onChange({ ...settings, sites: addPattern(settings.sites, pattern) });
  };

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <label class="master">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={e => onChange({ ...settings, enabled: e.currentTarget.checked })}
        />{' '}
        Gut Check is on
      </label>
      <RadioGroup
        legend="Run Gut Check"
        name="siteMode"
        value={settings.siteMode}
        choices={MODES}
        onChange={siteMode => onChange({ ...settings, siteMode })}
      />
      <form class="site-add" onSubmit={add}>
        <label for="site-input">Site (example.com matches www.example.com too; *.example.com any subdomain)</label>
        <div>
          <input
            id="site-input"
            type="text"
            value={draft}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={e => setDraft(e.currentTarget.value)}
          />{' '}
          <button type="submit">Add site</button>
        </div>
        {error && (
          <p id="site-error" class="error">
            {error}
          </p>
        )}
      </form>
      {settings.sites.length ? (
        <ul class="sites" aria-label="Listed sites">
          {settings.sites.map(site => (
            <li key={site} data-site={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={`Remove ${site}`}
                onClick={() => onChange({ ...settings, sites: settings.sites.filter(s => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="gc-muted">No sites listed.</p>
      )}
    </section>
  );
}
