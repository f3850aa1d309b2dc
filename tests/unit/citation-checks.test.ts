/**
 * The mechanical citation checks of scripts/check-citations.ts: the checker
 * finds each kind of problem, and the database has none of the kinds that
 * fail the check (see claims-db/citation-audit-2026-12.md).
 */
import { describe, expect, it } from 'vitest';

import { checkCitations } from '../../scripts/check-citations';
import { compileFromDisk } from '../../src/db/load-files';
import type { ClaimEntry } from '../../src/engine/types';

type Citation = ClaimEntry['citations'][number];

const entry = (id: string, object: string, citations: Citation[]): ClaimEntry => ({
  id,
  statement: `Statement of ${id}.`,
  topics: ['t'],
  topic: 't',
  claim: { subject: ['s'], relation: 'causes', object: [object] },
  evidence: 'limited',
  verdict: 'A verdict long enough.',
  summary: 'A summary long enough to be a summary.',
  citations,
  reviewed: '2026-12-03',
});
const cite = (over: Partial<Citation>): Citation => ({
  title: 'A study of things',
  year: 2020,
  journal: 'Gut',
  kind: 'Randomised trial',
  ...over,
});

describe('checkCitations', () => {
  it('finds an identifier cited under two titles', () => {
    const f = checkCitations([
      entry('a', 'x', [cite({ pmid: '123', title: 'First title' })]),
      entry('b', 'x', [cite({ pmid: '123', title: 'Another work altogether' })]),
    ]);
    expect(f.identifierTitles).toEqual([expect.objectContaining({ id: 'PMID 123', entries: ['a', 'b'] })]);
  });

  it('finds one title with two DOIs, and a PMID missing on some uses', () => {
    const f = checkCitations([
      entry('a', 'x', [cite({ doi: '10.1/a', pmid: '9' })]),
      entry('b', 'x', [cite({ doi: '10.1/b' })]),
    ]);
    expect(f.titleConflicts).toEqual([expect.objectContaining({ field: 'doi', values: ['10.1/a', '10.1/b'] })]);
    expect(f.titleMissing).toEqual([expect.objectContaining({ field: 'pmid', value: '9', without: ['b'] })]);
  });

  it('finds plain-http URLs and sources reused on too many entries', () => {
    const f = checkCitations(
      ['a', 'b', 'c'].map(id => entry(id, id, [cite({ url: 'http://example.org/x' })])),
      2,
    );
    expect(f.insecureUrls).toEqual([{ url: 'http://example.org/x', entries: ['a', 'b', 'c'] }]);
    expect(f.heavyReuse).toEqual([expect.objectContaining({ id: 'URL http://example.org/x' })]);
  });

  it('finds a supports line repeated on entries that claim different things, not on the same claim', () => {
    const same = 'The same words about what this source found.';
    const f = checkCitations([
      entry('a', 'x', [cite({ pmid: '1', supports: same })]),
      entry('b', 'y', [cite({ pmid: '1', supports: same })]),
      entry('c', 'z', [cite({ pmid: '2', supports: 'Only once.' })]),
    ]);
    expect(f.repeatedSupports).toEqual([{ supports: same, entries: ['a', 'b'] }]);
    expect(
      checkCitations([entry('a', 'x', [cite({ supports: same })]), entry('b', 'x', [cite({ supports: same })])])
        .repeatedSupports,
    ).toEqual([]);
  });
});

describe('the claims database citations', () => {
  const f = checkCitations(compileFromDisk().index.claims);

  it('cite each PMID or DOI under one title and year, and each title under one PMID and DOI', () => {
    expect(f.identifierTitles).toEqual([]);
    expect(f.titleConflicts).toEqual([]);
  });

  it('never copy one supports line onto entries that claim different things', () => {
    expect(f.repeatedSupports).toEqual([]);
  });

  it('use https URLs', () => {
    expect(f.insecureUrls.map(u => u.url)).toEqual([]);
  });
});
