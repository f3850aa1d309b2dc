/**
 * The toolbar popup: the page's evidence profile, its claims by level, site
 * controls, exports and the educator score. Everything outside goes through
 * `source`, so this renders the same against the mock.
 */
import { useEffect, useState } from 'preact/hooks';

import type { DatabaseInfo } from '../../messaging/protocol';
import type { DismissedMap } from '../../settings/dismissed';
import type { Settings } from '../../settings/settings';
import { Legend } from '../shared/Legend';
import { applyScheme } from '../shared/scheme';
import { KeyboardNote } from './KeyboardNote';
import { PageSummary } from './PageSummary';
import { PopupStatus } from './PopupStatus';
import { hostOf, sitePause, withSitePaused } from './site-control';
import { SiteControls } from './SiteControls';
import type { PageSummarySource } from './source';
import { usePageReport } from './use-page-report';

interface Props {
  source: PageSummarySource;
}

export function Popup({ source }: Props) {
  const { view, reload } = usePageReport(source);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [dismissed, setDismissed] = useState<DismissedMap>({});
  const [returnTo, setReturnTo] = useState<number | undefined>();
  const [database, setDatabase] = useState<DatabaseInfo | undefined>();

  useEffect(() => {
    void source.getSettings().then(setSettings);
    void source.getDismissed().then(setDismissed);
    void source.lastVisited().then(setReturnTo);
    void source.databaseInfo().then(setDatabase, () => undefined);
    return source.watchSettings(setSettings);
  }, [source]);

  useEffect(() => {
    if (settings) applyScheme(document.documentElement, settings.scheme);
  }, [settings?.scheme]);

  const report = view.kind === 'report' ? view.report : undefined;
  const host = report ? hostOf(report.url) : undefined;
  const pause = settings && host ? sitePause(settings, host) : { everywhere: !settings?.enabled, site: false };

  const changeSettings = async (next: Settings) => {
    setSettings(next);
    await source.setSettings(next);
    // The content script re-annotates (or clears) on the change; fetch its new state.
    setTimeout(reload, 300);
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Gut Check</h1>
        {/* The bundled copy is the one the background runs, and it is there before the page answers. */}
        <p class="database gc-muted">{database ? `Claims database ${database.version} · ${database.date}` : ''}</p>
      </header>
      {/* Near the top: pausing is the control people look for first. */}
      {settings && (view.kind === 'report' || pause.everywhere) && (
        <SiteControls
          host={host}
          pause={pause}
          onSite={paused => host && void changeSettings(withSitePaused(settings, host, paused))}
          onEverywhere={paused => void changeSettings({ ...settings, enabled: !paused })}
        />
      )}
      <main>
        {view.kind === 'report' && settings && (pause.everywhere || pause.site || view.report.state === 'paused') ? (
          <PopupStatus kind={pause.everywhere ? 'paused-everywhere' : pause.site ? 'paused-site' : 'paused-page'} />
        ) : view.kind === 'report' && settings ? (
          <PageSummary
            report={view.report}
            settings={settings}
            dismissed={dismissed}
            source={source}
            onDismissed={setDismissed}
            onReset={reload}
            returnTo={returnTo}
          />
        ) : view.kind === 'report' ? (
          <PopupStatus kind="loading" />
        ) : (
          <PopupStatus kind={view.kind} message={view.kind === 'error' ? view.message : undefined} onRetry={reload} />
        )}
      </main>
      <footer class="popup-footer">
        <p>
          <strong>Nothing leaves your browser:</strong> page text is analysed locally.
        </p>
        <details class="legend-panel">
          <summary>What the marks mean</summary>
          <Legend style={settings?.style ?? 'underline'} />
        </details>
        <KeyboardNote load={source.shortcuts} onOpenSettings={() => source.openShortcutSettings()} />
        <p class="links">
          <button type="button" class="link" onClick={() => source.openGuide()}>
            How to judge a health claim
          </button>
          <button type="button" class="link" onClick={() => source.openOptions()}>
            Options
          </button>
        </p>
      </footer>
    </div>
  );
}
