import { describe, expect, it } from 'vitest';

import { buildReport } from './build';
import { CLAIM, ENTRY, INPUT, UNMATCHED } from './fixtures.test-data';

describe('buildReport', () => {
  it('pins the JSON schema shared with the CLI', () => {
    const report = buildReport(INPUT);
    expect(Object.keys(report)).toEqual(['tool', 'database', 'documents', 'errors']);
    expect(report.tool).toEqual({ name: 'Gut Check', version: '0.1.0' });
    expect(report.database).toEqual({ version: '0.1.0', claims: 1 });
    const doc = report.documents[0]!;
    expect(Object.keys(doc)).toEqual(['source', 'title', 'words', 'claims', 'summary']);
    expect(Object.keys(doc.claims[0]!)).toEqual([
      'text',
      'start',
      'end',
      'sentence',
      'claimId',
      'statement',
      'evidence',
      'verdict',
      'match',
      'confidence',
      'negated',
      'hedged',
      'overstated',
      'overstatedBy',
      'structure',
      'citations',
    ]);
    expect(Object.keys(doc.summary)).toEqual([
      'strong',
      'moderate',
      'limited',
      'unsupported',
      'contradicted',
      'unmatched',
    ]);
    expect(report.errors).toEqual([{ source: 'missing.html', message: 'ENOENT' }]);
  });

  it('takes citations from the database entry and drops caller extras', () => {
    const [matched, unmatched] = buildReport(INPUT).documents[0]!.claims;
    expect(matched!.citations).toEqual(ENTRY.citations);
    expect(matched).not.toHaveProperty('index');
    expect(matched).not.toHaveProperty('dismissed');
    expect(unmatched!.citations).toEqual([]);
  });

  it('counts claims by level, null evidence as unmatched', () => {
    expect(buildReport(INPUT).documents[0]!.summary).toEqual({
      strong: 0,
      moderate: 0,
      limited: 0,
      unsupported: 1,
      contradicted: 0,
      unmatched: 1,
    });
  });

  it('gives no citations for an id the database does not know', () => {
    const report = buildReport({
      ...INPUT,
      documents: [{ source: 's', title: 't', words: 1, claims: [{ ...CLAIM, claimId: 'gone' }] }],
    });
    expect(report.documents[0]!.claims[0]!.citations).toEqual([]);
  });

  it('writes claim text and sentence as the page renders them, keeping the offsets', () => {
    const spaced = {
      ...CLAIM,
      text: 'Probiotics  heal\n   leaky gut',
      sentence: ' Probiotics  heal\n leaky gut. ',
      end: 30,
    };
    const claim = buildReport({ ...INPUT, documents: [{ ...INPUT.documents[0]!, claims: [spaced] }] }).documents[0]!
      .claims[0]!;
    expect(claim.text).toBe('Probiotics heal leaky gut');
    expect(claim.sentence).toBe('Probiotics heal leaky gut.');
    expect([claim.start, claim.end]).toEqual([0, 30]);
  });

  it('leaves the reader’s fields out of the CLI’s report, and puts them in an extension export', () => {
    const withFlags = { ...CLAIM, dismissed: true, guess: 'strong' as const };
    const cli = buildReport({ ...INPUT, documents: [{ ...INPUT.documents[0]!, claims: [withFlags] }] });
    expect(Object.keys(cli)).toEqual(['tool', 'database', 'documents', 'errors']);
    expect(cli.documents[0]!.claims[0]).not.toHaveProperty('dismissed');
    expect(cli.documents[0]!.claims[0]).not.toHaveProperty('guess');

    const ext = buildReport({
      ...INPUT,
      database: { ...INPUT.database, date: '2026-11-26', size: 412 },
      exportedAt: '2026-12-01T10:00:00.000Z',
      documents: [{ ...INPUT.documents[0]!, claims: [withFlags, UNMATCHED], score: { right: 1, total: 2 } }],
    });
    expect(Object.keys(ext)).toEqual(['tool', 'database', 'exportedAt', 'documents', 'errors']);
    expect(ext.database).toEqual({ version: '0.1.0', date: '2026-11-26', claims: 412 });
    expect(ext.exportedAt).toBe('2026-12-01T10:00:00.000Z');
    const [flagged, plain] = ext.documents[0]!.claims;
    expect([flagged!.dismissed, flagged!.guess]).toEqual([true, 'strong']);
    expect([plain!.dismissed, plain!.guess]).toEqual([false, null]);
    expect(ext.documents[0]!.score).toEqual({ right: 1, total: 2 });
  });

  it('defaults errors to an empty list', () => {
    expect(buildReport({ ...INPUT, errors: undefined }).errors).toEqual([]);
  });
});
