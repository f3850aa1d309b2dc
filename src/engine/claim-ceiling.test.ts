/**
 * The claim ceiling (claim-features.ts) lets the analysis skip the matcher for clauses that cannot
 * be claims, so it must bound the logit the model gives every clause from above. Checked on every
 * clause of a page written for this test (gut claims, hedges, denials, a question, news prose), read
 * with a trace (where nothing is skipped), and on the findings with and without the trace.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { compileFromDisk } from '../db/load-files';
import { claimCeiling, clauseBasis } from './claim-features';
import { createEngine, DEFAULT_MODEL, type Engine } from './index';

const PAGE = [
  'How Probiotics Work',
  'Probiotics may ease bloating. They can also restore the gut microbiome after antibiotics.',
  'There is no good evidence that colon cleansing removes toxins, and it can cause harm.',
  '- Kefir supports digestion',
  '- Reduces constipation',
  'Does fibre really help with gas?',
  'The city council approved a new budget on Tuesday. The mayor described the mood as cautious.',
  'Strong winds closed two bridges overnight, and a digital detox weekend helped him sleep better.',
  'Chronic stress is linked to changes in the gut barrier, some researchers say.',
].join('\n\n');

let engine: Engine;
beforeAll(() => {
  engine = createEngine(compileFromDisk().index);
});

describe('claim ceiling', () => {
  it('is at least the logit of every traced clause', () => {
    const ceiling = claimCeiling(DEFAULT_MODEL.claim);
    const trace = engine.analyze(PAGE, { trace: true }).trace ?? [];
    expect(trace.length).toBeGreaterThan(5);
    for (const r of trace) {
      if (r.claimProbability <= 0 || r.claimProbability >= 1) continue;
      const logit = Math.log(r.claimProbability / (1 - r.claimProbability));
      const bound = ceiling.withoutMatch(clauseBasis({ ...r, match: null })) + (r.match ? ceiling.match : 0);
      expect(bound, r.text).toBeGreaterThanOrEqual(logit - 1e-9);
    }
  });

  it('leaves the findings as a full reading gives them', () => {
    const strip = (claims: unknown) => JSON.stringify(claims);
    expect(strip(engine.analyze(PAGE).claims)).toBe(strip(engine.analyze(PAGE, { trace: true }).claims));
  });
});
