/**
 * Claims the reader dismissed, per page, kept in `browser.storage.local`
 * (not sync: page URLs are browsing history and stay on this device). The
 * popup writes it; the content script watches `dismissedItem` and hides the
 * marks, reporting them with `dismissed: true`.
 *
 * Stored as `{ [pageKey]: claimKey[] }`.
 */
import { storage } from '#imports';

import type { FoundClaim } from '../engine/types';

export type DismissedMap = Record<string, string[]>;

/** Pages remembered at most; the oldest are forgotten first, so storage cannot grow without bound. */
export const MAX_DISMISSED_PAGES = 500;

export const dismissedItem = storage.defineItem<DismissedMap>('local:dismissed', { fallback: {} });

/** A page is its URL without the fragment, so in-page anchors share dismissals. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A claim is its database id; unmatched claims (no id) are keyed by their text. */
export function claimKey(claim: Pick<FoundClaim, 'claimId' | 'text'>): string {
  return claim.claimId ?? `text:${claim.text}`;
}

/** Is this claim dismissed on the page at `url`? */
export function isDismissed(map: DismissedMap, url: string, claim: Pick<FoundClaim, 'claimId' | 'text'>): boolean {
  return map[pageKey(url)]?.includes(claimKey(claim)) ?? false;
}

/** A copy of `map` with the claim dismissed (or restored) on the page; pages with nothing left are dropped. */
export function withDismissed(
  map: DismissedMap,
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  dismissed: boolean,
): DismissedMap {
  const page = pageKey(url);
  const key = claimKey(claim);
  const rest = (map[page] ?? []).filter(k => k !== key);
  const keys = dismissed ? [...rest, key] : rest;
  const next = { ...map };
  // Delete first so a page written again moves to the end (object keys keep insertion order).
  delete next[page];
  if (keys.length) next[page] = keys;
  const pages = Object.keys(next);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_DISMISSED_PAGES))) delete next[old];
  return next;
}

/** Dismisses (or restores) a claim on a page, persistently. */
export async function setDismissed(
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  dismissed: boolean,
): Promise<void> {
  await dismissedItem.setValue(withDismissed(await dismissedItem.getValue(), url, claim, dismissed));
}
