/** The popup's body for a readable, unpaused page: profile, claims by level, educator score and exports. */
import { useMemo, useState } from 'preact/hooks';

import type { ClaimsIndex } from '../../engine/types';
import type { PageClaim, PageReport } from '../../messaging/protocol';
import { countLevels } from '../../report/levels';
import type { DismissedMap } from '../../settings/dismissed';
import type { Settings } from '../../settings/settings';
import { ClaimGroupList } from './ClaimList';
import { EducatorScore } from './EducatorScore';
import { EvidenceBar } from './EvidenceBar';
import { baseName, exportFile, pageAudit, type ExportFormat } from './export';
import { ExportButtons } from './ExportButtons';
import { groupClaims } from './group';
import { messageOf } from './message-of';
import { PopupStatus } from './PopupStatus';
import { isRevealed, scoreOf } from './score';
import type { PageSummarySource } from './source';

export interface SummaryProps {
  report: PageReport;
  settings: Settings;
  dismissed: DismissedMap;
  source: PageSummarySource;
  database: ClaimsIndex;
  onDismissed: (map: DismissedMap) => void;
  onReset: () => void;
}

export function PageSummary({ report, settings, dismissed, source, database, onDismissed, onReset }: SummaryProps) {
  const [status, setStatus] = useState('');
  const grouped = useMemo(() => groupClaims(report.claims, report.url, dismissed), [report, dismissed]);
  // Dismissed claims leave the picture as they leave the page and the badge.
  const counts = useMemo(() => countLevels(grouped.groups.flatMap(g => g.claims)), [grouped]);
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
      setStatus(`Could not save: ${messageOf(err)}`);
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
