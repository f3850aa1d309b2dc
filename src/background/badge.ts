/**
 * The toolbar badge: per tab, how many claims on the page have weak evidence
 * (unsupported + contradicted), coloured by the worst level found. Content
 * scripts report their counts; the badge is empty when nothing was found or
 * Gut Check is paused there.
 */
import { browser } from 'wxt/browser';

import { onMessage } from '../messaging/messenger';
import type { LevelCounts } from '../messaging/protocol';
import { EVIDENCE_LEVELS, LEVEL } from '../shared/evidence-levels';

export interface Badge {
  text: string;
  colour: string;
}

/** What the badge shows for a page's counts (pure, for tests). */
export function badgeFor(counts: LevelCounts, paused: boolean): Badge {
  const worst = [...EVIDENCE_LEVELS].reverse().find(level => counts[level] > 0);
  const found = Object.values(counts).some(n => n > 0);
  if (paused || !found) return { text: '', colour: LEVEL.unmatched.colour };
  const weak = counts.unsupported + counts.contradicted;
  return { text: String(weak), colour: LEVEL[worst ?? 'unmatched'].colour };
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
      // Not in every browser (Chrome 110+, Firefox 63+): white text on our solids.
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ]);
  });
}
