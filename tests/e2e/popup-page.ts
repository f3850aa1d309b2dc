/**
 * Page object for the popup in browser tests: opens `popup.html?tabId=N`
 * (optionally recording downloads first) and reads what it lists.
 */
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

export interface RecordedDownload {
  filename: string;
  content: string;
}

/**
 * Opens the popup for `tabId` in a new tab. With `recordDownloads`,
 * `chrome.downloads.download` is wrapped before the popup's scripts run, so
 * tests can read each file's content (the real call still happens).
 */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  options: { recordDownloads?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const popup = await context.newPage();
  if (options.colorScheme) await popup.emulateMedia({ colorScheme: options.colorScheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  if (options.recordDownloads) {
    await popup.addInitScript(() => {
      const w = window as unknown as { __downloads: RecordedDownload[] };
      w.__downloads = [];
      const original = chrome.downloads.download.bind(chrome.downloads);
      chrome.downloads.download = ((opts: chrome.downloads.DownloadOptions, ...rest: unknown[]) => {
        const record = { filename: opts.filename ?? '', content: '' };
        w.__downloads.push(record);
        const read = fetch(opts.url).then(r => r.text());
        return read.then(text => {
          record.content = text;
          return (original as (...a: unknown[]) => unknown)(opts, ...rest);
        });
      }) as typeof chrome.downloads.download;
    });
  }
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Files the popup has saved so far (needs `recordDownloads`). */
export async function recordedDownloads(popup: Page): Promise<RecordedDownload[]> {
  return popup.evaluate(() => (window as unknown as { __downloads: RecordedDownload[] }).__downloads);
}

/** The listed claims' data attributes, in list order (`index` is the claim's place in the page's report). */
export async function listedClaims(popup: Page): Promise<{ index: number; claimId: string; evidence: string }[]> {
  return popup.locator('main .claim-groups > .claim-group .claim').evaluateAll(items =>
    items.map(li => ({
      index: Number((li as HTMLElement).dataset.index ?? NaN),
      claimId: (li as HTMLElement).dataset.claimId ?? 'MISSING',
      evidence: (li as HTMLElement).dataset.evidence ?? 'MISSING',
    })),
  );
}

/** The list item of the page's claim `index`. */
export function claimItem(popup: Page, index: number): Locator {
  return popup.locator(`main .claim[data-index="${index}"]`);
}

/** The status panel (loading, empty, paused…), if one shows. */
export function status(popup: Page): Locator {
  return popup.locator('main .status');
}

/** A tab the content script never runs in (a browser page), made from the service worker. */
export async function browserPageTab(sw: Worker, url = 'chrome://version/'): Promise<number> {
  return sw.evaluate(async u => (await chrome.tabs.create({ url: u, active: false })).id!, url);
}
