/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, fourth round: participial and pseudo-cleft predicates,
 * relative "that", causatives, existential clauses; a calibrator that also learns from the entries'
 * own examples and is Platt-scaled on held-out page confidences; weights from `npm run
 * engine:train`, which trains on the dev pages and on the rows of both our corpora, so holdout,
 * blind and dev are in-sample for the learned models; holdoutHeld and blindHeld refit the models
 * without the corpus they score; devCv by `npm run score:cv`):
 *   holdout      F1 0.919  P 0.882  R 0.960  exact 0.365  overrated-by-2+ 0.000
 *   blind        F1 0.909  P 0.927  R 0.893  exact 0.215  overrated-by-2+ 0.021
 *   dev          F1 0.891  P 0.865  R 0.918  exact 0.249  overrated-by-2+ 0.008
 *   devCv        F1 0.816  P 0.808  R 0.824  exact 0.244  overrated-by-2+ 0.009
 *   holdoutHeld  F1 0.844  P 0.848  R 0.840  exact 0.381  overrated-by-2+ 0.000
 *   blindHeld    F1 0.848  P 0.856  R 0.841  exact 0.211  overrated-by-2+ 0.022
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
  blind: { f1: 0.889, precision: 0.907, recall: 0.873, evidenceExact: 0.195, overratedBy2: 0.041 },
  dev: { f1: 0.871, precision: 0.845, recall: 0.898, evidenceExact: 0.229, overratedBy2: 0.028 },
  devCv: { f1: 0.796, precision: 0.788, recall: 0.804, evidenceExact: 0.224, overratedBy2: 0.029 },
  holdoutHeld: { f1: 0.824, precision: 0.828, recall: 0.82, evidenceExact: 0.361, overratedBy2: 0.02 },
  blindHeld: { f1: 0.828, precision: 0.836, recall: 0.821, evidenceExact: 0.191, overratedBy2: 0.042 },
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
