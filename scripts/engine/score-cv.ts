/**
 * `npm run score:cv`: leave-pages-out cross-validation over the shared dev
 * corpus (5 folds by page). For each fold the learned parts (claim
 * classifier, confidence calibration, both thresholds) are fitted on the
 * other four folds only, then the fold is scored as score-claims.mjs scores
 * the CLI. Prints each fold and the pooled held-out figures.
 *
 *   npm run score:cv               table
 *   npm run --silent score:cv -- --json
 */
import { join } from 'node:path';

import { DEFAULT_MODEL } from '../../src/engine';
import { emptyTally, figures, folds, loadPages, type Figures, type Tally } from './corpus';
import { fitModel, measure, traces } from './fit';
import { corpusOrExit, loadIndex, ownPages } from './setup';

const json = process.argv.includes('--json');
const dir = corpusOrExit();
const pages = loadPages(join(dir, 'dev'));
const index = loadIndex();
const extra = ownPages();

export function crossValidate(options: Parameters<typeof fitModel>[3] = {}): { pooled: Figures; perFold: Figures[] } {
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

const pct = (x: number) => x.toFixed(3);
const row = (name: string, f: Figures) =>
  `| ${name} | ${pct(f.f1)} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.exact)} | ${pct(f.withinOne)} | ${pct(f.overratedBy2)} | ${pct(f.gradedShare)} | ${pct(f.rightLevel)} |`;

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('score-cv.ts')) {
  const t0 = Date.now();
  const { pooled, perFold } = crossValidate();
  if (json) console.log(JSON.stringify({ pooled, perFold, pages: pages.length, seconds: (Date.now() - t0) / 1000 }));
  else {
    console.log(`Cross-validated over ${pages.length} dev pages, 5 folds by page (fitted on training folds only):\n`);
    console.log(
      '| fold | F1 | precision | recall | evidence exact | within one | overrated by 2+ | graded share | right level |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    perFold.forEach((f, i) => console.log(row(String(i + 1), f)));
    console.log(row('**held-out, pooled**', pooled));
    console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
