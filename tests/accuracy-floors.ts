/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, fifth round: class entries yield to specific ones,
 * unstated qualifiers yield, reference markers and naming appositives skipped, 'no' as a
 * determiner of negation, 'is used for'; db6's vocabulary; weights from `npm run engine:train`,
 * which trains on the dev pages and on the rows of both our corpora, so holdout, blind and dev are
 * in-sample for the learned models; holdoutHeld and blindHeld refit the models without the corpus
 * they score; devCv by `npm run score:cv`):
 *   holdout      F1 0.919  P 0.882  R 0.960  exact 0.365  overrated-by-2+ 0.000
 *   blind        F1 0.911  P 0.936  R 0.888  exact 0.211  overrated-by-2+ 0.021
 *   dev          F1 0.894  P 0.864  R 0.926  exact 0.241  overrated-by-2+ 0.008
 *   devCv        F1 0.810  P 0.787  R 0.834  exact 0.250  overrated-by-2+ 0.009
 *   holdoutHeld  F1 0.844  P 0.829  R 0.860  exact 0.395  overrated-by-2+ 0.000
 *   blindHeld    F1 0.839  P 0.857  R 0.822  exact 0.216  overrated-by-2+ 0.023
 */
export interface Floors {
  f1: number;
  precision: number;
  recall: number;
  evidenceExact: number;
  /** A ceiling: the share of hit claims graded two or more levels too strong. */
  overratedBy2: number;
}

export const FLOORS: Record<'holdout' | 'blind' | 'dev' | 'devCv' | 'holdoutHeld' | 'blindHeld', Floors> = {
  holdout: { f1: 0.899, precision: 0.862, recall: 0.94, evidenceExact: 0.345, overratedBy2: 0.02 },
  blind: { f1: 0.891, precision: 0.916, recall: 0.868, evidenceExact: 0.191, overratedBy2: 0.041 },
  dev: { f1: 0.874, precision: 0.844, recall: 0.906, evidenceExact: 0.221, overratedBy2: 0.028 },
  devCv: { f1: 0.79, precision: 0.767, recall: 0.814, evidenceExact: 0.23, overratedBy2: 0.029 },
  holdoutHeld: { f1: 0.824, precision: 0.809, recall: 0.84, evidenceExact: 0.375, overratedBy2: 0.02 },
  blindHeld: { f1: 0.819, precision: 0.837, recall: 0.802, evidenceExact: 0.196, overratedBy2: 0.043 },
};

/**
 * Targets of issue #10 the engine does not meet yet. Each has a test that
 * asserts it is still unmet; when one starts failing, the target is reached:
 * make it a floor above and delete it here.
 */
export const TARGETS = {
  /** At most 2% of hit claims overrated by two levels or more, on the blind pages. */
  blindOverratedBy2: 0.02,
  /** Issue #10: evidence exact at least 0.70, cross-validated on the dev pages. */
  devCvEvidenceExact: 0.7,
  /** Issue #10: F1 at least 0.85, cross-validated on the dev pages. */
  devCvF1: 0.85,
};
