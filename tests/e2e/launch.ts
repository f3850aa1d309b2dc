/**
 * Launching Chromium with the built extension, shared by the Playwright
 * fixtures, the demo and the browser benchmark (no test-runner imports here).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

import type { PopupToContent } from '../../src/messaging/protocol';
import { OPEN_SHADOW_ROOT_KEY } from './test-flags';

export { OPEN_SHADOW_ROOT_KEY };

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: { headless?: boolean; keepWelcome?: boolean; openShadowRoot?: boolean } = {},
): Promise<{ context: BrowserContext; profile: string; welcome: boolean }> {
  const profile = mkdtempSync(join(tmpdir(), 'gutcheck-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
    viewport: { width: 1200, height: 900 },
  });
  // A fresh profile installs the extension, which opens its welcome page:
  // wait for it and close it, so every test starts from the same tabs.
  const welcome = await welcomePage(context);
  if (welcome && !options.keepWelcome) await welcome.close();
  if (options.openShadowRoot ?? true) {
    const sw = await serviceWorkerOf(context);
    await sw.evaluate(key => chrome.storage.local.set({ [key]: true }), OPEN_SHADOW_ROOT_KEY);
  }
  return { context, profile, welcome: !!welcome };
}

/** The welcome tab the extension opens on install (undefined if none came within `timeoutMs`). */
async function welcomePage(context: BrowserContext, timeoutMs = 20_000): Promise<Page | undefined> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const page = context.pages().find(p => p.url().endsWith('/welcome.html'));
    if (page) return page;
    if (Date.now() > end) return undefined;
    await new Promise(r => setTimeout(r, 100));
  }
}

/**
 * The extension's service worker. Polls as well as waiting for the event:
 * on a loaded machine the worker can register between the two checks, and
 * the event would then never come.
 */
export async function serviceWorkerOf(context: BrowserContext, timeoutMs = 45_000): Promise<Worker> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const sw = context.serviceWorkers()[0];
    if (sw) return sw;
    if (Date.now() > end) throw new Error('the extension service worker did not start');
    await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
}

/** Polls `check` until it returns true (or throws after `timeoutMs`). */
export async function expectEventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise(r => setTimeout(r, 100));
  }
}

/**
 * Tab id of the tab showing `url`. Without the "tabs" permission (we do not
 * ask for it) tabs.query hides URLs, so this asks every tab's content script
 * for its URL; it therefore also waits until the content script is up.
 */
export async function findTabId(sw: Worker, url: string, timeoutMs = 10_000): Promise<number> {
  let found: number | undefined;
  await expectEventually(async () => {
    found = await sw.evaluate(async u => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id == null) continue;
        try {
          const reply = (await chrome.tabs.sendMessage(tab.id, { id: 0, type: 'ping', timestamp: Date.now() })) as
            { res?: { url?: string } } | undefined;
          if (reply?.res?.url === u) return tab.id;
        } catch {
          // no content script in that tab
        }
      }
      return undefined;
    }, url);
    return found != null;
  }, timeoutMs);
  return found!;
}

/**
 * Sends a typed protocol message to a tab's content script, as the popup
 * would, through the service worker, and returns the reply.
 */
export async function messageTab<K extends keyof PopupToContent>(
  sw: Worker,
  tabId: number,
  type: K,
  ...data: Parameters<PopupToContent[K]>
): Promise<ReturnType<PopupToContent[K]>> {
  const reply = (await sw.evaluate(async ([id, message]) => chrome.tabs.sendMessage(id, message), [
    tabId,
    { id: 0, type, data: data[0], timestamp: Date.now() },
  ] as const)) as { res?: unknown; err?: { message?: string } } | undefined;
  if (!reply || reply.err) throw new Error(`${String(type)} failed: ${reply?.err?.message ?? 'no reply'}`);
  return reply.res as ReturnType<PopupToContent[K]>;
}
