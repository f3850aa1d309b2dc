/**
 * `npm run engine:train`: fits the claim classifier, the confidence
 * calibration and both thresholds on every labelled dev page and writes
 * them to src/engine/model/weights.json (checked in). Seconds to run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_MODEL } from '../../src/engine';
import { loadPages } from './corpus';
import { fitModel } from './fit';
import { corpusOrExit, loadIndex, ownPages, ROOT } from './setup';

const dir = corpusOrExit();
const pages = loadPages(join(dir, 'dev'));
const t0 = Date.now();
const model = fitModel(loadIndex(), pages, DEFAULT_MODEL, {}, ownPages());
const out = join(ROOT, 'src', 'engine', 'model', 'weights.json');
const note = `Trained by npm run engine:train on ${pages.length} labelled dev pages (shared/corpus/dev) and the project's own labelled pages (tests/fixtures/corpus-*).`;
writeFileSync(out, `${JSON.stringify({ note, ...model }, null, 2)}\n`);
console.log(
  `wrote ${out} in ${((Date.now() - t0) / 1000).toFixed(1)} s: claim threshold ${model.claimThreshold}, grade threshold ${model.gradeThreshold}`,
);
