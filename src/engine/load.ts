/**
 * The engine with the compiled database bundled in. Import this (not the JSON)
 * from the background and the CLI; the content script must not, it would pull
 * the whole database and compromise into every page.
 */
import index from '../generated/claims-index.json';
import { createEngine, type Engine } from './index';
import type { ClaimsIndex } from './types';

export const claimsIndex = index as ClaimsIndex;

let engine: Engine | undefined;
/** The shared engine, created on first use. */
export function getEngine(): Engine {
  engine ??= createEngine(claimsIndex);
  return engine;
}
