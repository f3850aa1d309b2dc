/** Pausing on one site or everywhere, expressed as settings changes (pure). */
import { hostMatches, type Settings } from '../../settings/settings';

export interface SitePause {
  /** Paused everywhere (the master switch is off). */
  everywhere: boolean;
  /** Paused on this host by the site list (whatever the master switch says). */
  site: boolean;
}

/** The host of a page URL, or undefined for URLs without one. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

export function sitePause(settings: Settings, host: string): SitePause {
  const listed = settings.sites.some(p => hostMatches(host, p));
  return { everywhere: !settings.enabled, site: settings.siteMode === 'allowlist' ? !listed : listed };
}

/**
 * Settings with Gut Check paused (or resumed) on `host`. In blocklist mode
 * pausing lists the host; in allowlist mode it unlists it. Resuming removes
 * every pattern that matches the host, since any one of them would keep it paused.
 */
export function withSitePaused(settings: Settings, host: string, paused: boolean): Settings {
  const others = settings.sites.filter(p => !hostMatches(host, p));
  const list = (settings.siteMode === 'blocklist') === paused;
  return { ...settings, sites: list ? [...others, host] : others };
}
