/**
 * The one typed messenger all extension parts use. Backed by
 * @webext-core/messaging, so every send and listener is checked against
 * `ProtocolMap` at compile time.
 */
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';

import type { ProtocolMap } from './protocol';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** No content script answered in the tab: a browser page, a blocked site, or a page reloading. */
export class TabUnreachableError extends Error {
  constructor(
    readonly tabId: number,
    options?: ErrorOptions,
  ) {
    super(`No Gut Check content script answers in tab ${tabId}`, options);
    this.name = 'TabUnreachableError';
  }
}

let nextId = 1;

/** What the library's listener answers: `{ res }`, or `{ err }` when it threw. */
type Reply = { res?: unknown; err?: { name?: string; message?: string } } | undefined;

/**
 * `sendMessage(type, data, tabId)` that reads `runtime.lastError`. The library sends to a tab with a
 * callback that never reads `runtime.lastError`, so when nothing listens there (a tab reloading
 * between two messages is enough) Chrome logs "Unchecked runtime.lastError" and the caller gets
 * a bare "No response". Here that case rejects with `TabUnreachableError` and nothing is logged.
 * The message is the library's wire format, so its listeners answer it as their own.
 */
export async function sendToTab<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
  tabId: number,
): Promise<GetReturnType<ProtocolMap[K]>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  // The callback API, as the library's own runtime sends use it: this layer names no browser
  // wrapper, and reading `lastError` in the callback is what keeps Chrome quiet.
  const reply = await new Promise<Reply>((resolve, reject) =>
    chrome.tabs.sendMessage(tabId, message, response => {
      const failed = chrome.runtime.lastError;
      if (failed) reject(new TabUnreachableError(tabId, { cause: new Error(failed.message) }));
      else resolve(response as Reply);
    }),
  );
  if (reply == null) throw new TabUnreachableError(tabId);
  if (reply.err != null) {
    // The listener threw: the library sends the error as a plain object.
    const error = new Error(reply.err.message ?? 'The content script failed');
    error.name = reply.err.name ?? 'Error';
    throw error;
  }
  return reply.res as GetReturnType<ProtocolMap[K]>;
}
