/**
 * The claims index for scripts: compiled fresh from `claims-db/`, or, while
 * someone's half-written YAML does not compile, the last good build in
 * `src/generated/` (with a warning on stderr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DbError } from '../../src/db/compile';
import { compileFromDisk, ROOT } from '../../src/db/load-files';
import type { ClaimsIndex } from '../../src/engine/types';

export function loadIndex(): ClaimsIndex {
  try {
    return compileFromDisk().index;
  } catch (e) {
    if (!(e instanceof DbError)) throw e;
    console.error(`claims-db does not compile (${e.problems.length} problems); using src/generated/claims-index.json`);
    return JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'claims-index.json'), 'utf8')) as ClaimsIndex;
  }
}
