import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  claimKey,
  dismissedItem,
  isDismissed,
  MAX_DISMISSED_PAGES,
  pageKey,
  setDismissed,
  withDismissed,
} from './dismissed';

const A = { claimId: 'probiotics-heal-leaky-gut', text: 'Probiotics heal leaky gut' };
const B = { claimId: null, text: 'Kefir cures bloating' };

describe('dismissed claims', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys pages without their fragment and unmatched claims by text', () => {
    expect(pageKey('https://a.example/p?q=1#s2')).toBe('https://a.example/p?q=1');
    expect(claimKey(A)).toBe('probiotics-heal-leaky-gut');
    expect(claimKey(B)).toBe('text:Kefir cures bloating');
  });

  it('adds, restores and drops empty pages', () => {
    let map = withDismissed({}, 'https://a.example/p', A, true);
    map = withDismissed(map, 'https://a.example/p#x', B, true);
    expect(isDismissed(map, 'https://a.example/p', A)).toBe(true);
    expect(isDismissed(map, 'https://a.example/p', B)).toBe(true);
    expect(isDismissed(map, 'https://a.example/other', A)).toBe(false);
    map = withDismissed(withDismissed(map, 'https://a.example/p', A, false), 'https://a.example/p', B, false);
    expect(map).toEqual({});
  });

  it('does not duplicate a key dismissed twice', () => {
    const map = withDismissed(withDismissed({}, 'u', A, true), 'u', A, true);
    expect(map).toEqual({ u: [A.claimId] });
  });

  it('forgets the least recently changed pages beyond the cap', () => {
    let map = {};
    for (let i = 0; i <= MAX_DISMISSED_PAGES; i++) map = withDismissed(map, `u${i}`, A, true);
    expect(Object.keys(map)).toHaveLength(MAX_DISMISSED_PAGES);
    expect(map).not.toHaveProperty('u0');
    map = withDismissed(map, 'u1', B, true);
    map = withDismissed(map, 'new', A, true);
    expect(map).toHaveProperty('u1');
    expect(map).not.toHaveProperty('u2');
  });

  it('persists in local storage', async () => {
    await setDismissed('https://a.example/p', A, true);
    expect(await dismissedItem.getValue()).toEqual({ 'https://a.example/p': [A.claimId] });
    expect(await fakeBrowser.storage.local.get('dismissed')).toEqual({
      dismissed: { 'https://a.example/p': [A.claimId] },
    });
  });
});
