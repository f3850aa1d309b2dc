import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { formatTable } from '../../src/cli/format-table';
import { filterClaims } from '../../src/cli/min-level';
import { startProgress } from '../../src/cli/progress';
import { LEVELS, type AuditReport, type ReportClaim } from '../../src/report';

function claim(evidence: ReportClaim['evidence'], text = `A ${evidence ?? 'unmatched'} claim.`): ReportClaim {
  return {
    text,
    start: 0,
    end: text.length,
    sentence: text,
    claimId: evidence ? `id-${evidence}` : null,
    statement: null,
    evidence,
    verdict: null,
    confidence: 0.9,
    match: null,
    negated: false,
    hedged: evidence === 'limited',
    overstated: false,
    overstatedBy: null,
    structure: null,
    citations: [],
  };
}

const report: AuditReport = {
  tool: { name: 'gutcheck', version: '1.2.3' },
  database: { version: '0.4.0', claims: 12 },
  documents: [
    {
      source: 'pages/a.html',
      title: 'Page A',
      words: 120,
      claims: [...LEVELS.map(l => claim(l)), claim(null)],
      summary: { strong: 1, moderate: 1, limited: 1, unsupported: 1, contradicted: 1, unmatched: 1 },
    },
    {
      source: 'b.txt',
      title: '',
      words: 3,
      claims: [],
      summary: { strong: 0, moderate: 0, limited: 0, unsupported: 0, contradicted: 0, unmatched: 0 },
    },
  ],
  errors: [{ source: 'gone.txt', message: 'no such file or folder' }],
};

describe('filterClaims (--min-level)', () => {
  it.each(LEVELS.map((level, i) => [level, LEVELS.slice(i)] as const))('%s keeps %j', (level, kept) => {
    const filtered = filterClaims(report, level);
    expect(filtered.documents[0]?.claims.map(c => c.evidence)).toEqual(kept);
    expect(filtered.documents[0]?.summary).toEqual(report.documents[0]?.summary);
  });

  it('without a level, keeps everything (unmatched too)', () => {
    expect(filterClaims(report, undefined)).toBe(report);
  });
});

describe('formatTable', () => {
  const table = formatTable(report, { width: 80, color: false });

  it('shows each page, its claims and its summary', () => {
    expect(table).toContain('pages/a.html — Page A (120 words)');
    expect(table).toMatch(/^ {2}contradicted {2}A contradicted claim\. {2}→ id-contradicted$/m);
    expect(table).toMatch(/^ {2}limited {7}A limited claim\. \[hedged\]/m);
    expect(table).toContain(
      '  found: strong 1 · moderate 1 · limited 1 · unsupported 1 · contradicted 1 · unmatched 1\n',
    );
    expect(table).toContain('b.txt (3 words)\n  no claims found\n');
    const filtered = formatTable(filterClaims(report, 'contradicted'), { width: 80, color: false });
    expect(filtered).toContain('  found: strong 1');
    const none = { ...report, documents: [{ ...report.documents[0]!, claims: [] }] };
    expect(formatTable(none, { width: 80, color: false })).toContain(
      '  none listed at this --min-level; found: strong 1',
    );
    expect(table.trimEnd().split('\n').at(-1)).toBe(
      '2 page(s) audited, 6 claim(s) listed, 1 error(s); claims database 0.4.0 (12 entries).',
    );
  });

  it('cuts long claims to the width and colours only when asked', () => {
    const long = { ...report, documents: [{ ...report.documents[0]!, claims: [claim('strong', 'word '.repeat(60))] }] };
    const lines = formatTable(long, { width: 60, color: false }).split('\n');
    expect(lines[1]).toContain('…');
    expect(lines[1]!.length).toBeLessThanOrEqual(60);
    expect(table).not.toContain('\u001b[');
    expect(formatTable(report, { width: 80, color: true })).toContain('\u001b[32mstrong');
  });
});

describe('startProgress', () => {
  const fakeStderr = (isTTY: boolean) => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString());
        done();
      },
    }) as Writable & { isTTY: boolean; columns: number };
    stream.isTTY = isTTY;
    stream.columns = 80;
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
  };

  it('draws a bar on a terminal for many pages', () => {
    const err = fakeStderr(true);
    const progress = startProgress(12, err.stream, true);
    for (let i = 0; i < 12; i++) progress.tick();
    progress.stop();
    expect(err.text()).toContain('auditing [');
    expect(err.text()).toContain('/12 pages');
  });

  it.each([
    ['not a terminal', false, 50, true],
    ['few pages', true, 3, true],
    ['--quiet', true, 50, false],
  ])('draws nothing: %s', (_why, isTTY, total, enabled) => {
    const err = fakeStderr(isTTY);
    const progress = startProgress(total, err.stream, enabled);
    progress.tick();
    progress.stop();
    expect(err.text()).toBe('');
  });
});
