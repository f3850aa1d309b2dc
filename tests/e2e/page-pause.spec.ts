/**
 * Pausing and resuming (the toggle command, the settings switch) must leave
 * the card working: after each round trip a card opens next to its claim,
 * on the first and on the last claim, by hover and by the keyboard path.
 */
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { highlightedTexts, OUR_HIGHLIGHT, runCommand, setSettings, settledReport } from './page-helpers';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** The viewport box of a claim's text, read from the page's highlight registry. */
async function claimBox(page: Page, text: string) {
  return page.evaluate(
    ([t, pattern]) => {
      for (const [name, h] of CSS.highlights) {
        const group = new RegExp(pattern).exec(name)?.[1];
        if (!group || group === 'focus') continue;
        for (const r of h as Highlight) {
          if ((r as Range).toString().replace(/\s+/g, ' ').trim() === t) {
            const b = (r as Range).getBoundingClientRect();
            return { x: b.left, y: b.top, width: b.width, height: b.height };
          }
        }
      }
      return null;
    },
    [text, OUR_HIGHLIGHT] as const,
  );
}

/** The card sits beside its claim: just above or just below it, not stuck in a corner. */
async function expectCardBeside(page: Page, text: string) {
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText(text);
  const claim = (await claimBox(page, text))!;
  await expect
    .poll(async () => {
      const box = (await card(page).boundingBox())!;
      const below = Math.abs(box.y - (claim.y + claim.height));
      const above = Math.abs(box.y + box.height - claim.y);
      return Math.min(below, above) <= 16;
    })
    .toBe(true);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('three pause/resume round trips, then cards open on the first and last claims', async ({
  context,
  fixtureServer,
  serviceWorker,
  sendToTab,
  tabIdOf,
  problems,
}) => {
  // Every claim painted, ungraded ones too: the first and last claims on the page get cards.
  await setSettings(serviceWorker, { unmatched: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  const report = await settledReport(page, sendToTab);
  const tabId = await tabIdOf(page);
  const first = norm(report.claims[0]!.highlighted!);
  const last = norm(report.claims.at(-1)!.highlighted!);

  // A card was open before the first pause (the case where destroy() left the host dead).
  await sendToTab(page, 'focusClaim', { index: 0 });
  await expectCardBeside(page, first);

  for (let round = 0; round < 3; round++) {
    await runCommand(serviceWorker, tabId, 'toggle-highlights');
    await expect.poll(async () => (await sendToTab(page, 'getReport')).state).toBe('paused');
    await expect(card(page)).toHaveCount(0);
    await runCommand(serviceWorker, tabId, 'toggle-highlights');
    await settledReport(page, sendToTab);
    await expect.poll(async () => (await highlightedTexts(page)).length).toBeGreaterThan(0);
  }

  // Hover over the first claim.
  const box = (await claimBox(page, first))!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expectCardBeside(page, first);
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 880);
  await expect(card(page)).toBeHidden();

  // The keyboard path to the last claim.
  await runCommand(serviceWorker, tabId, 'previous-claim');
  await expectCardBeside(page, last);
  await expect(card(page)).toBeFocused();
  expect(problems).toEqual([]);
});

test('turning Gut Check off and on in the settings keeps the card working', async ({
  context,
  fixtureServer,
  serviceWorker,
  sendToTab,
}) => {
  await setSettings(serviceWorker, { unmatched: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  const report = await settledReport(page, sendToTab);
  await sendToTab(page, 'focusClaim', { index: 1 });
  await expect(card(page)).toBeVisible();
  for (let round = 0; round < 3; round++) {
    await setSettings(serviceWorker, { enabled: false });
    await expect.poll(async () => (await sendToTab(page, 'getReport')).state).toBe('paused');
    await setSettings(serviceWorker, { enabled: true });
    await settledReport(page, sendToTab);
  }
  expect(await sendToTab(page, 'focusClaim', { index: report.claims.length - 1 })).toBe(true);
  await expectCardBeside(page, norm(report.claims.at(-1)!.highlighted!));
});
