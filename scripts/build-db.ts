/**
 * Validates `claims-db/` and writes the compiled index to `src/generated/`.
 * A malformed file fails with the file, the entry id and the field named.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DbError } from '../src/db/compile';
import { BUILD_STAMP, isStale } from '../src/db/freshness';
import { compileFromDisk, ROOT } from '../src/db/load-files';

const out = join(ROOT, 'src', 'generated');
try {
  const { index, gate, warnings } = compileFromDisk();
  mkdirSync(out, { recursive: true });
  // Write only when changed so that watchers (wxt dev, vitest) do not loop.
  const write = (name: string, data: unknown) => {
    const path = join(out, name);
    const text = `${JSON.stringify(data)}\n`;
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // first build
    }
    if (old !== text) writeFileSync(path, text);
  };
  write('claims-index.json', index);
  write('gate.json', gate);
  // The stamp says "built from the database as it is now" (the CLI checks it); touched only when
  // a YAML file is newer, so a watcher sees it change once, not on every build.
  const stamp = join(out, BUILD_STAMP);
  if (isStale(stamp, join(ROOT, 'claims-db'))) writeFileSync(stamp, `${new Date().toISOString()}\n`);
  console.error(`claims-db: ${index.claims.length} claims, ${index.concepts.length} concepts (reviewed ${index.date})`);
  if (warnings.length) {
    const verbose = process.argv.includes('--warnings');
    console.error(
      `claims-db: ${warnings.length} warnings${verbose ? ':' : ' (npm run db:build -- --warnings lists them)'}`,
    );
    if (verbose) for (const w of warnings) console.error(`  - ${w}`);
  }
} catch (e) {
  if (e instanceof DbError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
