/**
 * The toolbar popup: the page's evidence profile, its claims by level, site
 * controls, exports and the educator score. Everything outside goes through
 * `source`, so this renders the same against the mock.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';

import type { ClaimsIndex } from '../../engine/types';
import type { PageClaim, PageReport } from '../../messaging/protocol';
import { countLevels } from '../../report/levels';
import type { DismissedMap } from '../../settings/dismissed';
import type { Settings } from '../../settings/settings';
import { applyScheme } from '../shared/scheme';
import { ClaimGroupList } from './ClaimList';
import { EducatorScore } from './EducatorScore';
import { EvidenceBar } from './EvidenceBar';
import { baseName, exportFile, pageAudit, type ExportFormat } from './export';
import { ExportButtons } from './ExportButtons';
import { groupClaims } from './group';
import { PopupStatus } from './PopupStatus';
import { isRevealed, scoreOf } from './score';
import { hostOf, sitePause, withSitePaused } from './site-control';
import { SiteControls } from './SiteControls';
import type { PageSummarySource } from './source';
import { usePageReport } from './use-page-report';

interface Props {
  source: PageSummarySource;
  /** The claims database, for citations in exports. */
  database: ClaimsIndex;
}

export function Popup({ source, database }: Props) {
  const { view, reload } = usePageReport(source);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [dismissed, setDismissed] = useState<DismissedMap>({});

  useEffect(() => {
    void source.getSettings().then(setSettings);
    void source.getDismissed().then(setDismissed);
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
        {report && (
          <p class="database gc-muted">
            Claims database {report.database.version} · {report.database.date}
          </p>
        )}
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
            {...{ source, database }}
            onDismissed={setDismissed}
            onReset={reload}
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

interface SummaryProps {
  report: PageReport;
  settings: Settings;
  dismissed: DismissedMap;
  source: PageSummarySource;
  database: ClaimsIndex;
  onDismissed: (map: DismissedMap) => void;
  onReset: () => void;
}

function PageSummary({ report, settings, dismissed, source, database, onDismissed, onReset }: SummaryProps) {
  const [status, setStatus] = useState('');
  const grouped = useMemo(() => groupClaims(report.claims, report.url, dismissed), [report, dismissed]);
  const counts = useMemo(() => countLevels(report.claims), [report]);
  const educator = settings.educator;
  const revealed = (c: PageClaim) => !educator || isRevealed(c);

  const focus = (c: PageClaim) => void source.focusClaim(c.index).catch(() => setStatus('The page did not answer.'));
  const dismiss = async (c: PageClaim, value: boolean) => onDismissed(await source.setDismissed(report.url, c, value));
  const exportAs = async (format: ExportFormat) => {
    const file = exportFile(
      format,
      pageAudit(report, database, source.version()),
      baseName(report.url, new Date()),
      report.database.date,
    );
    try {
      await source.download(file);
      setStatus(`Saved ${file.filename}`);
    } catch (err) {
      setStatus(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const hidden = educator ? grouped.groups.flatMap(g => g.claims.filter(c => !revealed(c))) : [];
  const shown = grouped.groups.map(g => ({ ...g, claims: g.claims.filter(revealed) })).filter(g => g.claims.length);

  return (
    <>
      <p class="checked" data-sentences={report.sentences}>
        Checked {report.sentences} {report.sentences === 1 ? 'sentence' : 'sentences'}
        {report.state === 'scanning' ? ' so far…' : '.'}
      </p>
      {educator && (
        <EducatorScore score={scoreOf(report.claims)} onReset={() => void source.resetGuesses().then(onReset)} />
      )}
      {report.claims.length === 0 ? (
        <PopupStatus kind="empty" />
      ) : (
        <>
          {!educator && <EvidenceBar counts={counts} />}
          <section class="claim-groups" aria-labelledby="claims-title">
            <h2 id="claims-title">Claims on this page</h2>
            {hidden.length > 0 && (
              <ClaimGroupList
                id="group-hidden"
                title="Guess these on the page"
                claims={hidden}
                revealed={() => false}
                onFocus={focus}
                onDismiss={dismiss}
              />
            )}
            {shown.map(g => (
              <ClaimGroupList
                key={g.level}
                id={`group-${g.level}`}
                title={g.level}
                level={g.level}
                claims={g.claims}
                revealed={revealed}
                onFocus={focus}
                onDismiss={dismiss}
              />
            ))}
            {grouped.dismissed.length > 0 && (
              <details class="dismissed">
                <summary>Dismissed ({grouped.dismissed.length})</summary>
                <ClaimGroupList
                  id="group-dismissed"
                  title="Dismissed"
                  claims={grouped.dismissed}
                  revealed={revealed}
                  onFocus={focus}
                  onDismiss={dismiss}
                  dismissed
                />
              </details>
            )}
          </section>
        </>
      )}
      <ExportButtons onExport={f => void exportAs(f)} status={status} />
    </>
  );
}
