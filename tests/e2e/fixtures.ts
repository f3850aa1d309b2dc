/**
 * Playwright fixtures: Chromium with the built extension loaded in a fresh
 * profile, a fixture server on 127.0.0.1, the extension id, helpers to find a
 * page's tab id, message its content script and open the popup for it, and a
 * log of every console error and uncaught exception on pages and extension
 * pages (tests assert it stays empty) and of every request that left the
 * machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';

import type { PopupToContent } from '../../src/messaging/protocol';
import { startFixtureServer, type FixtureServer } from './server';

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
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'gutcheck-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
    viewport: { width: 1200, height: 900 },
  });
  return { context, profile };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
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

/** A problem seen on a page or extension page during the test. */
export interface LoggedProblem {
  where: string;
  text: string;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Console errors and uncaught exceptions, on pages and extension pages. */
  problems: LoggedProblem[];
  /** Requests to anything but the fixture server and the extension itself. */
  externalRequests: string[];
  /** Tab id of a page (waits for its content script). */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens `popup.html?tabId=N` for the given page in a new tab. */
  openPopup: (page: Page) => Promise<Page>;
  /** Waits until the content script answers in the page's tab. */
  waitForContentScript: (page: Page) => Promise<void>;
  /** Sends a typed protocol message to the page's content script (as the popup would) and returns the reply. */
  sendToTab: <K extends keyof PopupToContent>(
    page: Page,
    type: K,
    ...data: Parameters<PopupToContent[K]>
  ) => Promise<ReturnType<PopupToContent[K]>>;
}

interface WorkerFixtures {
  fixtureServer: FixtureServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  fixtureServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  problems: async ({}, use) => {
    await use([]);
  },

  // eslint-disable-next-line no-empty-pattern
  externalRequests: async ({}, use) => {
    await use([]);
  },

  context: async ({ problems, externalRequests, fixtureServer }, use) => {
    const { context, profile } = await launchWithExtension();
    const watch = (page: Page) => {
      const where = () => page.url();
      page.on('console', msg => {
        if (msg.type() === 'error') problems.push({ where: where(), text: msg.text() });
      });
      page.on('pageerror', err => problems.push({ where: where(), text: String(err) }));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    context.on('request', req => {
      const url = req.url();
      if (url.startsWith(fixtureServer.origin) || /^(chrome-extension|data|blob|about|chrome):/.test(url)) return;
      externalRequests.push(url);
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  tabIdOf: async ({ serviceWorker }, use) => {
    await use(page => findTabId(serviceWorker, page.url()));
  },

  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async page => {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
  },

  waitForContentScript: async ({ tabIdOf }, use) => {
    await use(async page => {
      await tabIdOf(page);
    });
  },

  sendToTab: async ({ serviceWorker, tabIdOf }, use) => {
    await use(async (page, type, ...data) => {
      const tabId = await tabIdOf(page);
      const reply = (await serviceWorker.evaluate(async ([id, message]) => chrome.tabs.sendMessage(id, message), [
        tabId,
        { id: 0, type, data: data[0], timestamp: Date.now() },
      ] as const)) as { res?: unknown; err?: { message?: string } } | undefined;
      if (!reply || reply.err) throw new Error(`${String(type)} failed: ${reply?.err?.message ?? 'no reply'}`);
      return reply.res as never;
    });
  },
});

export { expect } from '@playwright/test';
