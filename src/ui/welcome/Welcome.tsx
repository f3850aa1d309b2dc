/**
 * The page a new reader sees once, on install: what Gut Check does, what
 * the marks mean (the legend), what happens to their data (nothing leaves
 * the browser), the keyboard, and where the options are.
 */
import { useEffect, useState } from 'preact/hooks';

import type { HighlightStyle } from '../../settings/settings';
import { Disclaimer } from '../shared/Disclaimer';
import { Legend } from '../shared/Legend';
import type { Shortcut } from '../shared/shortcuts';

export interface WelcomeProps {
  style: HighlightStyle;
  shortcuts: () => Promise<Shortcut[]>;
  openOptions: () => void;
  openShortcutSettings: () => void;
  guideUrl: string;
}

export function Welcome({ style, shortcuts, openOptions, openShortcutSettings, guideUrl }: WelcomeProps) {
  const [keys, setKeys] = useState<Shortcut[]>([]);
  useEffect(() => {
    void shortcuts().then(setKeys, () => setKeys([]));
  }, [shortcuts]);
  return (
    <main class="page welcome">
      <h1>Welcome to Gut Check</h1>
      <p class="lead">
        Gut Check reads the page you are on, finds claims about gut health, and marks each one with how strong the
        research behind it is. Point at a mark, or click it, for a card that says what the research shows and where to
        read it. The toolbar button sums up the page.
      </p>
      <section aria-labelledby="marks-title">
        <h2 id="marks-title">What the marks mean</h2>
        <Legend style={style} />
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">Your privacy</h2>
        <p>
          <strong>Nothing leaves your browser.</strong> Pages are read and checked inside it: Gut Check has no server,
          makes no network requests, and has no accounts or analytics. Your settings are kept in the browser; claims you
          dismiss are remembered on this device only.
        </p>
      </section>
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Keyboard</h2>
        {keys.length > 0 && (
          <ul class="welcome-keys">
            {keys.map(k => (
              <li key={k.name} data-command={k.name}>
                {k.shortcut ? <kbd>{k.shortcut}</kbd> : <span class="unbound">No key set</span>} {k.description}
              </li>
            ))}
          </ul>
        )}
        <p>
          The browser decides the keys.{' '}
          <button type="button" class="link" onClick={openShortcutSettings}>
            Change them in the browser’s shortcut settings
          </button>
          .
        </p>
      </section>
      <section aria-labelledby="options-title">
        <h2 id="options-title">Make it yours</h2>
        <p>
          In the options you can choose underlines or shading, which levels to mark, where Gut Check runs, a dark or
          light look, and an educator mode in which students guess before they see the verdict.{' '}
          <button type="button" class="link" onClick={openOptions}>
            Open the options
          </button>
        </p>
        <p>
          New to weighing health claims? Read <a href={guideUrl}>How to judge a health claim</a>.
        </p>
      </section>
      <Disclaimer />
    </main>
  );
}
