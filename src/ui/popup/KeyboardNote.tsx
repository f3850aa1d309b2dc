/**
 * The keyboard commands and their keys, in the popup's footer. Browsers do
 * not always bind a suggested key (it may clash, or the reader removed it):
 * then it says so and where to set one, instead of leaving a shortcut that
 * silently does nothing.
 */
import { useEffect, useState } from 'preact/hooks';

import type { Shortcut } from '../shared/shortcuts';

interface Props {
  load: () => Promise<Shortcut[]>;
  onOpenSettings: () => void;
}

export function KeyboardNote({ load, onOpenSettings }: Props) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void load().then(setShortcuts, () => setShortcuts([]));
  }, [load]);
  if (!shortcuts.length) return null;
  const unbound = shortcuts.filter(s => !s.shortcut);
  return (
    <section class="keyboard" aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">Keyboard</h2>
      <ul>
        {shortcuts.map(s => (
          <li key={s.name} data-command={s.name}>
            {s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="unbound">No key set</span>} {s.description}
          </li>
        ))}
      </ul>
      {unbound.length > 0 && (
        <p class="keyboard-fix">
          {unbound.length === 1 ? 'One command has' : `${unbound.length} commands have`} no key.{' '}
          <button type="button" class="link" onClick={onOpenSettings}>
            Set keys in the browser’s shortcut settings
          </button>
        </p>
      )}
    </section>
  );
}
