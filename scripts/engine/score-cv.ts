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

import { CONFIDENT, loadPages, type Figures } from './corpus';
import { crossValidate } from './cross-validate';
import { corpusOrExit, loadIndex, ownPages } from './setup';

const json = process.argv.includes('--json');
const dir = corpusOrExit();
const pages = loadPages(join(dir, 'dev'));
const index = loadIndex();
const extra = ownPages();

const pct = (x: number) => x.toFixed(3);
const row = (name: string, f: Figures) =>
  `| ${name} | ${pct(f.f1)} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.exact)} | ${pct(f.withinOne)} | ${pct(f.overratedBy2)} | ${pct(f.gradedShare)} | ${pct(f.rightLevel)} |`;

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('score-cv.ts')) {
  const t0 = Date.now();
  const { pooled, perFold } = crossValidate(index, pages, extra);
  if (json) console.log(JSON.stringify({ pooled, perFold, pages: pages.length, seconds: (Date.now() - t0) / 1000 }));
  else {
    console.log(`Cross-validated over ${pages.length} dev pages, 5 folds by page (fitted on training folds only):\n`);
    console.log(
      '| fold | F1 | precision | recall | evidence exact | within one | overrated by 2+ | graded share | right level |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    perFold.forEach((f, i) => console.log(row(String(i + 1), f)));
    console.log(row('**held-out, pooled**', pooled));
    console.log(
      `\nCalibration: of ${pooled.confidentCount} held-out graded findings with confidence ≥ ${CONFIDENT}, ${pct(pooled.confidentRight)} carry the right level (target ≥ 0.9).`,
    );
    console.log(`\n(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
