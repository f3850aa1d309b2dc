/** Small hand-written inputs for the report tests (not real database entries). */
import type { ClaimEntry, FoundClaim } from '../engine/types';
import type { BuildReportInput } from './build';

export const ENTRY: ClaimEntry = {
  id: 'probiotics-heal-leaky-gut',
  statement: 'Probiotics heal leaky gut',
  topics: ['probiotics'],
  topic: 'leaky-gut',
  claim: { subject: ['probiotics'], relation: 'treats', object: ['leaky-gut'] },
  evidence: 'unsupported',
  verdict: 'No trial shows probiotics repair a "leaky gut".',
  summary: 'Test entry.',
  citations: [
    { title: 'A review of gut permeability', year: 2020, journal: 'Gut', pmid: '123456', kind: 'narrative review' },
    { title: 'Another paper on barriers', year: 2021, journal: 'BMJ', doi: '10.1136/bmj.x1', kind: 'cohort study' },
  ],
  reviewed: '2026-01-01',
};

export const CLAIM: FoundClaim & { index: number; dismissed: boolean } = {
  text: 'Probiotics heal leaky gut',
  start: 0,
  end: 25,
  sentence: 'Probiotics heal leaky gut.',
  claimId: ENTRY.id,
  statement: ENTRY.statement,
  evidence: 'unsupported',
  verdict: ENTRY.verdict,
  confidence: 0.9,
  block: 0,
  match: { id: ENTRY.id, statement: ENTRY.statement, via: 'entry' },
  overstated: false,
  overstatedBy: null,
  structure: null,
  negated: false,
  hedged: false,
  index: 0,
  dismissed: false,
};

export const UNMATCHED: FoundClaim = {
  text: '=Kefir, "the" cure | fixes bloating',
  start: 30,
  end: 64,
  sentence: '=Kefir, "the" cure, fixes bloating | always.',
  claimId: null,
  statement: null,
  evidence: null,
  verdict: null,
  confidence: 0.4,
  block: 0,
  match: null,
  overstated: false,
  overstatedBy: null,
  structure: null,
  negated: false,
  hedged: true,
};

export const INPUT: BuildReportInput = {
  tool: { name: 'Gut Check', version: '0.1.0' },
  database: { version: '0.1.0', claims: [ENTRY] },
  documents: [{ source: 'https://blog.example/a', title: 'A blog', words: 120, claims: [CLAIM, UNMATCHED] }],
  errors: [{ source: 'missing.html', message: 'ENOENT' }],
};
