import { describe, expect, it } from 'vitest';

import { buildReport } from './build';
import { citationRef, citationUrl } from './citations';
import { CLAIM, ENTRY, INPUT, UNMATCHED } from './fixtures.test-data';
import { formatClaimReview } from './format-claim-review';
import { CSV_COLUMNS, formatCsv } from './format-csv';
import { formatJson, formatNdjson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { LEVELS, ratingOf } from './levels';

const report = buildReport(INPUT);

/** Minimal RFC 4180 parser, enough to read our own output back. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\r')) {
      cell += ch;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++; // the \n of \r\n
    }
  }
  return rows;
}

describe('formatJson / formatNdjson', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(formatJson(report))).toEqual(report);
    expect(formatJson(report).endsWith('}\n')).toBe(true);
  });
  it('writes one line per document, then one per error', () => {
    const lines = formatNdjson(report)
      .trimEnd()
      .split('\n')
      .map(l => JSON.parse(l) as unknown);
    expect(lines).toEqual([report.documents[0], report.errors[0]]);
  });
});

describe('formatCsv', () => {
  const rows = parseCsv(formatCsv(report));
  it('has a header and one row per claim', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows.every(r => r.length === CSV_COLUMNS.length)).toBe(true);
  });
  it('writes levels, citations and booleans', () => {
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      evidence: 'unsupported',
      claimId: ENTRY.id,
      citations: 'PMID:123456; doi:10.1136/bmj.x1',
      negated: 'false',
      start: '0',
    });
    expect(rows[2]![CSV_COLUMNS.indexOf('evidence')]).toBe('unmatched');
  });
  it('quotes commas and quotes, and defuses formula cells', () => {
    expect(rows[2]![CSV_COLUMNS.indexOf('text')]).toBe(`'=Kefir, "the" cure | fixes bloating`);
  });
});

describe('formatMarkdown', () => {
  const md = formatMarkdown(report);
  it('has a heading, summary and a claims table with links', () => {
    expect(md).toContain('# Gut Check audit');
    expect(md).toContain('## A blog');
    expect(md).toContain('| 0 | 0 | 0 | 1 | 0 | 1 |');
    expect(md).toContain('[PMID:123456](https://pubmed.ncbi.nlm.nih.gov/123456/)');
    expect(md).toContain('[doi:10.1136/bmj.x1](https://doi.org/10.1136/bmj.x1)');
    expect(md).toContain('## Errors');
  });
  it('keeps untrusted text inside its table cell', () => {
    const row = md.split('\n').find(l => l.includes('Kefir'))!;
    expect(row).toContain('cure \\| fixes bloating');
    // 7 unescaped pipes = 6 cells.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });
  it('says so when a document has no claims', () => {
    const empty = buildReport({ ...INPUT, documents: [{ source: 's', title: '', words: 0, claims: [] }] });
    expect(formatMarkdown(empty)).toContain('No claims found.');
  });
});

describe('extension exports (the reader’s flags, dates and matches)', () => {
  const ext = buildReport({
    ...INPUT,
    database: { ...INPUT.database, date: '2026-11-26', size: 400 },
    exportedAt: '2026-12-01T10:00:00.000Z',
    documents: [
      {
        ...INPUT.documents[0]!,
        claims: [
          { ...CLAIM, dismissed: true, guess: 'strong', overstated: true, overstatedBy: 'heal' },
          { ...UNMATCHED, match: { id: 'x', statement: 'Kefir eases bloating', via: 'entry' } },
        ],
        score: { right: 0, total: 1 },
      },
    ],
  });
  it('CSV carries the match, notes, flags and dates on every row', () => {
    const rows = parseCsv(formatCsv(ext));
    const row = (i: number) => Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i]![j]]));
    expect(row(1)).toMatchObject({
      matchKind: 'entry',
      matched: ENTRY.statement,
      overstated: 'true',
      overstatedBy: 'heal',
      notes: 'The page says “heal”; the research shows no reliable evidence for it.',
      dismissed: 'true',
      guess: 'strong',
      databaseVersion: '0.1.0',
      databaseDate: '2026-11-26',
      exportedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(row(2)).toMatchObject({ matchKind: 'closest', matched: 'Kefir eases bloating', dismissed: 'false' });
  });
  it('Markdown says when and from which database, flags dismissals, names matches and shows guesses', () => {
    const md = formatMarkdown(ext);
    expect(md).toContain('claims database 0.1.0 of 2026-11-26 (400 claims).  \nExported 2026-12-01T10:00:00.000Z.');
    expect(md).toContain('Educator mode: 0 of 1 guesses right.');
    const row = md.split('\n').find(l => l.includes('Probiotics heal'))!;
    expect(row).toContain('_(dismissed by the reader)_');
    expect(row).toContain('Matched: Probiotics heal leaky gut The page says “heal”');
    expect(row.trimEnd().endsWith('| strong |')).toBe(true);
    expect(md.split('\n').find(l => l.includes('Kefir'))).toContain(
      'Closest claim in our database: Kefir eases bloating',
    );
  });
  it('ClaimReview leaves out what the reader dismissed', () => {
    const graph = (JSON.parse(formatClaimReview(ext)) as { '@graph': unknown[] })['@graph'];
    expect(graph).toEqual([]);
  });
});

describe('formatClaimReview', () => {
  const ld = JSON.parse(formatClaimReview(report, { date: '2026-11-26' })) as {
    '@context': string;
    '@graph': Record<string, unknown>[];
  };
  it('rates matched claims only, on the 1–5 scale', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@graph']).toHaveLength(1);
    expect(ld['@graph'][0]).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Probiotics heal leaky gut',
      datePublished: '2026-11-26',
      itemReviewed: { '@type': 'Claim', appearance: { url: 'https://blog.example/a' } },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'unsupported',
        ratingExplanation: ENTRY.verdict,
      },
    });
  });
  it('maps contradicted to 1 and strong to 5', () => {
    expect(LEVELS.map(ratingOf)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe('citations', () => {
  it('links PubMed, then DOI, then the URL', () => {
    const base = { title: 'x', year: 2000, journal: 'j', kind: 'k' };
    expect(citationUrl({ ...base, pmid: '1', doi: '10.1/x' })).toBe('https://pubmed.ncbi.nlm.nih.gov/1/');
    expect(citationUrl({ ...base, doi: '10.1/x' })).toBe('https://doi.org/10.1/x');
    expect(citationUrl({ ...base, url: 'https://who.int/x' })).toBe('https://who.int/x');
    expect(citationRef({ ...base, url: 'https://who.int/x' })).toBe('https://who.int/x');
  });
});
