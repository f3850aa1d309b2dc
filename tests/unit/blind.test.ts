/**
 * The engine against the blind corpus (tests/fixtures/corpus-blind: fourteen
 * pages written and labelled by hand before anyone ran the engine on them,
 * never used for tuning). This is the honest estimate of how the engine does
 * on pages nobody tuned it on. First figures: F1 0.724, precision 0.810,
 * recall 0.654, evidence exact 0.343, overrated-by-2+ 0.029. The floors sit a
 * little under them, so a regression shows; raise them when the engine
 * improves, but never tune the engine sentence by sentence on these pages
 * (fix the general cause instead), or they stop being blind.
 */
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { scoreCorpus } from '../../scripts/score-holdout';
import { compileFromDisk } from '../../src/db/load-files';
import { createEngine } from '../../src/engine';

const BLIND_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus-blind');
const NO_CLAIMS_PAGE = 'renovation-no-gut-claims';

const score = scoreCorpus(createEngine(compileFromDisk().index), BLIND_DIR);

describe('blind corpus', () => {
  it('F1 stays above its floor', () => {
    expect(score.f1).toBeGreaterThanOrEqual(0.65);
  });
  it('precision and recall each stay above theirs', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.73);
    expect(score.recall).toBeGreaterThanOrEqual(0.58);
  });
  it('evidence levels stay right often enough', () => {
    expect(score.evidenceExact).toBeGreaterThanOrEqual(0.3);
  });
  it('rarely overrates a claim by two levels or more', () => {
    expect(score.overratedBy2).toBeLessThanOrEqual(0.04);
  });
  // Targets the engine does not meet yet: when one of these starts failing,
  // the engine has reached it; turn it into a plain `it`.
  it.fails('target: overrates by two levels or more at most 2% of the time', () => {
    expect(score.overratedBy2).toBeLessThanOrEqual(0.02);
  });
  it.fails('target: finds no claim on the page that only uses gut words in other senses', () => {
    expect(score.onNonGutPages[NO_CLAIMS_PAGE]?.map(f => f.text)).toEqual([]);
  });
  it('finds at most the one known false claim on that page', () => {
    expect(score.onNonGutPages[NO_CLAIMS_PAGE]).toBeDefined();
    expect(score.onNonGutPages[NO_CLAIMS_PAGE]!.length).toBeLessThanOrEqual(1);
  });
});
