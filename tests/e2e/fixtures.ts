/**
 * Playwright fixtures: Chromium with the built extension loaded in a fresh
 * profile, a fixture server on 127.0.0.1, the extension id, helpers to find a
 * page's tab id, message its content script and open the popup for it, and a
 * log of every console error and uncaught exception on pages and extension
 * pages (tests assert it stays empty) and of every request that left the
 * machine.
 */
import { rmSync } from 'node:fs';

import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';

import type { PopupToContent } from '../../src/messaging/protocol';
import { findTabId, launchWithExtension, messageTab, serviceWorkerOf } from './launch';
import { startFixtureServer, type FixtureServer } from './server';

export {
  CHROMIUM_ARGS,
  EXTENSION_DIR,
  expectEventually,
  findTabId,
  launchWithExtension,
  messageTab,
  OPEN_SHADOW_ROOT_KEY,
  serviceWorkerOf,
} from './launch';

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
    await use(async (page, type, ...data) => messageTab(serviceWorker, await tabIdOf(page), type, ...data));
  },
});

export { expect } from '@playwright/test';
