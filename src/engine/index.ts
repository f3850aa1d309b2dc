/**
 * The engine's public API: the content script's background worker, the popup
 * and the CLI all call `createEngine(index).analyze(text)`.
 * (Placeholder until the engine lands: finds nothing.)
 */
import type { Analysis, ClaimsIndex } from './types';

export type * from './types';

export interface Engine {
  /** Every gut-health claim in `text`, with offsets into `text`. */
  analyze(text: string): Analysis;
}

export function createEngine(index: ClaimsIndex): Engine {
  void index;
  return { analyze: () => ({ claims: [], sentences: 0 }) };
}
