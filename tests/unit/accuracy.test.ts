/**
 * The engine against each labelled corpus, held to the floors in
 * tests/accuracy-floors.ts (one place to edit them):
 *
 * - holdout (tests/fixtures/corpus-holdout): 20 pages written for the
 *   project, 10 of them not about gut health. The engine was changed after
 *   looking at its misses here, so it is not an unseen test.
 * - blind (tests/fixtures/corpus-blind): 14 pages written and labelled
 *   before the engine was first run on them; changes since have been made
 *   with its figures in view, so it is no longer strictly blind.
 * - dev (../shared/corpus/dev): 33 real public pages with hand labels, read
 *   at test time and never copied here; skipped without the shared corpus
 *   (tests/shared-corpus.ts).
 *
 * The shipped weights are trained on the dev pages and on the rows of both
 * our corpora (`npm run engine:train`), so the first three blocks are
 * in-sample for the learned models. The block "held out from the learned
 * models" refits them without the corpus it scores.
 */
import { describe, expect, it } from 'vitest';

import { loadPages, type Figures } from '../../scripts/engine/corpus';
import { crossValidate } from '../../scripts/engine/cross-validate';
import { fitModel } from '../../scripts/engine/fit';
import { ownPages } from '../../scripts/engine/setup';
import { HOLDOUT_DIR, scoreCorpus, type Score } from '../../scripts/score-holdout';
import { compileFromDisk } from '../../src/db/load-files';
import { createEngine, DEFAULT_MODEL } from '../../src/engine';
import { FLOORS, TARGETS, type Floors } from '../accuracy-floors';
import { DEV_CORPUS, HAVE_CORPUS } from '../shared-corpus';
import { BLIND_DIR } from './corpora';

const index = compileFromDisk().index;
const engine = createEngine(index);

type Measured = Pick<Score, 'f1' | 'precision' | 'recall' | 'evidenceExact' | 'overratedBy2'>;

function holdsFloors(name: string, score: () => Measured, floors: Floors) {
  it(`${name}: F1, precision and recall stay above their floors`, () => {
    const s = score();
    expect(s.f1, `${name} F1`).toBeGreaterThanOrEqual(floors.f1);
    expect(s.precision, `${name} precision`).toBeGreaterThanOrEqual(floors.precision);
    expect(s.recall, `${name} recall`).toBeGreaterThanOrEqual(floors.recall);
  });
  it(`${name}: evidence levels stay right often enough`, () => {
    expect(score().evidenceExact, `${name} evidence exact`).toBeGreaterThanOrEqual(floors.evidenceExact);
  });
  it(`${name}: rarely overrates a claim by two levels or more`, () => {
    expect(score().overratedBy2, `${name} overrated by 2+`).toBeLessThanOrEqual(floors.overratedBy2);
  });
}

const once = (dir: string) => {
  let s: Score | undefined;
  return () => (s ??= scoreCorpus(engine, dir));
};

describe('held-out corpus', () => {
  holdsFloors('holdout', once(HOLDOUT_DIR), FLOORS.holdout);
});

describe('blind corpus', () => {
  const score = once(BLIND_DIR);
  holdsFloors('blind', score, FLOORS.blind);

  // Issue #10 allows one false claim per ten such pages. This page gave none with the weights of
  // 2026-12-03 and one with those of 2026-12-04 ("A colon is there to introduce something", at a
  // claim probability of 0.509 against a threshold of 0.5), so the floor is one.
  it('finds at most one false claim on the page that uses gut words in other senses', () => {
    const found = score().onNonGutPages['renovation-no-gut-claims'];
    expect(found, 'the no-claims page is in the blind corpus').toBeDefined();
    expect(found!.length, found!.map(f => f.text).join(' | ')).toBeLessThanOrEqual(1);
  });

  it(`target not met yet: overrated by 2+ at most ${TARGETS.blindOverratedBy2} (fails when reached: make it a floor)`, () => {
    expect(score().overratedBy2).toBeGreaterThan(TARGETS.blindOverratedBy2);
  });
});

describe.skipIf(!HAVE_CORPUS)('dev corpus (../shared/corpus/dev)', () => {
  holdsFloors('dev', once(DEV_CORPUS), FLOORS.dev);
});

// Each of our corpora scored by models fitted on the dev pages and the other corpus only.
describe.skipIf(!HAVE_CORPUS)('our corpora, held out from the learned models', () => {
  const heldOut = (dir: string, other: string) => {
    let s: Score | undefined;
    return () => {
      if (s) return s;
      const model = fitModel(index, loadPages(DEV_CORPUS), DEFAULT_MODEL, {}, loadPages(other));
      return (s = scoreCorpus(createEngine(index, model), dir));
    };
  };
  holdsFloors('holdoutHeld', heldOut(HOLDOUT_DIR, BLIND_DIR), FLOORS.holdoutHeld);
  holdsFloors('blindHeld', heldOut(BLIND_DIR, HOLDOUT_DIR), FLOORS.blindHeld);
});

// What `npm run score:cv` reports: every learned part refitted on four folds, the fifth scored.
describe.skipIf(!HAVE_CORPUS)(
  'dev corpus, cross-validated by page',
  () => {
    let cv: Figures | undefined;
    const pooled = () => (cv ??= crossValidate(index, loadPages(DEV_CORPUS), ownPages()).pooled);
    const asScore = (): Measured => ({ ...pooled(), evidenceExact: pooled().exact });
    holdsFloors('devCv', asScore, FLOORS.devCv);

    it('a confidence of 0.8 or more means the level is right at least 90% of the time (held out)', () => {
      expect(pooled().confidentCount, 'confident findings').toBeGreaterThanOrEqual(20);
      expect(pooled().confidentRight, 'right among confident findings').toBeGreaterThanOrEqual(0.9);
    });
    it('target not met yet: F1 0.85 and evidence exact 0.70 (fails when reached: make them floors)', () => {
      const f = pooled();
      expect(f.f1 < TARGETS.devCvF1 || f.exact < TARGETS.devCvEvidenceExact).toBe(true);
    });
  },
  300_000,
);
