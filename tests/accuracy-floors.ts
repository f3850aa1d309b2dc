/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, tenth round: denials of a stronger claim ("does not cure",
 * "is no cure for"), ', not Y' alternatives, terms that hold their own negation, "X benefits from Y",
 * "X comes from Y", "have a lower risk of", "cannot X without Y", processing gerunds, "whose" and
 * "that" relatives, "A, B and other Z", tagger fixes; 129 new entries (db21-db31) with their sources
 * audited in full, two fresh random citation samples, three level reviews and six held-out paraphrase
 * rounds; weights from
 * `npm run engine:train`, which trains on the dev pages and on the rows of both our corpora, so
 * holdout, blind and dev are in-sample for the learned models; holdoutHeld and blindHeld refit the
 * models without the corpus they score; devCv by `npm run score:cv`, whose one split is within a
 * point of the 8-partition mean F1):
 *   holdout      F1 0.937  P 0.915  R 0.960  exact 0.406  overrated-by-2+ 0.010
 *   blind        F1 0.916  P 0.946  R 0.888  exact 0.247  overrated-by-2+ 0.021
 *   dev          F1 0.892  P 0.888  R 0.896  exact 0.291  overrated-by-2+ 0.008
 *   devCv        F1 0.818  P 0.803  R 0.834  exact 0.298  overrated-by-2+ 0.012
 *   holdoutHeld  F1 0.866  P 0.863  R 0.870  exact 0.414  overrated-by-2+ 0.011
 *   blindHeld    F1 0.839  P 0.900  R 0.785  exact 0.268  overrated-by-2+ 0.024
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
  holdout: { f1: 0.917, precision: 0.895, recall: 0.94, evidenceExact: 0.386, overratedBy2: 0.03 },
  blind: { f1: 0.896, precision: 0.926, recall: 0.868, evidenceExact: 0.227, overratedBy2: 0.041 },
  dev: { f1: 0.872, precision: 0.868, recall: 0.876, evidenceExact: 0.271, overratedBy2: 0.028 },
  devCv: { f1: 0.798, precision: 0.783, recall: 0.814, evidenceExact: 0.278, overratedBy2: 0.032 },
  holdoutHeld: { f1: 0.846, precision: 0.843, recall: 0.85, evidenceExact: 0.394, overratedBy2: 0.031 },
  blindHeld: { f1: 0.819, precision: 0.88, recall: 0.765, evidenceExact: 0.248, overratedBy2: 0.044 },
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
