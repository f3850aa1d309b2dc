/**
 * The engine's accuracy floors, one place for every corpus (the lead edits
 * them when the engine changes). Each floor sits within 2 points of the
 * figure reached when it was set, so a regression shows at once; raise them
 * as the engine improves. Read by tests/unit/accuracy.test.ts.
 *
 * Figures when set (engine of 2026-12-04, eighth round: a family noun after a determiner names the
 * member the discourse is about, 'you/we' as the one who has something, 'make X go away', the means
 * after 'with' for every verb of changing, processes that open with the verb after 'use X to',
 * 'X is behind Y', people who have a condition as its prevalence, 'is blamed for', a withdrawal
 * also read as written, one sense per discourse for every form of a word and inside its block or
 * section; 46 new entries (db13–db16), three vocabulary rounds on the
 * entries' examples, two level reviews and four citation audits; weights from `npm run
 * engine:train`, which trains on the dev pages and on the rows of both our corpora, so holdout,
 * blind and dev are in-sample for the learned models; holdoutHeld and blindHeld refit the models
 * without the corpus they score; devCv by `npm run score:cv`, whose one split is within a point of
 * the 8-partition mean F1 of 0.815):
 *   holdout      F1 0.928  P 0.898  R 0.960  exact 0.396  overrated-by-2+ 0.000
 *   blind        F1 0.912  P 0.923  R 0.902  exact 0.238  overrated-by-2+ 0.021
 *   dev          F1 0.893  P 0.864  R 0.923  exact 0.293  overrated-by-2+ 0.011
 *   devCv        F1 0.809  P 0.803  R 0.816  exact 0.292  overrated-by-2+ 0.009
 *   holdoutHeld  F1 0.873  P 0.857  R 0.890  exact 0.427  overrated-by-2+ 0.000
 *   blindHeld    F1 0.837  P 0.895  R 0.785  exact 0.286  overrated-by-2+ 0.024
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
  holdout: { f1: 0.908, precision: 0.878, recall: 0.94, evidenceExact: 0.376, overratedBy2: 0.02 },
  blind: { f1: 0.892, precision: 0.903, recall: 0.882, evidenceExact: 0.218, overratedBy2: 0.041 },
  dev: { f1: 0.873, precision: 0.844, recall: 0.903, evidenceExact: 0.273, overratedBy2: 0.031 },
  devCv: { f1: 0.789, precision: 0.783, recall: 0.796, evidenceExact: 0.272, overratedBy2: 0.029 },
  holdoutHeld: { f1: 0.853, precision: 0.837, recall: 0.87, evidenceExact: 0.407, overratedBy2: 0.02 },
  blindHeld: { f1: 0.817, precision: 0.875, recall: 0.765, evidenceExact: 0.266, overratedBy2: 0.044 },
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
