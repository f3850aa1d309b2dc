/**
 * Claims the reader dismissed, per page, kept in `browser.storage.local`
 * (not sync: pages read are browsing history and stay on this device). The
 * popup writes it; the content script watches `dismissedItem` and hides the
 * marks, reporting them with `dismissed: true`.
 *
 * Stored as `{ [pageKey]: { claims: claimKey[], at } }` (version 2). A page
 * is its origin and path only, and an entry lapses DISMISSED_DAYS after the
 * reader last changed it. Version 1 kept full URLs (query strings hold
 * search terms, session ids, tokens) with no expiry: `migrateDismissed`.
 */
import { storage } from '#imports';

import type { FoundClaim } from '../engine/types';

/** One page's dismissals: claim keys, and when the reader last changed them (ms since the epoch). */
export interface DismissedPage {
  claims: string[];
  at: number;
}

export type DismissedMap = Record<string, DismissedPage>;

/** Pages remembered at most; the least recently changed are forgotten first, so storage cannot grow without bound. */
export const MAX_DISMISSED_PAGES = 500;

/**
 * How long a page's dismissals last after the reader last changed them.
 * Ninety days covers coming back to a page read this season (a leaflet, a
 * recipe, a product page), and keeps the list from becoming a long record
 * of what the reader has read.
 */
export const DISMISSED_DAYS = 90;
const DISMISSED_MS = DISMISSED_DAYS * 24 * 60 * 60 * 1000;

export const dismissedItem = storage.defineItem<DismissedMap>('local:dismissed', {
  fallback: {},
  version: 2,
  migrations: { 2: (old: unknown) => migrateDismissed(old, Date.now()) },
});

/**
 * A page is its origin and path: no query string, no fragment (in-page
 * anchors share dismissals), no user name or password.
 */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    // Not `u.origin`: that is "null" for file: URLs, which would put every local file in one page.
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return url.replace(/[?#][^]*$/, '');
  }
}

/** A claim is its database id; unmatched claims (no id) are keyed by their text. */
export function claimKey(claim: Pick<FoundClaim, 'claimId' | 'text'>): string {
  return claim.claimId ?? `text:${claim.text}`;
}

/** Is this entry still in force at `now`? (Anything malformed is not.) */
function live(page: DismissedPage | undefined, now: number): page is DismissedPage {
  return !!page && Array.isArray(page.claims) && typeof page.at === 'number' && now - page.at < DISMISSED_MS;
}

/** The entries still in force at `now`. */
export function liveDismissed(map: DismissedMap, now = Date.now()): DismissedMap {
  return Object.fromEntries(Object.entries(map).filter(([, page]) => live(page, now)));
}

/** Is this claim dismissed on the page at `url`? */
export function isDismissed(
  map: DismissedMap,
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  now = Date.now(),
): boolean {
  const page = map[pageKey(url)];
  return live(page, now) && page.claims.includes(claimKey(claim));
}

/** Keeps the MAX_DISMISSED_PAGES most recently changed pages (keys are in order of change). */
function capped(map: DismissedMap): DismissedMap {
  const pages = Object.keys(map);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_DISMISSED_PAGES))) delete map[old];
  return map;
}

/**
 * A copy of `map` with the claim dismissed (or restored) on the page, and
 * lapsed entries dropped; pages with nothing left are dropped too.
 */
export function withDismissed(
  map: DismissedMap,
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  dismissed: boolean,
  now = Date.now(),
): DismissedMap {
  const page = pageKey(url);
  const key = claimKey(claim);
  const next = liveDismissed(map, now);
  const rest = (next[page]?.claims ?? []).filter(k => k !== key);
  const claims = dismissed ? [...rest, key] : rest;
  // Delete first so a page written again moves to the end (object keys keep insertion order).
  delete next[page];
  if (claims.length) next[page] = { claims, at: now };
  return capped(next);
}

/**
 * Version 1 (`{ [url]: claimKey[] }`, full URLs, no dates) to version 2:
 * keys become origin + path (URLs that differ only in their query merge),
 * and each page's 90 days start now. Entries already in the new shape are
 * kept as they are; anything else is dropped.
 */
export function migrateDismissed(old: unknown, now: number): DismissedMap {
  const next: DismissedMap = {};
  if (!old || typeof old !== 'object') return next;
  for (const [url, value] of Object.entries(old as Record<string, unknown>)) {
    const entry = value as Partial<DismissedPage> | unknown[] | null;
    const claims = Array.isArray(entry) ? entry : Array.isArray(entry?.claims) ? entry.claims : [];
    const at = !Array.isArray(entry) && typeof entry?.at === 'number' ? entry.at : now;
    const keys = claims.filter((k): k is string => typeof k === 'string');
    if (!keys.length) continue;
    const page = pageKey(url);
    const seen = next[page];
    delete next[page];
    next[page] = { claims: [...new Set([...(seen?.claims ?? []), ...keys])], at: Math.max(at, seen?.at ?? 0) };
  }
  return capped(next);
}

/** Dismisses (or restores) a claim on a page, persistently. */
export async function setDismissed(
  url: string,
  claim: Pick<FoundClaim, 'claimId' | 'text'>,
  dismissed: boolean,
): Promise<void> {
  await dismissedItem.setValue(withDismissed(await dismissedItem.getValue(), url, claim, dismissed));
}

/** Removes lapsed entries from storage (the background does this when the browser starts). */
export async function pruneDismissed(now = Date.now()): Promise<void> {
  const map = await dismissedItem.getValue();
  const kept = liveDismissed(map, now);
  if (Object.keys(kept).length !== Object.keys(map).length) await dismissedItem.setValue(kept);
}
