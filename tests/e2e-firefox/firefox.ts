/**
 * Firefox with the built extension, driven over WebDriver BiDi by
 * puppeteer-core (Playwright cannot drive Debian's firefox-esr). Each
 * session gets a fresh profile, the fixture server, and a recording proxy
 * that every request not bound for 127.0.0.1 goes through, so a request
 * from any part of the extension (page, content script, background, popup)
 * is seen, not only those of pages we watch.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import type { BackgroundToContent, PageReport, PopupToContent } from '../../src/messaging/protocol';
import { startFixtureServer, type FixtureServer } from '../e2e/server';
import { OPEN_SHADOW_ROOT_KEY } from '../e2e/test-flags';

/** What a content script answers: the popup's messages and the background's (keyboard commands). */
type ToContent = PopupToContent & BackgroundToContent;

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The gecko id from wxt.config.ts, and a fixed internal UUID so extension URLs are known in advance. */
const EXTENSION_ID = 'gut-check@gutcheck.dev';
const EXTENSION_UUID = '6b7f3a52-1c0e-4d8a-9f5e-2a4b6c8d0e1f';

/**
 * Where puppeteer's default profile points Firefox's own services (remote
 * settings, health report…): requests there are the browser's, not ours.
 */
const BROWSER_SINK = 'dummy.test';

export interface LoggedProblem {
  where: string;
  text: string;
}

