/** The options page: every setting applies as soon as it changes (content scripts watch the item). */
import { useEffect, useState } from 'preact/hooks';

import type { ClaimsIndex } from '../../engine/types';
import type { Settings } from '../../settings/settings';
import { Disclaimer } from '../shared/Disclaimer';
import { applyScheme } from '../shared/scheme';
import { AppearanceSection } from './AppearanceSection';
import { Catalogue } from './Catalogue';
import { DismissedSection } from './DismissedSection';
import { LevelsSection } from './LevelsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import type { OptionsSource } from './source';

export function Options({ source, database }: { source: OptionsSource; database: ClaimsIndex }) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void source.getSettings().then(setSettings);
    return source.watchSettings(setSettings);
  }, [source]);

  useEffect(() => {
    if (settings) applyScheme(document.documentElement, settings.scheme);
  }, [settings?.scheme]);

  const onChange = (next: Settings) => {
    setSettings(next);
    void source.setSettings(next).then(
      () => setSaved('Saved. Open pages update right away.'),
      (err: unknown) => setSaved(`Could not save: ${String(err)}`),
    );
  };

  return (
    <main class="page options">
      <h1>Gut Check options</h1>
      <p class="gc-muted save-status" role="status">
        {saved}
      </p>
      {settings ? (
        <>
          <LevelsSection settings={settings} onChange={onChange} />
          <AppearanceSection settings={settings} onChange={onChange} />
          <SitesSection settings={settings} onChange={onChange} />
          <section aria-labelledby="educator-title">
            <h2 id="educator-title">Educator mode</h2>
            <label>
              <input
                type="checkbox"
                name="educator"
                checked={settings.educator}
                onChange={e => onChange({ ...settings, educator: e.currentTarget.checked })}
              />{' '}
              Guess first: highlights stay neutral until you guess each claim’s level, and the popup keeps your score.
            </label>
            <p>
              <a href="/guide.html" target="_blank">
                How to judge a health claim
              </a>
            </p>
          </section>
        </>
      ) : (
        <p role="status">Loading settings…</p>
      )}
      <DismissedSection source={source} />
      <ShortcutsSection source={source} />
      <Catalogue database={database} />
      <section aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        <Disclaimer />
        <p>Page text is analysed in your browser; nothing is sent anywhere.</p>
      </section>
    </main>
  );
}
