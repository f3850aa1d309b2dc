/** JSON and NDJSON renderings of the audit report. */
import type { AuditReport, ReportDocument, ReportError } from './types';

/** The whole report, pretty-printed, with a trailing newline. */
export function formatJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * One line per document (the same object as `documents[i]`), then one line
 * per error (`{source, message}`, told apart by having no `claims`). Lines
 * stand alone so the CLI can stream them as files finish.
 */
export function formatNdjson(report: AuditReport): string {
  return [...report.documents, ...report.errors].map(formatNdjsonLine).join('');
}

/** A single NDJSON line, newline included. */
export function formatNdjsonLine(item: ReportDocument | ReportError): string {
  return `${JSON.stringify(item)}\n`;
}
