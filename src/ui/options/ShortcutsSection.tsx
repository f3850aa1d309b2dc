/** The extension's keyboard shortcuts as the browser has them bound, and how to change them. */
import { useEffect, useState } from 'preact/hooks';

import type { OptionsSource, Shortcut } from './source';

export function ShortcutsSection({ source }: { source: OptionsSource }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | undefined>();
  useEffect(() => {
    void source.getShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [source]);

  return (
    <section aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {shortcuts && (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {shortcuts.map(s => (
              <tr key={s.name} data-command={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="gc-muted">Not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {source.shortcutsPage ? (
        <p>
          The browser decides the keys. To change them, open{' '}
          <button type="button" class="link" onClick={() => source.openShortcutsPage()}>
            {source.shortcutsPage}
          </button>{' '}
          and edit the Gut Check entries.
        </p>
      ) : (
        <p>
          The browser decides the keys. To change them, open about:addons, choose the gear menu and “Manage Extension
          Shortcuts”.
        </p>
      )}
    </section>
  );
}
