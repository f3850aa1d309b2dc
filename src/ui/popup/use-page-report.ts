/**
 * Loads the page's report, and again whenever the page says it changed
 * (the content script's `reportChanged`): no polling. While a scan has found
 * nothing yet, the popup keeps "Checking…" rather than "nothing found".
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

import type { PageReport } from '../../messaging/protocol';
import { messageOf } from './message-of';
import { UnreachablePageError, type PageSummarySource } from './source';

export type ReportView =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: PageReport };

export function usePageReport(source: PageSummarySource): { view: ReportView; reload: () => void } {
  const [view, setView] = useState<ReportView>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    /** Answers can overtake each other: only the newest request may set the view. */
    let latest = 0;
    const load = async () => {
      const ticket = ++latest;
      try {
        const report = await source.getReport();
        if (cancelled || ticket !== latest) return;
        // Show claims as they come, but not "nothing found" before the scan is done.
        if (report.state === 'scanning' && !report.claims.length) return;
        setView({ kind: 'report', report });
      } catch (err) {
        if (cancelled || ticket !== latest) return;
        setView(
          err instanceof UnreachablePageError ? { kind: 'unreachable' } : { kind: 'error', message: messageOf(err) },
        );
      }
    };
    // Listen first: a change between the first answer and the subscription would be lost.
    const unwatch = source.watchReport(() => void load());
    void load();
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [source, attempt]);

  const reload = useCallback(() => setAttempt(a => a + 1), []);
  return { view, reload };
}
