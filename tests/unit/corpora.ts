/** The labelled corpora kept in the repo (written for the project; see tests/unit/accuracy.test.ts). */
import { join } from 'node:path';

export { HOLDOUT_DIR } from '../../scripts/score-holdout';

export const BLIND_DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus-blind');
