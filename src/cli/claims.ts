/**
 * The engine and claims database for the CLI. Reads the compiled index that
 * `npm run db:build` writes; on a clean checkout, where src/generated/ does
 * not exist yet (it is git-ignored), compiles claims-db/ in memory instead,
 * so `gutcheck audit` works straight after `npm install`.
 */
import { readFile } from 'node:fs/promises';

import type { Engine } from '../engine';
import type { ClaimsIndex } from '../engine/types';

const GENERATED = new URL('../generated/claims-index.json', import.meta.url);

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
  try {
    return JSON.parse(await readFile(GENERATED, 'utf8')) as ClaimsIndex;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    // Loaded only here: the YAML compiler and its schema cost start-up time.
    const { compileFromDisk } = await import('../db/load-files');
    return compileFromDisk().index;
  }
}
