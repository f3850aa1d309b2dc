/**
 * Educator mode's guesses, kept for the browser session (`storage.session`:
 * gone when the browser closes, like a lesson) so a reload keeps the score,
 * and readable by the popup for exports.
 *
 * Stored as `{ [pageKey]: { [claimKey]: GuessRecord } }` under
 * `session:guesses`, with the page and claim keys of dismissals
 * (src/settings/dismissed.ts). Content scripts cannot read session storage;
 * they record and read their own page's guesses through the background
 * (`recordGuess`, `pageGuesses`, `forgetGuesses` in the protocol).
 */
import { storage } from '#imports';

import type { FoundClaim } from '../engine/types';
import type { GuessRecord, PageGuesses } from '../shared/guess';
import { claimKey, pageKey } from './dismissed';

export type GuessMap = Record<string, PageGuesses>;

/** Pages remembered at most in one session; the oldest are forgotten first. */
export const MAX_GUESS_PAGES = 200;

export const guessesItem = storage.defineItem<GuessMap>('session:guesses', { fallback: {} });

export { claimKey, pageKey };
export type { GuessRecord, PageGuesses };

/** A copy of `map` with the guess on the page at `url` (the page moves to the end: newest last). */
export function withGuess(
  map: GuessMap,
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  record: GuessRecord,
): GuessMap {
  const page = pageKey(url);
  const guesses = { ...map[page], [claimKey(claim)]: record };
  const next = { ...map };
  delete next[page];
  next[page] = guesses;
  const pages = Object.keys(next);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_GUESS_PAGES))) delete next[old];
  return next;
}

/** A copy of `map` without the page's guesses (the popup's "Reset score"). */
export function withoutPage(map: GuessMap, url: string): GuessMap {
  const next = { ...map };
  delete next[pageKey(url)];
  return next;
}
