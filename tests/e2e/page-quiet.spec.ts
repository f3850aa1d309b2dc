/**
 * Issue 13 item 6, the card's manners: it waits ~300 ms before showing on
 * hover, a click that ends a text selection does not pin it, a click or tap
 * outside closes it, and its close button is a target of at least 24 × 24 px.
 */
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { settledReport } from './page-helpers';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** Viewport points over the start, middle and end of a paragraph's text. */
async function pointsOver(page: Page, selector: string) {
  return page.evaluate(sel => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    const rects = [...range.getClientRects()];
    const first = rects[0]!;
    const last = rects.at(-1)!;
    return {
      start: { x: first.left + 2, y: first.top + first.height / 2 },
      middle: { x: first.left + first.width / 2, y: first.top + first.height / 2 },
      end: { x: last.right - 2, y: last.top + last.height / 2 },
    };
  }, selector);
}

test.describe('the card’s manners', () => {
  test.beforeEach(async ({ context, fixtureServer, sendToTab }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
    await settledReport(page, sendToTab);
  });
  const pageOf = ({ context }: { context: { pages(): Page[] } }) => context.pages().at(-1) as Page;

  test('hover waits about 300 ms before the card shows; passing over a claim shows nothing', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointsOver(page, '#b');
    // Passing over: on and off within 150 ms.
    await page.mouse.move(p.middle.x, p.middle.y);
    await page.waitForTimeout(150);
    await page.mouse.move(5, 880);
    await page.waitForTimeout(500);
    await expect(card(page)).toHaveCount(0);
    // Resting: nothing at 150 ms, the card by 300 ms and after.
    const t0 = Date.now();
    await page.mouse.move(p.middle.x, p.middle.y);
    await page.waitForTimeout(150);
    await expect(card(page)).toHaveCount(0);
    await expect(card(page)).toBeVisible();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  test('a click that ends a text selection does not pin the card', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointsOver(page, '#b');
    await page.mouse.move(p.start.x, p.start.y);
    await page.mouse.down();
    await page.mouse.move(p.end.x, p.end.y, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString().length ?? 0)).toBeGreaterThan(10);
    await page.waitForTimeout(400);
    // The hover card may show, but it is not pinned: leaving hides it.
    await expect(card(page)).not.toHaveAttribute('data-pinned', 'true');
    await page.mouse.move(5, 880);
    await expect(card(page)).toHaveCount(0);
  });

  test('a click outside the card closes it; a click inside does not', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointsOver(page, '#b');
    await page.mouse.click(p.middle.x, p.middle.y);
    await expect(card(page)).toHaveAttribute('data-pinned', 'true');
    const box = (await card(page).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + 40);
    await expect(card(page)).toBeVisible();
    const heading = await page.locator('h1').boundingBox();
    await page.mouse.click(heading!.x + 5, heading!.y + 5);
    await expect(card(page)).toHaveCount(0);
  });

  test('a tap outside closes it too', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointsOver(page, '#b');
    await page.mouse.click(p.middle.x, p.middle.y);
    await expect(card(page)).toBeVisible();
    await page.locator('h1').dispatchEvent('pointerdown', { pointerType: 'touch', isPrimary: true, bubbles: true });
    await expect(card(page)).toHaveCount(0);
  });

  test('the close button is at least 24 × 24 px and closes the card', async ({ context, sendToTab }) => {
    const page = pageOf({ context });
    await sendToTab(page, 'focusClaim', { index: 1 });
    const close = card(page).getByRole('button', { name: 'Close' });
    const box = (await close.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await close.click();
    await expect(card(page)).toHaveCount(0);
  });
});
