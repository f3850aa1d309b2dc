/** Turns the page's report into downloadable files, one per export format (pure). */
import type { ClaimsIndex } from '../../engine/types';
import type { PageReport } from '../../messaging/protocol';
import { buildReport, formatClaimReview, formatCsv, formatJson, formatMarkdown, type AuditReport } from '../../report';

export type ExportFormat = 'json' | 'csv' | 'md' | 'claimreview';

export const EXPORT_FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'claimreview', label: 'ClaimReview' },
];

/** The page as a one-document audit report, in the CLI's schema. */
export function pageAudit(page: PageReport, database: ClaimsIndex, version: string): AuditReport {
  return buildReport({
    tool: { name: 'Gut Check', version },
    database,
    documents: [{ source: page.url, title: page.title, words: page.words, claims: page.claims }],
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
  databaseDate: string,
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
        content: formatClaimReview(audit, { date: databaseDate }),
      };
  }
}
