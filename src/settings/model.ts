/**
 * The settings model: types, defaults and the pure rules that read them.
 * No WXT or browser imports, so Node tests and Playwright specs can use it;
 * `settings.ts` adds the storage item.
 */
import { EVIDENCE_LEVELS, WEAK_LEVELS, type EvidenceLevel } from '../shared/evidence-levels';

export type HighlightStyle = 'background' | 'underline';
export type ColourScheme = 'system' | 'light' | 'dark';
export type SiteMode = 'blocklist' | 'allowlist';

export interface Settings {
  /** Master switch: off pauses Gut Check everywhere. */
  enabled: boolean;
  /**
   * Levels to highlight; unmatched claims are highlighted when `unmatched` is
   * true (off by default: "not in our database" tells a reader nothing, but a
   * researcher auditing a page wants every claim).
   */
  levels: Record<EvidenceLevel, boolean>;
  unmatched: boolean;
  style: HighlightStyle;
  scheme: ColourScheme;
  /** blocklist: run everywhere but `sites`; allowlist: run only on `sites`. */
  siteMode: SiteMode;
  /** Host match patterns: `example.com`, `*.example.com`. */
  sites: string[];
  /** Educator mode: neutral highlights, guess before the verdict is shown. */
  educator: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  levels: Object.fromEntries(EVIDENCE_LEVELS.map(l => [l, true])) as Record<EvidenceLevel, boolean>,
  // Quiet pages by default: underlines, and only claims the database grades.
  unmatched: false,
  style: 'underline',
  scheme: 'system',
  siteMode: 'blocklist',
  sites: [],
  educator: false,
};

/** Does `host` match the pattern (`example.com` matches itself and `www.`; `*.example.com` any subdomain)? */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.trim().toLowerCase().replace(/^\*\./, '');
  const h = host.toLowerCase();
  if (!p) return false;
  return h === p || h.endsWith(`.${p}`);
}

/** Should Gut Check run on a page at `url` with these settings? */
export function isEnabledFor(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  const listed = settings.sites.some(p => hostMatches(host, p));
  return settings.siteMode === 'allowlist' ? listed : !listed;
}

/** "Weak claims only": are exactly the weak levels marked, and nothing else? */
export function isWeakOnly(settings: Pick<Settings, 'levels' | 'unmatched'>): boolean {
  return !settings.unmatched && EVIDENCE_LEVELS.every(l => settings.levels[l] === WEAK_LEVELS.includes(l));
}

/** Turns "weak claims only" on (mark unsupported and contradicted claims only) or off (mark every level). */
export function withWeakOnly(settings: Settings, on: boolean): Settings {
  const levels = Object.fromEntries(EVIDENCE_LEVELS.map(l => [l, !on || WEAK_LEVELS.includes(l)]));
  return { ...settings, levels: levels as Settings['levels'], unmatched: on ? false : settings.unmatched };
}
