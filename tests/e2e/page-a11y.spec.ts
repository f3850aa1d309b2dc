/**
 * Issue 13 item 10 (the card's parts) and issue 12's extra trip: with the
 * card open, axe (run on the whole page) finds nothing the card added, on
 * the demo article and on a dark page;
 * the card adds no second page-footer (contentinfo) landmark; under the
 * "system" scheme the card takes the page's darkness; and opening cards sends
 * no message (what the card shows came with the findings).
 */
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { shownLevel } from '../../src/shared/grading';
import { expect, test } from './fixtures';
import { setSettings, settledReport } from './page-helpers';
import { startFixtureServer } from './server';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** axe's findings on the whole page, one line per rule and node. */
const findings = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.flatMap(v =>
    v.nodes.map(n => `${v.id}: ${JSON.stringify(n.target)}`),
  );

/**
 * What axe finds with the card open that it did not find before: the page's
 * own problems (the demo article's footer contrast, a fixture without
 * landmarks) are not the card's to fix.
 */
async function addedByCard(page: Page, before: string[]): Promise<string[]> {
  return (await findings(page)).filter(f => !before.includes(f));
}

/** Relative luminance of a computed `rgb()` colour. */
const luminanceOf = (page: Page, css: string) =>
  page.evaluate(c => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map(v => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }, css);

test('the demo article with a card open, compact and expanded: the card adds nothing axe finds, nor a contentinfo', async ({
  context,
  sendToTab,
}) => {
  const demo = await startFixtureServer(join(import.meta.dirname, '..', '..', 'demo'));
  const page = await context.newPage();
  try {
    await page.goto(`${demo.origin}/article.html`);
    const report = await settledReport(page, sendToTab);
    const before = await findings(page);
    const graded = report.claims.find(c => shownLevel(c))!;
    await sendToTab(page, 'focusClaim', { index: graded.index });
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('footer')).toHaveCount(0);
    expect(await addedByCard(page, before)).toEqual([]);
    await card(page).getByRole('button', { name: 'Show the research' }).click();
    await expect(card(page).getByText('What the research shows')).toBeVisible();
    expect(await addedByCard(page, before)).toEqual([]);
    await card(page).getByRole('button', { name: 'What the marks mean' }).click();
    expect(await addedByCard(page, before)).toEqual([]);
    expect(await page.getByRole('contentinfo').count()).toBeLessThanOrEqual(1);
  } finally {
    await page.close();
    await demo.close();
  }
});

test('on a dark page the "system" card is dark, and axe finds nothing in it', async ({
  context,
  fixtureServer,
  sendToTab,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${fixtureServer.origin}/pages/dark.html`);
  await settledReport(page, sendToTab);
  const before = await findings(page);
  await sendToTab(page, 'focusClaim', { index: 0 });
  await expect(card(page)).toHaveAttribute('data-scheme', 'dark');
  const bg = await card(page).evaluate(el => getComputedStyle(el).backgroundColor);
  expect(await luminanceOf(page, bg)).toBeLessThan(0.05);
  expect(await addedByCard(page, before)).toEqual([]);
  // And the card itself, in full (contrast of its dark colours included).
  const own = await new AxeBuilder({ page }).include('gutcheck-ui').analyze();
  expect(own.violations.map(v => v.id)).toEqual([]);
});

test('on a light page under a dark system the "system" card follows the page', async ({
  context,
  fixtureServer,
  sendToTab,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  await settledReport(page, sendToTab);
  await sendToTab(page, 'focusClaim', { index: 0 });
  await expect(card(page)).toHaveAttribute('data-scheme', 'light');
});

test('the reader’s own scheme wins over the page', async ({ context, fixtureServer, sendToTab, serviceWorker }) => {
  await setSettings(serviceWorker, { scheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/dark.html`);
  await settledReport(page, sendToTab);
  await sendToTab(page, 'focusClaim', { index: 0 });
  await expect(card(page)).toHaveAttribute('data-scheme', 'light');
});

test('opening cards sends no message: each card has its research from the findings', async ({
  context,
  fixtureServer,
  sendToTab,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  const report = await settledReport(page, sendToTab);
  // Every message a content script sends reaches every runtime.onMessage listener: log them.
  await serviceWorker.evaluate(() => {
    const log: string[] = [];
    (globalThis as unknown as { seen: string[] }).seen = log;
    chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
      if (sender.tab) log.push(message.type ?? '?');
    });
  });
  expect(report.claims.some(c => shownLevel(c))).toBe(true);
  for (const c of report.claims) {
    await sendToTab(page, 'focusClaim', { index: c.index });
    await expect(card(page).locator('blockquote')).toHaveText(c.text);
    // A graded claim's research is there on first draw, with its citations.
    if (shownLevel(c))
      await expect(card(page).locator('section[aria-label="What the research shows"] li').first()).toBeAttached();
  }
  await page.keyboard.press('Escape');
  const seen = await serviceWorker.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
  expect(seen.filter(t => t !== 'reportCounts')).toEqual([]);
});
