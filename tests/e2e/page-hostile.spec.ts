/**
 * A hostile page against the content script (issue 15, items 2 and 3): it
 * cannot switch Gut Check off with WXT's "script started" event, and it
 * cannot find, fake or read our marks and card.
 */
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { settledReport } from './page-helpers';

/** Every range in highlights whose name is ours (whatever the rest of the name is), by text. */
async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('gutcheck-') || name.endsWith('-focus')) continue;
      for (const r of h as Highlight) out.push((r as Range).toString().replace(/\s+/g, ' ').trim());
    }
    return out.sort();
  });
}

test('a page cannot switch the content script off with WXT’s “script started” event', async ({
  context,
  fixtureServer,
  extensionId,
  sendToTab,
  problems,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
  const before = await settledReport(page, sendToTab);
  const marked = await markedTexts(page);
  expect(before.claims.length).toBeGreaterThan(0);
  expect(marked.length).toBeGreaterThan(0);

  // The attack of the issue: WXT's event name is public (extension id + entrypoint), and so is
  // the shape of its detail. Sent both ways WXT announces a start, and for each name WXT could use.
  await page.evaluate(id => {
    for (const name of [`${id}:content:wxt:content-script-started`, `${id}:content:content-script-started`]) {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'attacker' } }),
      );
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'attacker' }, '*');
    }
  }, extensionId);

  // Still running: a claim the page adds afterwards is found and marked (the observer is alive),
  // the marks already there stay, and the popup can still read the page.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'later';
    p.textContent = 'Activated charcoal cleanses the gut.';
    document.querySelector('main')!.append(p);
  });
  await expect.poll(async () => (await markedTexts(page)).length, { timeout: 15_000 }).toBeGreaterThan(marked.length);
  expect(await markedTexts(page)).toEqual(expect.arrayContaining(marked));
  const after = await settledReport(page, sendToTab);
  expect(after.state).toBe('ready');
  expect(after.claims.length).toBeGreaterThan(before.claims.length);
  expect(problems).toEqual([]);
});
