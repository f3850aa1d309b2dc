import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, isEnabledFor } from '../../settings/settings';
import { hostOf, sitePause, withSitePaused } from './site-control';

describe('site control', () => {
  it('reads the host of a URL', () => {
    expect(hostOf('https://blog.example/a?b')).toBe('blog.example');
    expect(hostOf('about:blank')).toBeUndefined();
    expect(hostOf('nonsense')).toBeUndefined();
  });

  it('pauses and resumes a site in blocklist mode', () => {
    const paused = withSitePaused(DEFAULT_SETTINGS, 'blog.example', true);
    expect(paused.sites).toEqual(['blog.example']);
    expect(sitePause(paused, 'blog.example')).toEqual({ everywhere: false, site: true });
    expect(isEnabledFor(paused, 'https://blog.example/x')).toBe(false);
    const resumed = withSitePaused({ ...paused, sites: ['*.example', 'other.org'] }, 'blog.example', false);
    expect(resumed.sites).toEqual(['other.org']);
  });

  it('pauses and resumes a site in allowlist mode', () => {
    const allow = { ...DEFAULT_SETTINGS, siteMode: 'allowlist' as const, sites: ['blog.example'] };
    expect(sitePause(allow, 'blog.example').site).toBe(false);
    const paused = withSitePaused(allow, 'blog.example', true);
    expect(paused.sites).toEqual([]);
    expect(isEnabledFor(paused, 'https://blog.example/')).toBe(false);
    expect(withSitePaused(paused, 'blog.example', false).sites).toEqual(['blog.example']);
  });

  it('reports the master switch as paused everywhere', () => {
    expect(sitePause({ ...DEFAULT_SETTINGS, enabled: false }, 'a.example').everywhere).toBe(true);
  });
});
