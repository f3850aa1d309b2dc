/**
 * Helpers for the page-annotation specs: wait for the content script to
 * finish, serialise a page's own DOM (shadow roots and same-origin frames
 * included, our UI host excluded), and read what each highlight covers.
 */
import type { Page, Worker } from '@playwright/test';

import type { PageReport } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS } from '../../src/settings/model';
import { expectEventually } from './fixtures';

type SendReport = (page: Page, type: 'getReport') => Promise<PageReport>;

/** Waits until the page's report is `ready` and its claim count stopped changing. */
export async function settledReport(page: Page, send: SendReport, timeoutMs = 15_000): Promise<PageReport> {
  let last = -1;
  let report: PageReport | undefined;
  await expectEventually(async () => {
    report = await send(page, 'getReport');
    const stable = report.state === 'ready' && report.claims.length === last;
    last = report.claims.length;
    return stable;
  }, timeoutMs);
  return report!;
}

/** The page's DOM as markup, our UI host left out, shadow roots and same-origin frames in. */
export async function serialise(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot, label: string) => {
      if (root.nodeType === Node.DOCUMENT_NODE) {
        const clone = (root as Document).documentElement.cloneNode(true) as Element;
        clone.querySelectorAll('gutcheck-ui').forEach(n => n.remove());
        out.push(`${label}:`, clone.outerHTML);
      } else {
        out.push(`${label}:`, (root as ShadowRoot).innerHTML);
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'GUTCHECK-UI') continue;
        if (el.shadowRoot) walk(el.shadowRoot, `${label} shadow of ${el.tagName}`);
        if (el.tagName === 'IFRAME') {
          try {
            const d = (el as HTMLIFrameElement).contentDocument;
            if (d) walk(d, `${label} frame ${el.id}`);
          } catch {
            // cross-origin
          }
        }
      }
    };
    walk(document, 'top');
    return out.join('\n');
  });
}

/**
 * Our highlight names: `gutcheck-<16 random hex>-<group>`, new on each page
 * load (src/dom/highlight-css.ts). Page-side code gets this as a string:
 * `new RegExp(OUR_HIGHLIGHT).exec(name)?.[1]` is the group.
 */
export const OUR_HIGHLIGHT = '^gutcheck-[0-9a-f]{16}-([a-z]+)$';

/** Every range in our highlights: group name and the text it covers (read from the page's registry). */
export async function highlightedTexts(page: Page): Promise<{ group: string; text: string; inside: string[] }[]> {
  return page.evaluate(pattern => {
    const out: { group: string; text: string; inside: string[] }[] = [];
    for (const [name, h] of CSS.highlights) {
      const group = new RegExp(pattern).exec(name)?.[1];
      if (!group) continue;
      for (const r of h) {
        const inside: string[] = [];
        for (let n: Node | null = (r as Range).startContainer; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
          if (n.nodeType === Node.ELEMENT_NODE) inside.push((n as Element).tagName.toLowerCase());
        }
        out.push({ group, text: (r as Range).toString(), inside });
      }
    }
    return out;
  }, OUR_HIGHLIGHT);
}

/** Sets the extension's settings from the service worker (as the options page would). */
export async function setSettings(sw: Worker, patch: Record<string, unknown>): Promise<void> {
  await sw.evaluate(
    async p => {
      const cur = ((await chrome.storage.sync.get('settings')).settings ?? p.defaults) as Record<string, unknown>;
      await chrome.storage.sync.set({ settings: { ...cur, ...p.patch } });
    },
    { patch, defaults: DEFAULT_SETTINGS },
  );
}

/** Sends a keyboard command to a tab as the background does for `browser.commands`. */
export async function runCommand(
  sw: Worker,
  tabId: number,
  command: 'next-claim' | 'previous-claim' | 'toggle-highlights',
): Promise<void> {
  await sw.evaluate(async ([id, message]) => chrome.tabs.sendMessage(id, message), [
    tabId,
    { id: 0, type: 'runCommand', data: { command }, timestamp: Date.now() },
  ] as const);
}

/** The page's visible text, frames and shadow roots aside. */
export const innerText = (page: Page) => page.evaluate(() => document.body.innerText);
