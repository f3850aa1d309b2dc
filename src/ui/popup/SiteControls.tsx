/** Pause on this site / pause everywhere, both written to the settings item the content script watches. */
import type { SitePause } from './site-control';

interface Props {
  host: string | undefined;
  pause: SitePause;
  onSite: (paused: boolean) => void;
  onEverywhere: (paused: boolean) => void;
}

export function SiteControls({ host, pause, onSite, onEverywhere }: Props) {
  return (
    // A labelled section is a landmark, so the controls are not stray content for screen readers.
    <section aria-label="Where Gut Check runs">
      <div class="site-controls">
        {host && (
          <label>
            <input type="checkbox" checked={pause.site} onChange={e => onSite(e.currentTarget.checked)} /> Pause on{' '}
            <span class="host">{host}</span>
          </label>
        )}
        <label>
          <input type="checkbox" checked={pause.everywhere} onChange={e => onEverywhere(e.currentTarget.checked)} />{' '}
          Pause everywhere
        </label>
      </div>
    </section>
  );
}
