/** Shared set-up of the engine scripts: the compiled index and the corpus folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { compileFromDisk, ROOT } from '../../src/db/load-files';
import type { ClaimsIndex } from '../../src/engine/types';
import { corpusDir, loadPages, type Page } from './corpus';

export const loadIndex = (): ClaimsIndex => compileFromDisk().index;

/** The shared corpus folder, or a one-line message and exit 0 when a clone has none. */
export function corpusOrExit(): string {
  const dir = corpusDir(ROOT);
  if (!existsSync(join(dir, 'dev', 'gold.json'))) {
    console.log(`no labelled corpus at ${dir} (set GUTCHECK_SHARED_CORPUS): nothing to measure`);
    process.exit(0);
  }
  return dir;
}

/** Our own labelled pages (tests/fixtures/corpus-*): extra training rows, never a test fold of score:cv. */
export function ownPages(): Page[] {
  return ['corpus-holdout', 'corpus-blind'].flatMap(d => loadPages(join(ROOT, 'tests', 'fixtures', d)));
}

export { ROOT };
