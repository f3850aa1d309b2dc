import { describe, expect, it } from 'vitest';

import { buildReport } from './build';
import { CLAIM, ENTRY, INPUT } from './fixtures.test-data';

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

  it('defaults errors to an empty list', () => {
    expect(buildReport({ ...INPUT, errors: undefined }).errors).toEqual([]);
  });
});
