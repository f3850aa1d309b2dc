/** The real `PageSummarySource`: typed messages to the tab, WXT storage items and the downloads API. */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { storage } from '#imports';
import { browser } from 'wxt/browser';

import { onMessage, sendMessage, sendToTab, TabUnreachableError } from '../../messaging/messenger';
import type { ProtocolMap } from '../../messaging/protocol';
import { dismissedItem, withDismissed } from '../../settings/dismissed';
import { settingsItem } from '../../settings/settings';
import { getShortcuts, openShortcutsPage } from '../shared/shortcuts';
import { UnreachablePageError, type PageSummarySource } from './source';

/** `?tabId=N` (tests, or a popup opened in a tab) wins; otherwise the active tab of this window. */
export async function resolveTabId(search = location.search): Promise<number | undefined> {
  const param = tabParam(search);
  if (param != null) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function tabParam(search: string): number | undefined {
  const param = new URLSearchParams(search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : undefined;
}

/**
 * The claim last visited from the popup, per tab, for this browser session
 * only (storage.session: gone when the browser closes, never synced).
 */
const visitedItem = storage.defineItem<Record<string, number>>('session:popupVisited', { fallback: {} });

export function createConnector(tabId: number | undefined): PageSummarySource {
  // One message, no separate probe: a page that reloads between a probe and the message
  // would turn a reachable page into an unreadable one.
  const toTab = <K extends keyof ProtocolMap>(
    type: K,
    data: GetDataType<ProtocolMap[K]>,
  ): Promise<GetReturnType<ProtocolMap[K]>> =>
    tabId == null
      ? Promise.reject(new UnreachablePageError())
      : sendToTab(type, data, tabId).catch((error: unknown) => {
          throw error instanceof TabUnreachableError ? new UnreachablePageError() : error;
        });
  return {
    getReport: options => toTab('getReport', options),
    watchReport: cb =>
      onMessage('reportChanged', ({ sender }) => {
        // Only this popup's tab, and its top frame (frames report their own pages).
        if (tabId != null && sender.tab?.id === tabId && !sender.frameId) cb();
      }),
    databaseInfo: () => sendMessage('getDatabase', undefined),
    entryCitations: ids => sendMessage('entryCitations', { ids }),
    focusClaim: index => toTab('focusClaim', { index }),
    toPage: index => {
      if (tabId == null) return;
      void visitedItem
        .getValue()
        .then(map => visitedItem.setValue({ ...map, [tabId]: index }))
        .finally(() => {
          // A popup shown in a tab (tests, or opened by hand) is not closed.
          if (tabParam(location.search) == null) window.close();
        });
    },
    lastVisited: async () => (tabId == null ? undefined : (await visitedItem.getValue())[tabId]),
    resetGuesses: () => toTab('resetGuesses', undefined),
    getSettings: () => settingsItem.getValue(),
    setSettings: settings => settingsItem.setValue(settings),
    watchSettings: cb => settingsItem.watch(next => cb(next)),
    getDismissed: () => dismissedItem.getValue(),
    setDismissed: async (url, claim, dismissed) => {
      const next = withDismissed(await dismissedItem.getValue(), url, claim, dismissed);
      await dismissedItem.setValue(next);
      return next;
    },
    download: async ({ filename, mime, content }) => {
      // A blob URL (not data:) because Firefox refuses data: URLs here.
      const url = URL.createObjectURL(new Blob([content], { type: mime }));
      try {
        await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
      } finally {
        // The download has read the blob once it has started.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    },
    version: () => browser.runtime.getManifest().version,
    openOptions: () => void browser.runtime.openOptionsPage(),
    openGuide: () => void browser.tabs.create({ url: browser.runtime.getURL('/guide.html') }),
    shortcuts: getShortcuts,
    openShortcutSettings: openShortcutsPage,
  };
}
