/** CSV rendering of the audit report: one claim a row (RFC 4180). */
import { citationRef } from './citations';
import { matchKind, notesOf } from './claim-notes';
import type { AuditReport } from './types';

export const CSV_COLUMNS = [
  'source',
  'title',
  'text',
  'start',
  'end',
  'sentence',
  'claimId',
  'statement',
  'evidence',
  'verdict',
  'confidence',
  'negated',
  'hedged',
  'matchKind',
  'matched',
  'overstated',
  'overstatedBy',
  'notes',
  'citations',
  'dismissed',
  'guess',
  'databaseVersion',
  'databaseDate',
  'exportedAt',
] as const;

/** Header plus one row per claim of every document; CRLF line ends as RFC 4180 asks. */
export function formatCsv(report: AuditReport): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const doc of report.documents) {
    for (const c of doc.claims) {
      rows.push([
        text(doc.source),
        text(doc.title),
        text(c.text),
        String(c.start),
        String(c.end),
        text(c.sentence),
        c.claimId ?? '',
        text(c.statement ?? ''),
        c.evidence ?? 'unmatched',
        text(c.verdict ?? ''),
        String(c.confidence),
        String(c.negated),
        String(c.hedged),
        matchKind(c),
        text(c.match?.statement ?? ''),
        String(c.overstated),
        text(c.overstatedBy ?? ''),
        text(notesOf(c)),
        c.citations.map(citationRef).join('; '),
        String(c.dismissed ?? false),
        c.guess ?? '',
        report.database.version,
        report.database.date ?? '',
        report.exportedAt ?? '',
      ]);
    }
  }
  return rows.map(row => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

// Page text is untrusted: a cell starting with = + - @ would run as a
// formula in spreadsheet apps (OWASP "CSV injection"), so it gets a leading '.
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
