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
 */
import { describe, expect, it } from 'vitest';

import { loadPages, type Figures } from '../../scripts/engine/corpus';
import { crossValidate } from '../../scripts/engine/cross-validate';
import { ownPages } from '../../scripts/engine/setup';
import { HOLDOUT_DIR, scoreCorpus, type Score } from '../../scripts/score-holdout';
import { compileFromDisk } from '../../src/db/load-files';
import { createEngine } from '../../src/engine';
import { FLOORS, TARGETS, type Floors } from '../accuracy-floors';
import { DEV_CORPUS, HAVE_CORPUS } from '../shared-corpus';
import { BLIND_DIR } from './corpora';

const engine = createEngine(compileFromDisk().index);

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

  it('finds no false claim on the page that uses gut words in other senses', () => {
    const found = score().onNonGutPages['renovation-no-gut-claims'];
    expect(found, 'the no-claims page is in the blind corpus').toBeDefined();
    expect(found!.map(f => f.text)).toEqual([]);
  });

  it(`target not met yet: overrated by 2+ at most ${TARGETS.blindOverratedBy2} (fails when reached: make it a floor)`, () => {
    expect(score().overratedBy2).toBeGreaterThan(TARGETS.blindOverratedBy2);
  });
});

describe.skipIf(!HAVE_CORPUS)('dev corpus (../shared/corpus/dev)', () => {
  holdsFloors('dev', once(DEV_CORPUS), FLOORS.dev);
});

// What `npm run score:cv` reports: every learned part refitted on four folds, the fifth scored.
describe.skipIf(!HAVE_CORPUS)(
  'dev corpus, cross-validated by page',
  () => {
    let cv: Figures | undefined;
    const pooled = () => (cv ??= crossValidate(compileFromDisk().index, loadPages(DEV_CORPUS), ownPages()).pooled);
    const asScore = (): Measured => ({ ...pooled(), evidenceExact: pooled().exact });
    holdsFloors('devCv', asScore, FLOORS.devCv);

    it('target not met yet: F1 0.85 and evidence exact 0.70 (fails when reached: make them floors)', () => {
      const f = pooled();
      expect(f.f1 < TARGETS.devCvF1 || f.exact < TARGETS.devCvEvidenceExact).toBe(true);
    });
  },
  300_000,
);
