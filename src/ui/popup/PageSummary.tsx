/**
 * The popup's body for a readable, unpaused page: profile and level filter,
 * claims worst first, educator score, and a sticky row with exports and the
 * "Dismissed, Undo" notice.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import type { PageClaim, PageReport } from '../../messaging/protocol';
import { emptyCounts } from '../../report/levels';
import type { DismissedMap } from '../../settings/dismissed';
import type { Settings } from '../../settings/settings';
import type { LevelKey } from '../../shared/evidence-levels';
import { ClaimGroupList } from './ClaimList';
import { EducatorScore } from './EducatorScore';
import { EvidenceBar } from './EvidenceBar';
import { baseName, exportFile, pageAudit, type ExportFormat } from './export';
import { ExportButtons } from './ExportButtons';
import { filterGroups, groupClaims, nextFocus } from './group';
import { messageOf } from './message-of';
import { PopupStatus } from './PopupStatus';
import { isRevealed, scoreOf } from './score';
import { shortName } from './short-name';
import type { PageSummarySource } from './source';

export interface SummaryProps {
  report: PageReport;
  settings: Settings;
  dismissed: DismissedMap;
  source: PageSummarySource;
  onDismissed: (map: DismissedMap) => void;
  onReset: () => void;
  /** The claim the reader last went to from the popup: focus returns to it (the keyboard path back). */
  returnTo?: number;
}

/** Where keyboard focus goes after the next render: a claim's button (by index) or the list heading. */
type FocusTarget = { claim: number } | { heading: true } | null;

export function PageSummary(props: SummaryProps) {
  const { report, settings, dismissed, source, onDismissed, onReset, returnTo } = props;
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<LevelKey>>(new Set());
  const [undo, setUndo] = useState<PageClaim | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const listRef = useRef<HTMLElement>(null);
  const grouped = useMemo(() => groupClaims(report.claims, report.url, dismissed), [report, dismissed]);
  // Dismissed claims leave the picture as they leave the page and the badge.
  // Counted by the groups, so the profile shows what the list shows (an unsure grade is ungraded).
  const counts = useMemo(() => {
    const c = emptyCounts();
    for (const g of grouped.groups) c[g.level] = g.claims.length;
    return c;
  }, [grouped]);
  const educator = settings.educator;
  const revealed = (c: PageClaim) => !educator || isRevealed(c);

  const hidden = educator ? grouped.groups.flatMap(g => g.claims.filter(c => !revealed(c))) : [];
  const shown = filterGroups(
    grouped.groups.map(g => ({ ...g, claims: g.claims.filter(revealed) })).filter(g => g.claims.length),
    chosen,
  );
  const listed = [...hidden, ...shown.flatMap(g => g.claims)];
  const total = grouped.groups.reduce((n, g) => n + g.claims.length, 0);

  useEffect(() => {
    if (returnTo != null) setFocusTarget({ claim: returnTo });
  }, [returnTo]);

  useEffect(() => {
    if (!focusTarget || !listRef.current) return;
    const el =
      'claim' in focusTarget
        ? listRef.current.querySelector<HTMLElement>(`.claim[data-index="${focusTarget.claim}"] .claim-main`)
        : listRef.current.querySelector<HTMLElement>('#claims-title');
    el?.focus();
    setFocusTarget(null);
  });

  const focus = (c: PageClaim, keyboard: boolean) =>
    void source
      .focusClaim(c.index)
      .then(() => {
        if (keyboard) source.toPage(c.index);
      })
      .catch(() => setStatus('The page did not answer.'));

  const dismiss = async (c: PageClaim, value: boolean) => {
    // Decided before the list changes: the claim after it (or before it) takes focus.
    const next = value ? nextFocus(listed, c) : c;
    onDismissed(await source.setDismissed(report.url, c, value));
    setUndo(value ? c : null);
    setFocusTarget(next ? { claim: next.index } : { heading: true });
  };

  const exportAs = async (format: ExportFormat) => {
    try {
      // Fresh, with page-level offsets: the page may have changed since the list was drawn.
      const page = await source.getReport({ offsets: true });
      const ids = [...new Set(page.claims.flatMap(c => (c.claimId ? [c.claimId] : [])))];
      const entries = ids.length ? await source.entryCitations(ids) : [];
      const now = new Date();
      const audit = pageAudit(page, { version: source.version(), exportedAt: now, dismissed, entries });
      const file = exportFile(format, audit, baseName(report.url, now));
      await source.download(file);
      setStatus(`Saved ${file.filename}`);
    } catch (err) {
      setStatus(`Could not save: ${messageOf(err)}`);
    }
  };

  const toggle = (level: LevelKey) => {
    const next = new Set(chosen);
    if (!next.delete(level)) next.add(level);
    setChosen(next);
  };

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
          {!educator && total > 0 && (
            <EvidenceBar counts={counts} chosen={chosen} onToggle={toggle} onClear={() => setChosen(new Set())} />
          )}
          <section class="claim-groups" aria-labelledby="claims-title" ref={listRef}>
            <h2 id="claims-title" tabIndex={-1}>
              Claims on this page
            </h2>
            <p class="gc-muted filter-status" role="status">
              {chosen.size ? `Showing ${listed.length} of ${total} claims.` : ''}
            </p>
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
      {/* Sticky: export and undo stay in reach however long the list is. */}
      <div class="popup-actions">
        <div class="undo" role="status">
          {undo && (
            <>
              <span>
                Dismissed <span class="gc-visually-hidden">“{shortName(undo.text)}”</span>
              </span>{' '}
              <button type="button" class="link" onClick={() => void dismiss(undo, false)}>
                Undo
              </button>
            </>
          )}
        </div>
        <ExportButtons onExport={f => void exportAs(f)} status={status} />
      </div>
    </>
  );
}
