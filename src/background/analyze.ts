/**
 * The background's answers to content scripts about page text and the
 * database: the engine runs here, so the eager content script never loads
 * compromise or the full index. All of these are unprivileged (any tab may
 * ask) and answer only from the sender's own text or from public data.
 */
import { browser } from 'wxt/browser';

import { claimsIndex, getEngine } from '../engine/load';
import { onMessage } from '../messaging/messenger';
import type { EntryDetails } from '../messaging/protocol';

/** Cap per request, so one page cannot keep the worker busy with a single message. */
const MAX_BATCH_CHARS = 200_000;

const entries = new Map(claimsIndex.claims.map(c => [c.id, c]));

function fromTab(sender: { tab?: unknown }, what: string): void {
  if (!sender.tab) throw new Error(`${what} is for content scripts`);
}

/** Registers the content-script-facing handlers. */
export function registerAnalyze(): void {
  onMessage('analyzeDocuments', ({ data, sender }) => {
    fromTab(sender, 'analyzeDocuments');
    let chars = 0;
    for (const d of data.docs) chars += d.text.length;
    if (chars > MAX_BATCH_CHARS) throw new Error('analyzeDocuments: batch too large');
    const engine = getEngine();
    return data.docs.map(d => engine.analyzeDocument(d));
  });

  onMessage('getEntry', ({ data, sender }): EntryDetails | null => {
    fromTab(sender, 'getEntry');
    const e = entries.get(data.id);
    return e
      ? { id: e.id, statement: e.statement, summary: e.summary, citations: e.citations, reviewed: e.reviewed }
      : null;
  });

  onMessage('getDatabase', ({ sender }) => {
    fromTab(sender, 'getDatabase');
    return { version: claimsIndex.version, date: claimsIndex.date, claims: claimsIndex.claims.length };
  });

  onMessage('openDisclaimer', async ({ sender }) => {
    fromTab(sender, 'openDisclaimer');
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#disclaimer') });
  });
}
