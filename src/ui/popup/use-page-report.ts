/** Loads the page's report, polling while the page is still being scanned. */
import { useCallback, useEffect, useState } from 'preact/hooks';

import type { PageReport } from '../../messaging/protocol';
import { messageOf } from './message-of';
import { UnreachablePageError, type PageSummarySource } from './source';

export type ReportView =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: PageReport };

const POLL_MS = 400;
/** Give up polling a page that never finishes scanning (it will show what it has). */
const POLL_LIMIT = 75;

export function usePageReport(source: PageSummarySource): { view: ReportView; reload: () => void } {
  const [view, setView] = useState<ReportView>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (polls: number) => {
      try {
        const report = await source.getReport();
        if (cancelled) return;
        if (report.state === 'scanning' && polls < POLL_LIMIT) {
          // Show claims as they come, but not "nothing found" before the scan is done.
          if (report.claims.length) setView({ kind: 'report', report });
          timer = setTimeout(() => void load(polls + 1), POLL_MS);
          return;
        }
        setView({ kind: 'report', report });
      } catch (err) {
        if (cancelled) return;
        setView(
          err instanceof UnreachablePageError ? { kind: 'unreachable' } : { kind: 'error', message: messageOf(err) },
        );
      }
    };
    void load(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source, attempt]);

  const reload = useCallback(() => setAttempt(a => a + 1), []);
  return { view, reload };
}
