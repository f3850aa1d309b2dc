import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  claimKey,
  DISMISSED_DAYS,
  dismissedItem,
  isDismissed,
  liveDismissed,
  MAX_DISMISSED_PAGES,
  migrateDismissed,
  pageKey,
  pruneDismissed,
  setDismissed,
  withDismissed,
  type DismissedMap,
} from './dismissed';

const A = { claimId: 'probiotics-heal-leaky-gut', text: 'Probiotics heal leaky gut' };
const B = { claimId: null, text: 'Kefir cures bloating' };
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 3);

describe('dismissed claims', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys pages by origin and path: no query string, fragment or credentials', () => {
    expect(pageKey('https://a.example/p?q=1#s2')).toBe('https://a.example/p');
    expect(pageKey('https://a.example/p?session=abc&search=ibs')).toBe('https://a.example/p');
    expect(pageKey('https://me:secret@a.example:8443/p/?x#y')).toBe('https://a.example:8443/p/');
    expect(pageKey('file:///home/me/notes.html?x')).toBe('file:///home/me/notes.html');
    expect(pageKey('not a url?q=1#f')).toBe('not a url');
    expect(claimKey(A)).toBe('probiotics-heal-leaky-gut');
    expect(claimKey(B)).toBe('text:Kefir cures bloating');
  });

  it('adds, restores and drops empty pages; a query string or fragment is the same page', () => {
    let map = withDismissed({}, 'https://a.example/p?utm=1', A, true, NOW);
    map = withDismissed(map, 'https://a.example/p#x', B, true, NOW);
    expect(map).toEqual({ 'https://a.example/p': { claims: [A.claimId, `text:${B.text}`], at: NOW } });
    expect(isDismissed(map, 'https://a.example/p?other=2', A, NOW)).toBe(true);
    expect(isDismissed(map, 'https://a.example/p', B, NOW)).toBe(true);
    expect(isDismissed(map, 'https://a.example/other', A, NOW)).toBe(false);
    map = withDismissed(withDismissed(map, 'https://a.example/p', A, false, NOW), 'https://a.example/p', B, false, NOW);
    expect(map).toEqual({});
  });

  it(`lapses ${DISMISSED_DAYS} days after the page was last changed, and lapsed pages are dropped on the next write`, () => {
    let map = withDismissed({}, 'https://a.example/old', A, true, NOW);
    map = withDismissed(map, 'https://a.example/new', A, true, NOW + 60 * DAY);
    const later = NOW + DISMISSED_DAYS * DAY;
    expect(isDismissed(map, 'https://a.example/old', A, later - 1)).toBe(true);
    expect(isDismissed(map, 'https://a.example/old', A, later)).toBe(false);
    expect(isDismissed(map, 'https://a.example/new', A, later)).toBe(true);
    expect(Object.keys(liveDismissed(map, later))).toEqual(['https://a.example/new']);
    // Changing a page restarts its clock; writing anything drops what lapsed.
    map = withDismissed(map, 'https://a.example/new', B, true, later);
    expect(map).toEqual({ 'https://a.example/new': { claims: [A.claimId, `text:${B.text}`], at: later } });
  });

  it('ignores malformed entries instead of throwing', () => {
    const bad = { 'https://a.example/p': ['x'], 'https://b.example/p': { claims: 'x' } } as unknown as DismissedMap;
    expect(isDismissed(bad, 'https://a.example/p', { claimId: 'x', text: '' }, NOW)).toBe(false);
    expect(liveDismissed(bad, NOW)).toEqual({});
  });

  it('does not duplicate a key dismissed twice', () => {
    const map = withDismissed(
      withDismissed({}, 'https://u.example/', A, true, NOW),
      'https://u.example/',
      A,
      true,
      NOW,
    );
    expect(map).toEqual({ 'https://u.example/': { claims: [A.claimId], at: NOW } });
  });

  it('forgets the least recently changed pages beyond the cap', () => {
    let map = {};
    for (let i = 0; i <= MAX_DISMISSED_PAGES; i++) map = withDismissed(map, `https://u${i}.example/`, A, true, NOW);
    expect(Object.keys(map)).toHaveLength(MAX_DISMISSED_PAGES);
    expect(map).not.toHaveProperty(['https://u0.example/']);
    map = withDismissed(map, 'https://u1.example/', B, true, NOW);
    map = withDismissed(map, 'https://new.example/', A, true, NOW);
    expect(map).toHaveProperty(['https://u1.example/']);
    expect(map).not.toHaveProperty(['https://u2.example/']);
  });

  it('migrates version 1 (full URLs, no dates): query strings merged away, the clock starting now', () => {
    const v1 = {
      'https://a.example/p?session=1': ['x'],
      'https://a.example/p?session=2#top': ['y', 'x'],
      'https://b.example/q': ['text:Kefir cures bloating'],
      'https://c.example/empty': [],
      'https://d.example/junk': 'nonsense',
    };
    expect(migrateDismissed(v1, NOW)).toEqual({
      'https://a.example/p': { claims: ['x', 'y'], at: NOW },
      'https://b.example/q': { claims: ['text:Kefir cures bloating'], at: NOW },
    });
    // Already version 2: kept as it is.
    const v2 = { 'https://a.example/p': { claims: ['x'], at: NOW - DAY } };
    expect(migrateDismissed(v2, NOW)).toEqual(v2);
    expect(migrateDismissed(null, NOW)).toEqual({});
  });

  it('migrates what an earlier version stored, once, in local storage', async () => {
    await fakeBrowser.storage.local.set({ dismissed: { 'https://a.example/p?q=1': ['x'] } });
    await dismissedItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['dismissed', 'dismissed$']);
    expect(stored['dismissed$']).toEqual({ v: 2 });
    expect(stored.dismissed).toEqual({ 'https://a.example/p': { claims: ['x'], at: expect.any(Number) } });
  });

  it('persists in local storage, and lapsed pages are pruned', async () => {
    await setDismissed('https://a.example/p?q=1', A, true);
    expect(await fakeBrowser.storage.local.get('dismissed')).toEqual({
      dismissed: { 'https://a.example/p': { claims: [A.claimId], at: expect.any(Number) } },
    });
    await pruneDismissed(Date.now() + DISMISSED_DAYS * DAY);
    expect(await dismissedItem.getValue()).toEqual({});
  });
});
