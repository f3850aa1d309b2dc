/**
 * The engine and claims database for the CLI. Reads the compiled index that
 * `npm run db:build` writes; on a clean checkout, where src/generated/ does
 * not exist yet (it is git-ignored), or when a claims-db file is newer than
 * the index (a `git pull` without a rebuild), compiles claims-db/ in memory
 * instead, so `gutcheck audit` never grades with a stale database.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

import { BUILD_STAMP, isStale } from '../db/freshness';
import type { Engine } from '../engine';
import type { ClaimsIndex } from '../engine/types';

const GENERATED = new URL('../generated/claims-index.json', import.meta.url);
const STAMP = new URL(`../generated/${BUILD_STAMP}`, import.meta.url);
const CLAIMS_DB = new URL('../../claims-db/', import.meta.url);

let index: Promise<ClaimsIndex> | undefined;
let engine: Promise<Engine> | undefined;

/** The claims database, read once per thread. */
export function loadIndex(): Promise<ClaimsIndex> {
  index ??= readIndex();
  return index;
}

/**
 * An engine on that database, built once per thread. Imported lazily: the
 * engine pulls in compromise (~0.5 s to load), which the main thread never
 * needs when workers do the auditing.
 */
export function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([loadIndex(), import('../engine')]).then(([index, { createEngine }]) => createEngine(index));
  return engine;
}

async function readIndex(): Promise<ClaimsIndex> {
  const compile = async () => {
    // Loaded only here: the YAML compiler and its schema cost start-up time.
    const { compileFromDisk } = await import('../db/load-files');
    return compileFromDisk().index;
  };
  // A clean checkout has no index (compiled silently below); an index older than the database is
  // worth a word, since compiling costs start-up time.
  if (existsSync(GENERATED) && isStale(fileURLToPath(STAMP), fileURLToPath(CLAIMS_DB))) {
    if (isMainThread)
      process.stderr.write('gutcheck: claims-db changed since the last `npm run db:build`; compiling it now\n');
    return compile();
  }
  try {
    return JSON.parse(await readFile(GENERATED, 'utf8')) as ClaimsIndex;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return compile();
  }
}
