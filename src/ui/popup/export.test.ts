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
      match: { all: [] },
      evidence: 'unsupported',
      verdict: 'v',
      summary: 's',
      citations: [{ title: 'A paper title', year: 2020, journal: 'Gut', pmid: '42', kind: 'review' }],
      reviewed: '2026-01-01',
    },
  ],
};

describe('popup exports', () => {
  const audit = pageAudit(getMockReport(), database, '1.2.3');

  it('builds a one-document audit in the CLI schema', () => {
    expect(audit.tool).toEqual({ name: 'Gut Check', version: '1.2.3' });
    expect(audit.database).toEqual({ version: '9.9.9', claims: 1 });
    expect(audit.documents).toHaveLength(1);
    expect(audit.documents[0]!.source).toBe('https://blog.example/gut');
    expect(audit.documents[0]!.claims[0]!.citations[0]!.pmid).toBe('42');
    expect(audit.documents[0]!.claims[0]).not.toHaveProperty('index');
  });

  it('names files by host and date', () => {
    expect(baseName('https://blog.example/a', new Date('2026-03-04T10:00:00Z'))).toBe(
      'gut-check-blog.example-2026-03-04',
    );
    expect(baseName('file:///x.html', new Date('2026-03-04T10:00:00Z'))).toBe('gut-check-page-2026-03-04');
  });

  it('makes one file per format with a matching type', () => {
    const files = EXPORT_FORMATS.map(f => exportFile(f.format, audit, 'b', '2026-11-26'));
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
