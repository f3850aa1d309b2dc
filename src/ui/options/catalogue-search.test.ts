import { describe, expect, it } from 'vitest';

import type { ClaimEntry } from '../../engine/types';
import { searchCatalogue } from './catalogue-search';

const entry = (id: string, over: Partial<ClaimEntry>): ClaimEntry => ({
  id,
  statement: '',
  topics: [],
  topic: 't',
  claim: { subject: ['probiotics'], relation: 'treats', object: ['leaky-gut'] },
  evidence: 'limited',
  verdict: '',
  summary: '',
  citations: [],
  reviewed: '2026-01-01',
  ...over,
});

const claims = [
  entry('a', { statement: 'Probiotics heal leaky gut', evidence: 'unsupported' }),
  entry('b', { statement: 'Fibre eases constipation', evidence: 'strong', topics: ['fibre'] }),
  entry('c', {
    statement: 'Kefir helps',
    citations: [{ title: 'Kefir and lactose digestion', year: 2003, journal: 'J', kind: 'trial' }],
  }),
];

describe('searchCatalogue', () => {
  it('returns everything for an empty query', () => {
    expect(searchCatalogue(claims, '  ').map(c => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('needs every word, in any field, case-insensitively', () => {
    expect(searchCatalogue(claims, 'LEAKY probiotics').map(c => c.id)).toEqual(['a']);
    expect(searchCatalogue(claims, 'lactose').map(c => c.id)).toEqual(['c']);
    expect(searchCatalogue(claims, 'leaky fibre')).toEqual([]);
  });
  it('filters by level', () => {
    expect(searchCatalogue(claims, '', 'strong').map(c => c.id)).toEqual(['b']);
  });
});
