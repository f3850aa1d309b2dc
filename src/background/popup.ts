/**
 * The background's answers to the popup. The popup no longer bundles the
 * claims database: it asks here for the citations an export needs.
 * Extension pages only (a content script's sender URL is its page's).
 */
import { browser } from 'wxt/browser';

import { claimsIndex } from '../engine/load';
import { onMessage } from '../messaging/messenger';

/** Ids per request at most: a page's claims name far fewer entries. */
const MAX_IDS = 2000;

const byId = new Map(claimsIndex.claims.map(c => [c.id, c]));

function fromExtensionPage(sender: { id?: string; url?: string }, what: string): void {
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
    throw new Error(`${what} is for the extension's own pages`);
}

export function registerPopup(): void {
  onMessage('entryCitations', ({ data, sender }) => {
    fromExtensionPage(sender, 'entryCitations');
    if (data.ids.length > MAX_IDS) throw new Error('entryCitations: too many ids');
    return [...new Set(data.ids)].flatMap(id => {
      const e = byId.get(id);
      return e ? [{ id: e.id, citations: e.citations }] : [];
    });
  });
}
