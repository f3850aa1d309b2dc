import { describe, expect, it } from 'vitest';

import { formatTable } from '../../src/cli/format-table';
import { filterClaims } from '../../src/cli/min-level';
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
    negated: false,
    hedged: evidence === 'limited',
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
    expect(table).toContain('strong 1 · moderate 1 · limited 1 · unsupported 1 · contradicted 1 · unmatched 1');
    expect(table).toContain('b.txt (3 words)\n  no claims listed\n  no claims found');
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
