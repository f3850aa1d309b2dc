/** Turns the page's report into downloadable files, one per export format (pure). */
import type { Citation } from '../../engine/types';
import type { PageReport } from '../../messaging/protocol';
import { buildReport, formatClaimReview, formatCsv, formatJson, formatMarkdown, type AuditReport } from '../../report';
import { isDismissed, type DismissedMap } from '../../settings/dismissed';
import { scoreOf } from './score';

export type ExportFormat = 'json' | 'csv' | 'md' | 'claimreview';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'claimreview', label: 'ClaimReview' },
];

/** What an export needs besides the page: who made it, when, and the cited entries. */
export interface ExportContext {
  version: string;
  exportedAt: Date;
  /** The reader's dismissals (the stored map, not the report's possibly stale flags). */
  dismissed: DismissedMap;
  /** Citations of the database entries the page's claims name. */
  entries: readonly { id: string; citations: readonly Citation[] }[];
}

/**
 * The page as a one-document audit report, in the CLI's schema: claims in
 * page order with page-level offsets (from `getReport({ offsets: true })`;
 * -1 for a claim that could not be placed), the reader's dismissals and
 * educator guesses, the database's date and the time of export.
 */
export function pageAudit(page: PageReport, ctx: ExportContext): AuditReport {
  const claims = [...page.claims]
    .sort((a, b) => a.index - b.index)
    .map(c => ({
      ...c,
      start: c.page ? c.page.start : -1,
      end: c.page ? c.page.end : -1,
      dismissed: isDismissed(ctx.dismissed, page.url, c),
      guess: c.guess ?? null,
    }));
  const guessed = claims.some(c => c.guess);
  return buildReport({
    tool: { name: 'Gut Check', version: ctx.version },
    database: {
      version: page.database.version,
      date: page.database.date,
      size: page.database.claims,
      claims: ctx.entries,
    },
    exportedAt: ctx.exportedAt.toISOString(),
    documents: [
      {
        source: page.url,
        title: page.title,
        words: page.words,
        claims,
        ...(guessed ? { score: scoreOf(page.claims) } : {}),
      },
    ],
  });
}

/** "gut-check-blog.example-2026-11-26": host plus date, safe as a file name. */
export function baseName(url: string, now: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // keep the fallback
  }
  return `gut-check-${host.replace(/[^a-z0-9.-]/gi, '_')}-${now.toISOString().slice(0, 10)}`;
}

/** The file for one format. */
export function exportFile(
  format: ExportFormat,
  audit: AuditReport,
  base: string,
): { filename: string; mime: string; content: string } {
  switch (format) {
    case 'json':
      return { filename: `${base}.json`, mime: 'application/json', content: formatJson(audit) };
    case 'csv':
      return { filename: `${base}.csv`, mime: 'text/csv', content: formatCsv(audit) };
    case 'md':
      return { filename: `${base}.md`, mime: 'text/markdown', content: formatMarkdown(audit) };
    case 'claimreview':
      return {
        filename: `${base}.claimreview.jsonld`,
        mime: 'application/ld+json',
        content: formatClaimReview(audit, { date: audit.database.date }),
      };
  }
}
