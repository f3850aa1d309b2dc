/**
 * Where the shared evaluation corpus is (../shared/corpus beside the
 * checkout: real pages with gold labels, never copied into the repo), and
 * whether tests must have it.
 *
 * - `GUTCHECK_SHARED_CORPUS` set (CI sets it in .ci/run): the corpus is
 *   required, and a test that needs it fails when it is missing.
 * - unset: ../shared/corpus is used when it is there; on a fresh clone
 *   without it, corpus tests skip, and the test run prints one line saying so.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { CORPUS_ENV, corpusDir } from '../scripts/engine/corpus';

const ROOT = resolve(import.meta.dirname, '..');

export { CORPUS_ENV };

/** The corpus folder (holds dev/gold.json, dev/seed-gold.json and dev/<page>.txt). */
export const SHARED_CORPUS = corpusDir(ROOT);

export const DEV_CORPUS = join(SHARED_CORPUS, 'dev');

/** Must the corpus be there (CI)? */
export const CORPUS_REQUIRED = !!process.env[CORPUS_ENV];

const present = existsSync(join(DEV_CORPUS, 'gold.json'));

if (CORPUS_REQUIRED && !present) {
  throw new Error(`${CORPUS_ENV}=${SHARED_CORPUS}, but ${join(DEV_CORPUS, 'gold.json')} is missing`);
}

/** Run corpus tests? True when the corpus is there; when it is required and missing, importing this throws. */
export const HAVE_CORPUS = present;

/** The one line a run prints when corpus tests skip. */
export const SKIP_LINE = `shared corpus not found at ${SHARED_CORPUS}: tests that need it are skipped (set ${CORPUS_ENV} to require it)`;
