/** Markdown rendering of the audit report, for pasting into notes or issues. */
import { citationRef, citationUrl } from './citations';
import { matchLine, notesOf } from './claim-notes';
import { LEVEL_KEYS } from './levels';
import type { AuditReport, ReportClaim, ReportDocument } from './types';

/** A heading per document, its evidence summary and a table of claims. */
export function formatMarkdown(report: AuditReport): string {
  const db = report.database;
  const out: string[] = [
    `# ${report.tool.name} audit`,
    '',
    `${report.tool.name} ${report.tool.version}, claims database ${db.version}${db.date ? ` of ${db.date}` : ''} (${db.claims} claims).` +
      (report.exportedAt ? `  \nExported ${report.exportedAt}.` : ''),
    '',
  ];
  for (const doc of report.documents) out.push(...documentSection(doc));
  if (report.errors.length) {
    out.push('## Errors', '');
    for (const e of report.errors) out.push(`- ${inline(e.source)}: ${inline(e.message)}`);
    out.push('');
  }
  return out.join('\n');
}

function documentSection(doc: ReportDocument): string[] {
  const out = [
    `## ${inline(doc.title || doc.source)}`,
    '',
    `Source: ${inline(doc.source)}  `,
    `Words: ${doc.words}`,
    '',
  ];
  out.push('| ' + LEVEL_KEYS.join(' | ') + ' |', '|' + LEVEL_KEYS.map(() => ' ---: |').join(''));
  out.push('| ' + LEVEL_KEYS.map(k => String(doc.summary[k])).join(' | ') + ' |', '');
  if (doc.score) out.push(`Educator mode: ${doc.score.right} of ${doc.score.total} guesses right.`, '');
  if (!doc.claims.length) return [...out, 'No claims found.', ''];
  const guesses = doc.claims.some(c => c.guess);
  out.push(
    `| # | Evidence | Claim | Verdict | Matched | Citations |${guesses ? ' Guess |' : ''}`,
    `| ---: | --- | --- | --- | --- | --- |${guesses ? ' --- |' : ''}`,
  );
  doc.claims.forEach((c, i) => out.push(claimRow(c, i + 1, guesses)));
  return [...out, ''];
}

function claimRow(c: ReportClaim, n: number, guesses: boolean): string {
  const level = c.evidence ?? 'unmatched';
  const claim =
    inline(c.text) +
    (c.negated ? ' _(negated)_' : '') +
    (c.hedged ? ' _(hedged)_' : '') +
    (c.dismissed ? ' _(dismissed by the reader)_' : '');
  const match = matchLine(c);
  const matched = [match ? `${match.label}: ${match.statement}` : '', notesOf(c)].filter(Boolean).join(' ');
  const cites = c.citations
    .map(cite => {
      const url = citationUrl(cite);
      return url ? `[${inline(citationRef(cite))}](${url})` : inline(citationRef(cite));
    })
    .join(', ');
  const guess = guesses ? ` ${c.guess ?? ''} |` : '';
  return `| ${n} | ${level} | ${claim} | ${inline(c.verdict ?? '')} | ${inline(matched)} | ${cites} |${guess}`;
}

// Untrusted text goes into table cells: keep it on one line, escape the
// characters that would end a cell, start markup or inject HTML.
function inline(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\|*_`[\]]/g, ch => `\\${ch}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
