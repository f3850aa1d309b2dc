/**
 * Leave-pages-out cross-validation (5 folds by page): for each fold the
 * learned parts are fitted on the other four folds (plus our own labelled
 * pages as extra rows) and the fold is scored. Used by `score:cv`,
 * `engine:ablate` and the accuracy test's cross-validated floor.
 */
import { DEFAULT_MODEL } from '../../src/engine';
import type { ClaimsIndex } from '../../src/engine/types';
import { emptyTally, figures, folds, type Figures, type Page, type Tally } from './corpus';
import { fitModel, measure, traces, type FitOptions } from './fit';

export function crossValidate(
  index: ClaimsIndex,
  pages: readonly Page[],
  extra: readonly Page[] = [],
  options: FitOptions = {},
): { pooled: Figures; perFold: Figures[] } {
  const parts = folds(pages);
  const traced = traces(index, [...pages, ...extra], DEFAULT_MODEL, options);
  const pooled: Tally = emptyTally();
  const perFold: Figures[] = [];
  parts.forEach((test, i) => {
    const trainPages = parts.filter((_, j) => j !== i).flat();
    const model = fitModel(index, trainPages, DEFAULT_MODEL, options, extra, traced);
    const { tally } = measure(index, test, model, options);
    for (const k of Object.keys(pooled) as (keyof Tally)[]) pooled[k] += tally[k];
    perFold.push(figures(tally));
  });
  return { pooled: figures(pooled), perFold };
}
