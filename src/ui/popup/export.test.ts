import { describe, expect, it } from 'vitest';

import type { ClaimsIndex } from '../../engine/types';
import { baseName, EXPORT_FORMATS, exportFile, pageAudit } from './export';
import { getMockReport } from './mock';

const database: ClaimsIndex = {
  version: '9.9.9',
  date: '2026-11-26',
  concepts: [],
  claims: [
    {
      id: 'mock-probiotics-leaky-gut',
      statement: 'Probiotics heal leaky gut',
      topics: [],
      topic: 't',
      claim: { subject: ['probiotics'], relation: 'treats', object: ['leaky-gut'] },
      evidence: 'unsupported',
      verdict: 'v',
      summary: 's',
      citations: [{ title: 'A paper title', year: 2020, journal: 'Gut', pmid: '42', kind: 'review' }],
      reviewed: '2026-01-01',
    },
  ],
};

const ctx = { version: '1.2.3', exportedAt: new Date('2026-12-01T10:00:00Z'), dismissed: {}, entries: database.claims };

describe('popup exports', () => {
  const report = getMockReport();
  const placed = {
    ...report,
    claims: report.claims.map(c => ({ ...c, page: { start: c.start + 500, end: c.end + 500 } })),
  };
  const audit = pageAudit(placed, ctx);

  it('builds a one-document audit in the CLI schema, with the database date and time of export', () => {
    expect(audit.tool).toEqual({ name: 'Gut Check', version: '1.2.3' });
    expect(audit.database).toEqual({ version: '0.1.0', date: '2026-11-26', claims: 3 });
    expect(audit.exportedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(audit.documents).toHaveLength(1);
    expect(audit.documents[0]!.source).toBe('https://blog.example/gut');
    const probiotics = audit.documents[0]!.claims.find(c => c.claimId === 'mock-probiotics-leaky-gut')!;
    expect(probiotics.citations[0]!.pmid).toBe('42');
    expect(probiotics).not.toHaveProperty('index');
    expect(probiotics).not.toHaveProperty('page');
  });

  it('uses page-level offsets, in page order; -1 where a claim could not be placed', () => {
    expect(audit.documents[0]!.claims.map(c => [c.start, c.end])).toEqual(
      report.claims.map(c => [c.start + 500, c.end + 500]),
    );
    const unplaced = pageAudit({ ...placed, claims: [{ ...placed.claims[0]!, page: null }] }, ctx);
    expect(unplaced.documents[0]!.claims.map(c => [c.start, c.end])).toEqual([[-1, -1]]);
  });

  it('flags dismissed claims from the stored map and carries educator guesses and the score', () => {
    const guessed = {
      ...placed,
      claims: placed.claims.map(c => (c.index === 0 ? { ...c, guess: 'strong' as const, dismissed: false } : c)),
    };
    const out = pageAudit(guessed, {
      ...ctx,
      dismissed: { [report.url]: { claims: ['mock-colon-cleanse'], at: Date.now() } },
    }).documents[0]!;
    expect(out.claims.map(c => [c.claimId, c.dismissed, c.guess])).toEqual([
      ['mock-probiotics-leaky-gut', false, 'strong'],
      ['mock-fibre-constipation', false, null],
      ['mock-colon-cleanse', true, null],
      [null, false, null],
    ]);
    expect(out.score).toEqual({ right: 0, total: 1 });
    expect(audit.documents[0]!).not.toHaveProperty('score');
  });

  it('names files by host and date', () => {
    expect(baseName('https://blog.example/a', new Date('2026-03-04T10:00:00Z'))).toBe(
      'gut-check-blog.example-2026-03-04',
    );
    expect(baseName('file:///x.html', new Date('2026-03-04T10:00:00Z'))).toBe('gut-check-page-2026-03-04');
  });

  it('makes one file per format with a matching type', () => {
    const files = EXPORT_FORMATS.map(f => exportFile(f.format, audit, 'b'));
    expect(files.map(f => [f.filename, f.mime])).toEqual([
      ['b.json', 'application/json'],
      ['b.csv', 'text/csv'],
      ['b.md', 'text/markdown'],
      ['b.claimreview.jsonld', 'application/ld+json'],
    ]);
    expect(JSON.parse(files[0]!.content)).toEqual(audit);
    expect(files[3]!.content).toContain('"datePublished": "2026-11-26"');
  });
});
