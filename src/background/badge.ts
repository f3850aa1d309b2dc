/**
 * The toolbar badge: per tab, how many claims on the page have weak or
 * contrary evidence (unsupported + contradicted), coloured by the worst of
 * them, with a tooltip that says so in words. Content scripts report their
 * counts; the badge is empty when nothing was found, when nothing found is
 * weak (a "0" reads as a warning), or when Gut Check is paused there.
 */
import { browser } from 'wxt/browser';

import { onMessage } from '../messaging/messenger';
import type { LevelCounts } from '../messaging/protocol';
import { EVIDENCE_LEVELS, LEVEL } from '../shared/evidence-levels';

export interface Badge {
  text: string;
  colour: string;
  /** The toolbar button's tooltip. */
  title: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the badge shows for a page's counts (pure, for tests). */
export function badgeFor(counts: LevelCounts, paused: boolean): Badge {
  const found = Object.values(counts).reduce((a, b) => a + b, 0);
  const neutral = LEVEL.unmatched.colour;
  if (paused) return { text: '', colour: neutral, title: 'Gut Check: paused on this page' };
  if (!found) return { text: '', colour: neutral, title: 'Gut Check: no gut-health claims found on this page' };
  const weak = counts.unsupported + counts.contradicted;
  if (!weak)
    return {
      text: '',
      colour: neutral,
      title: `Gut Check: ${plural(found, 'claim', 'claims')} found, none with weak or contrary evidence`,
    };
  const worst = [...EVIDENCE_LEVELS].reverse().find(level => counts[level] > 0) ?? 'unsupported';
  return {
    text: String(weak),
    colour: LEVEL[worst].colour,
    title: `Gut Check: ${plural(weak, 'claim', 'claims')} with weak or contrary evidence (of ${found} found)`,
  };
}

/** Listens for `reportCounts` from content scripts and paints that tab's badge. */
export function registerBadge(): void {
  onMessage('reportCounts', async ({ data, sender }) => {
    // Only a content script in a real tab may set that tab's badge.
    const tabId = sender.tab?.id;
    if (tabId == null || sender.id !== browser.runtime.id) throw new Error('reportCounts is for content scripts');
    // Reports from iframes would overwrite the page's own counts.
    if (sender.frameId != null && sender.frameId !== 0) return;
    const badge = badgeFor(data.counts, data.paused);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
      browser.action.setTitle({ tabId, title: badge.title }),
      // Not in every browser (Chrome 110+, Firefox 63+): white text on our solids.
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  });
}
