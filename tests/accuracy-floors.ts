/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, sixth round: the calibrator's subject × object ×
 * relation conjunction; "by + gerund" means, phrasal verbs after "use X to", overlapping object
 * mentions, "-eed" nouns, more relation verbs; vocab-f's vocabulary and 63 entries from db7-db11;
 * weights from `npm run engine:train`, which trains on the dev pages and on the rows of both our
 * corpora, so holdout, blind and dev are in-sample for the learned models; holdoutHeld and blindHeld
 * refit the models without the corpus they score; devCv by `npm run score:cv`, whose one split is
 * 1.1 points under the 8-partition mean F1 of 0.813):
 *   holdout      F1 0.924  P 0.890  R 0.960  exact 0.375  overrated-by-2+ 0.000
 *   blind        F1 0.904  P 0.926  R 0.883  exact 0.217  overrated-by-2+ 0.021
 *   dev          F1 0.895  P 0.866  R 0.926  exact 0.247  overrated-by-2+ 0.008
 *   devCv        F1 0.802  P 0.777  R 0.829  exact 0.287  overrated-by-2+ 0.012
 *   holdoutHeld  F1 0.846  P 0.822  R 0.870  exact 0.402  overrated-by-2+ 0.000
 *   blindHeld    F1 0.851  P 0.872  R 0.832  exact 0.253  overrated-by-2+ 0.022
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
  holdout: { f1: 0.904, precision: 0.87, recall: 0.94, evidenceExact: 0.355, overratedBy2: 0.02 },
  blind: { f1: 0.884, precision: 0.906, recall: 0.863, evidenceExact: 0.197, overratedBy2: 0.041 },
  dev: { f1: 0.875, precision: 0.846, recall: 0.906, evidenceExact: 0.227, overratedBy2: 0.028 },
  devCv: { f1: 0.782, precision: 0.757, recall: 0.809, evidenceExact: 0.267, overratedBy2: 0.032 },
  holdoutHeld: { f1: 0.826, precision: 0.802, recall: 0.85, evidenceExact: 0.382, overratedBy2: 0.02 },
  blindHeld: { f1: 0.831, precision: 0.852, recall: 0.812, evidenceExact: 0.233, overratedBy2: 0.042 },
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
