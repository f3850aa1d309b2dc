import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, hostMatches, isEnabledFor, isWeakOnly, withWeakOnly } from './model';

describe('hostMatches', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['www.example.com', 'example.com', true],
    ['a.b.example.com', '*.example.com', true],
    ['notexample.com', 'example.com', false],
    ['example.com.evil.org', 'example.com', false],
    ['example.com', '', false],
  ])('%s ~ %s → %s', (host, pattern, want) => {
    expect(hostMatches(host, pattern)).toBe(want);
  });
});

describe('isEnabledFor', () => {
  it('runs everywhere by default and nowhere when switched off', () => {
    expect(isEnabledFor(DEFAULT_SETTINGS, 'https://news.example/a')).toBe(true);
    expect(isEnabledFor({ ...DEFAULT_SETTINGS, enabled: false }, 'https://news.example/a')).toBe(false);
  });
  it('honours blocklist and allowlist modes', () => {
    const sites = ['blog.example'];
    expect(isEnabledFor({ ...DEFAULT_SETTINGS, sites }, 'https://blog.example/x')).toBe(false);
    expect(isEnabledFor({ ...DEFAULT_SETTINGS, sites, siteMode: 'allowlist' }, 'https://blog.example/x')).toBe(true);
    expect(isEnabledFor({ ...DEFAULT_SETTINGS, sites, siteMode: 'allowlist' }, 'https://other.example/x')).toBe(false);
  });
  it('treats unparsable URLs as off', () => {
    expect(isEnabledFor(DEFAULT_SETTINGS, 'not a url')).toBe(false);
  });
});

describe('weak claims only', () => {
  it('is off by default, and quiet defaults mark every level with underlines but not unmatched claims', () => {
    expect(isWeakOnly(DEFAULT_SETTINGS)).toBe(false);
    expect(DEFAULT_SETTINGS.style).toBe('underline');
    expect(DEFAULT_SETTINGS.unmatched).toBe(false);
  });
  it('marks unsupported and contradicted claims only, and turns back to every level', () => {
    const on = withWeakOnly({ ...DEFAULT_SETTINGS, unmatched: true }, true);
    expect(on.levels).toEqual({
      strong: false,
      moderate: false,
      limited: false,
      unsupported: true,
      contradicted: true,
    });
    expect(on.unmatched).toBe(false);
    expect(isWeakOnly(on)).toBe(true);
    const off = withWeakOnly(on, false);
    expect(Object.values(off.levels).every(Boolean)).toBe(true);
    expect(isWeakOnly(off)).toBe(false);
  });
  it('is not on when unmatched claims are marked too', () => {
    expect(isWeakOnly({ ...withWeakOnly(DEFAULT_SETTINGS, true), unmatched: true })).toBe(false);
  });
});
