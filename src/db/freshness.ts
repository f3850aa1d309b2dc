/**
 * Whether the compiled claims index is as new as the database it came from.
 * `npm run db:build` rewrites the index only when its content changes (so
 * watchers do not loop), and touches a stamp beside it whenever a claims-db
 * file is newer than the stamp; a reader that finds a YAML file newer than
 * the stamp (a `git pull` without a rebuild) knows the index may be stale.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The stamp's name in src/generated/. */
export const BUILD_STAMP = 'claims-db.built';

/** Is any YAML file of `dbDir` newer than the stamp at `stampPath`? True when there is no stamp. */
export function isStale(stampPath: string, dbDir: string): boolean {
  let built: number;
  try {
    built = statSync(stampPath).mtimeMs;
  } catch {
    return true;
  }
  return readdirSync(dbDir)
    .filter(f => f.endsWith('.yaml'))
    .some(f => statSync(join(dbDir, f)).mtimeMs > built);
}
