/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, seventh round: the calibrator weighs the entries' own
 * example rows 4 to a page row; 'a benefit of X is Y', participles after articles and gerunds,
 * compound effect nouns ('an IBS symptom'), openers without their comma, verbs of consuming as
 * instruments, 'cleanse' ambiguous, one sense per discourse in the gate; db12's 9 entries and
 * vocab-g; weights from `npm run engine:train`, which trains on the dev pages and on the rows of
 * both our corpora, so holdout, blind and dev are in-sample for the learned models; holdoutHeld
 * and blindHeld refit the models without the corpus they score; devCv by `npm run score:cv`, whose
 * one split is 1 point under the 8-partition mean F1 of 0.814):
 *   holdout      F1 0.933  P 0.899  R 0.970  exact 0.392  overrated-by-2+ 0.000
 *   blind        F1 0.905  P 0.913  R 0.897  exact 0.240  overrated-by-2+ 0.021
 *   dev          F1 0.889  P 0.861  R 0.918  exact 0.278  overrated-by-2+ 0.011
 *   devCv        F1 0.807  P 0.784  R 0.831  exact 0.293  overrated-by-2+ 0.012
 *   holdoutHeld  F1 0.863  P 0.821  R 0.910  exact 0.407  overrated-by-2+ 0.000
 *   blindHeld    F1 0.844  P 0.862  R 0.827  exact 0.271  overrated-by-2+ 0.023
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
  holdout: { f1: 0.913, precision: 0.879, recall: 0.95, evidenceExact: 0.372, overratedBy2: 0.02 },
  blind: { f1: 0.882, precision: 0.892, recall: 0.873, evidenceExact: 0.221, overratedBy2: 0.041 },
  dev: { f1: 0.87, precision: 0.841, recall: 0.901, evidenceExact: 0.258, overratedBy2: 0.031 },
  devCv: { f1: 0.786, precision: 0.761, recall: 0.814, evidenceExact: 0.272, overratedBy2: 0.032 },
  holdoutHeld: { f1: 0.838, precision: 0.8, recall: 0.88, evidenceExact: 0.391, overratedBy2: 0.02 },
  blindHeld: { f1: 0.824, precision: 0.842, recall: 0.807, evidenceExact: 0.251, overratedBy2: 0.043 },
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
