/**
 * The background's answers to content scripts about page text and the
 * database: the engine runs here, so the eager content script never loads
 * compromise or the full index. All of these are unprivileged (any tab may
 * ask) and answer only from the sender's own text or from public data.
 */
import { browser } from 'wxt/browser';

import { claimsIndex, getEngine } from '../engine/load';
import type { Analysis } from '../engine/types';
import { onMessage } from '../messaging/messenger';
import type { EntryDetails } from '../messaging/protocol';

/** Cap per request, so one page cannot keep the worker busy with a single message. */
const MAX_BATCH_CHARS = 200_000;

const entries = new Map(claimsIndex.claims.map(c => [c.id, c]));

/** The card's details of every entry the analyses name, once each. */
function detailsOf(analyses: readonly Analysis[]): EntryDetails[] {
  const ids = new Set(analyses.flatMap(a => a.claims.map(c => c.claimId)));
  const out: EntryDetails[] = [];
  for (const id of ids) {
    const e = id == null ? undefined : entries.get(id);
    if (e) out.push({ id: e.id, summary: e.summary, citations: e.citations, reviewed: e.reviewed });
  }
  return out;
}

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
    const analyses = data.docs.map(d => engine.analyzeDocument(d));
    return { analyses, entries: detailsOf(analyses) };
  });

  // Public, page-independent facts: the popup asks too (it has no tab when opened from the toolbar).
  onMessage('getDatabase', () => {
    return { version: claimsIndex.version, date: claimsIndex.date, claims: claimsIndex.claims.length };
  });

  onMessage('openDisclaimer', async ({ sender }) => {
    fromTab(sender, 'openDisclaimer');
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#disclaimer') });
  });
}