export interface FirefoxSession {
  browser: Browser;
  fixtures: FixtureServer;
  /** `moz-extension://<uuid>` */
  base: string;
  /** The extension opened its welcome page on install (closed again before the tests). */
  welcomeOpened: boolean;
  /** Requests that tried to leave the machine (host and path), from any part of the browser but its own services. */
  externalRequests: string[];
  /** Console errors and uncaught exceptions on every page this session opened. */
  problems: LoggedProblem[];
  /** A new tab on an http(s) URL. */
  openPage(url: string): Promise<Page>;
  /** A new tab on one of the extension's pages (`/popup.html?tabId=3`). */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of a page, found by asking each tab's content script for its URL (waits until it answers). */
  tabIdOf(page: Page): Promise<number>;
  /** Sends a typed message to a page's content script, as the popup (or, for `runCommand`, the background) does. */
  sendToTab<K extends keyof ToContent>(
    page: Page,
    type: K,
    ...data: Parameters<ToContent[K]>
  ): Promise<ReturnType<ToContent[K]>>;
  /** The extension's keyboard commands and the keys Firefox bound them to. */
  commands(): Promise<{ name: string; shortcut: string }[]>;
  /** Reads this browser session's `storage.session` item (educator guesses live there). */
  sessionItem(key: string): Promise<unknown>;
  /** Writes part of the settings item, as the options page does. */
  setSettings(patch: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** A proxy that answers 403 to everything and remembers what was asked. */
async function startRecordingProxy(log: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const host = new URL(req.url ?? '', 'http://unknown').hostname;
    if (host !== BROWSER_SINK) log.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    if (!req.url?.startsWith(`${BROWSER_SINK}:`)) log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  return server;
}

async function poll<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX_PATH))
    throw new Error(`Firefox not found at ${FIREFOX_PATH}: install firefox-esr or set FIREFOX_PATH`);
  if (!existsSync(`${extensionDir}/manifest.json`))
    throw new Error(`${extensionDir} is not built: run npm run build:firefox`);
  const externalRequests: string[] = [];
  const problems: LoggedProblem[] = [];
  const proxy = await startRecordingProxy(externalRequests);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const fixtures = await startFixtureServer();

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // BiDi refuses to navigate to moz-extension: URLs unless the client may
    // reach privileged pages (Firefox's remote agent, `isWebdriverSafeNavigationURL`).
    args: ['--remote-allow-system-access'],
    env: {
      ...process.env,
      // Lets the profile send remote settings to the sink instead of Mozilla's servers.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
    },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      // Everything but loopback goes through the recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  let installed: string;
  try {
    installed = await browser.installExtension(extensionDir);
  } catch (err) {
    await browser.close();
    throw err;
  }
  if (installed !== EXTENSION_ID) throw new Error(`installed ${installed}, expected ${EXTENSION_ID}`);
  const base = `moz-extension://${EXTENSION_UUID}`;

  const watch = (page: Page) => {
    page.on('console', msg => {
      if (msg.type() === 'error') problems.push({ where: page.url(), text: msg.text() });
    });
    page.on('pageerror', err => problems.push({ where: page.url(), text: String(err) }));
  };

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    watch(page);
    const url = `${base}${path}`;
    // The load moves the tab to the extension process, which puppeteer sees as
    // its frame detaching: the navigation happens, its promise fails. Wait for the page instead.
    page.goto(url).catch(() => undefined);
    await poll(
      () => page.evaluate(u => (location.href === u && document.readyState === 'complete') || undefined, url),
      url,
    );
    return page;
  };

  // The install opens the welcome page: note it, and close it so tests start from known tabs.
  let welcomeOpened = false;
  const welcomeEnd = Date.now() + 15_000;
  while (!welcomeOpened && Date.now() < welcomeEnd) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === `${base}/welcome.html`) {
        welcomeOpened = true;
        await page.close();
      }
    }
    if (!welcomeOpened) await new Promise(r => setTimeout(r, 100));
  }

  // One extension page stays open to reach the tabs API (Firefox has no service worker here to evaluate in).
  let helper: Page | undefined;
  const extensionHelper = async () => (helper ??= await openExtensionPage('/guide.html'));

  const tabIdOf = async (page: Page): Promise<number> => {
    const h = await extensionHelper();
    const url = page.url();
    return poll(
      () =>
        h.evaluate(async u => {
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
        }, url),
      `the content script in ${url}`,
    );
  };

  // The card's shadow root open, so the tests can look inside it (see OPEN_SHADOW_ROOT_KEY).
  await (await extensionHelper()).evaluate(key => chrome.storage.local.set({ [key]: true }), OPEN_SHADOW_ROOT_KEY);

  const sendToTab: FirefoxSession['sendToTab'] = async (page, type, ...data) => {
    const tabId = await tabIdOf(page);
    const h = await extensionHelper();
    const reply = (await h.evaluate(async (id, message) => chrome.tabs.sendMessage(id, message), tabId, {
      id: 0,
      type,
      data: data[0],
      timestamp: Date.now(),
    })) as { res?: unknown; err?: { message?: string } } | undefined;
    if (!reply || reply.err) throw new Error(`${String(type)} failed: ${reply?.err?.message ?? 'no reply'}`);
    return reply.res as never;
  };

  return {
    browser,
    fixtures,
    base,
    welcomeOpened,
    externalRequests,
    problems,
    openPage: async url => {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    tabIdOf,
    sendToTab,
    commands: async () => {
      const h = await extensionHelper();
      return h.evaluate(async () =>
        (await chrome.commands.getAll()).map(c => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' })),
      );
    },
    sessionItem: async key => {
      const h = await extensionHelper();
      return h.evaluate(async k => (await chrome.storage.session.get(k))[k], key);
    },
    setSettings: async patch => {
      const h = await extensionHelper();
      const { DEFAULT_SETTINGS } = await import('../../src/settings/model');
      await h.evaluate(
        async (p, defaults) => {
          const cur = ((await chrome.storage.sync.get('settings')).settings ?? defaults) as Record<string, unknown>;
          await chrome.storage.sync.set({ settings: { ...cur, ...p } });
        },
        patch,
        DEFAULT_SETTINGS as unknown as Record<string, unknown>,
      );
    },
    close: async () => {
      await browser.close();
      await fixtures.close();
      await new Promise<void>(r => proxy.close(() => r()));
    },
  };
}

/** Waits until the page's report is `ready` and its claim count stopped changing. */
export async function settledReport(session: FirefoxSession, page: Page, timeoutMs = 20_000): Promise<PageReport> {
  let last = -1;
  return poll(
    async () => {
      const report = await session.sendToTab(page, 'getReport');
      const stable = report.state === 'ready' && report.claims.length === last;
      last = report.claims.length;
      return stable ? report : undefined;
    },
    'a settled report',
    timeoutMs,
  );
}

export { poll };
