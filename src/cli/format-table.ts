/**
 * The terminal rendering of an audit report: per page, one line per claim
 * (evidence, claim text, matched database entry) and a summary line. Plain
 * text unless `color` is set; claim text is cut to fit `width`.
 */
import { LEVEL_KEYS, type AuditReport, type LevelKey, type ReportClaim } from '../report';
import { stripControls } from './terminal';

export interface TableOptions {
  /** Terminal width in columns (text is truncated to fit). */
  width: number;
  color: boolean;
}

const LEVEL_COLOR: Record<LevelKey, number> = {
  strong: 32, // green
  moderate: 36, // cyan
  limited: 33, // yellow
  unsupported: 35, // magenta
  contradicted: 31, // red
  unmatched: 90, // grey
};
const LEVEL_WIDTH = Math.max(...LEVEL_KEYS.map(k => k.length));

/** A human-readable table of every document's claims, and a count of the inputs that failed. */
export function formatTable(report: AuditReport, { width, color }: TableOptions): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const doc of report.documents) {
    const title = doc.title ? ` — ${oneLine(doc.title)}` : '';
    out.push(paint(1, fit(`${oneLine(doc.source)}${title}`, width)) + ` (${doc.words} words)`);
    for (const claim of doc.claims) out.push(claimLine(claim, width, paint));
    const counts = LEVEL_KEYS.filter(k => doc.summary[k] > 0).map(k => `${k} ${doc.summary[k]}`);
    // The summary counts every claim found, listed or not (--min-level).
    if (!counts.length) out.push('  no claims found');
    else out.push(`  ${doc.claims.length ? 'found' : 'none listed at this --min-level; found'}: ${counts.join(' · ')}`);
    out.push('');
  }
  // Errors are not repeated here: they already went to stderr, one line each.
  const claims = report.documents.reduce((n, d) => n + d.claims.length, 0);
  out.push(
    `${report.documents.length} page(s) audited, ${claims} claim(s) listed, ${report.errors.length} error(s); ` +
      `claims database ${report.database.version} (${report.database.claims} entries).`,
  );
  return out.join('\n') + '\n';
}

function claimLine(claim: ReportClaim, width: number, paint: (code: number, s: string) => string): string {
  const level: LevelKey = claim.evidence ?? 'unmatched';
  const flags = (claim.negated ? ' [negated]' : '') + (claim.hedged ? ' [hedged]' : '');
  const id = claim.claimId ? `  → ${claim.claimId}` : '';
  const room = Math.max(20, width - LEVEL_WIDTH - 4 - flags.length - id.length);
  return `  ${paint(LEVEL_COLOR[level], level.padEnd(LEVEL_WIDTH))}  ${fit(oneLine(claim.text), room)}${flags}${paint(90, id)}`;
}

/** Page text on one line, with no control characters left to drive the terminal. */
function oneLine(s: string): string {
  return stripControls(s.replace(/\s+/g, ' ')).trim();
}

function fit(s: string, width: number): string {
  return s.length <= width ? s : s.slice(0, Math.max(1, width - 1)) + '…';
}
