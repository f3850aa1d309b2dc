/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, ninth round: 'determines' governs unless a test or a
 * person does it, 'no' as what a verb of having or containing has, 'makes X more/less likely', 'a
 * probiotic eases…' and adverbial 'likely' in the tagger, relative clauses without 'that'; 40 new entries (db17–db20), a coverage
 * table for issue #11 with its gaps closed, a level review and four citation audits; weights from
 * `npm run engine:train`, which trains on the dev pages and on the rows of both our corpora, so
 * holdout, blind and dev are in-sample for the learned models; holdoutHeld and blindHeld refit the
 * models without the corpus they score; devCv by `npm run score:cv`, whose one split is within a
 * point of the 8-partition mean F1 of 0.816):
 *   holdout      F1 0.933  P 0.907  R 0.960  exact 0.438  overrated-by-2+ 0.000
 *   blind        F1 0.912  P 0.927  R 0.897  exact 0.250  overrated-by-2+ 0.021
 *   dev          F1 0.892  P 0.862  R 0.923  exact 0.288  overrated-by-2+ 0.013
 *   devCv        F1 0.808  P 0.782  R 0.836  exact 0.294  overrated-by-2+ 0.015
 *   holdoutHeld  F1 0.873  P 0.857  R 0.890  exact 0.427  overrated-by-2+ 0.000
 *   blindHeld    F1 0.831  P 0.890  R 0.780  exact 0.263  overrated-by-2+ 0.024
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
  holdout: { f1: 0.913, precision: 0.887, recall: 0.94, evidenceExact: 0.418, overratedBy2: 0.02 },
  blind: { f1: 0.892, precision: 0.907, recall: 0.877, evidenceExact: 0.23, overratedBy2: 0.041 },
  dev: { f1: 0.872, precision: 0.842, recall: 0.903, evidenceExact: 0.268, overratedBy2: 0.033 },
  devCv: { f1: 0.788, precision: 0.762, recall: 0.816, evidenceExact: 0.274, overratedBy2: 0.035 },
  holdoutHeld: { f1: 0.853, precision: 0.837, recall: 0.87, evidenceExact: 0.407, overratedBy2: 0.02 },
  blindHeld: { f1: 0.811, precision: 0.87, recall: 0.76, evidenceExact: 0.243, overratedBy2: 0.044 },
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
