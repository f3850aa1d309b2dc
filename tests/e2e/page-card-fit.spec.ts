/**
 * Issue 13 item 3: the card fits the screen. Its height is capped to the room
 * beside the claim (floating-ui size()), it is placed again when its content
 * grows (research expanded, an educator's guess revealed), and its last
 * citation can always be scrolled to inside the card.
 */
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { claimOf, renderCard } from './card-harness';
import { expect, test } from './fixtures';
import { setSettings, settledReport } from './page-helpers';
import { startFixtureServer } from './server';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** Is the element's box inside the window (1 px of rounding allowed)? */
async function onScreen(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  return !!box && box.y >= -1 && box.x >= -1 && box.y + box.height <= h + 1 && box.x + box.width <= w + 1;
}

const CITATIONS = Array.from({ length: 12 }, (_, i) => ({
  title: `A randomised trial of something gut-related, number ${i + 1}, with a long and careful title`,
  year: 2020,
  journal: 'Journal of Tests',
  pmid: String(30000000 + i),
  kind: 'rct',
}));
const ENTRY = {
  id: 'liver-detox',
  summary: 'A long summary. '.repeat(20),
  citations: CITATIONS,
  reviewed: '2026-01-01',
};

test.describe('hand-made cards near the window edges', () => {
  test.beforeEach(async ({ context, fixtureServer }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${fixtureServer.origin}/pages/card-harness.html`);
  });
  const pageOf = ({ context }: { context: { pages(): Page[] } }) => context.pages().at(-1) as Page;

  for (const [where, anchor] of [
    ['bottom', { left: 40, top: 560 }],
    ['top', { left: 40, top: 8 }],
    ['middle', { left: 40, top: 280 }],
    ['right edge', { left: 900, top: 300 }],
  ] as const) {
    test(`near the ${where}: compact, then expanded with 12 citations, the card stays on screen`, async ({
      context,
    }) => {
      const page = pageOf({ context });
      await renderCard(page, { claim: claimOf({}), entry: ENTRY, anchor, nav: { position: 1, total: 3 } });
      expect(await onScreen(page, card(page))).toBe(true);
      await renderCard(page, {
        claim: claimOf({}),
        entry: ENTRY,
        anchor,
        expanded: true,
        nav: { position: 1, total: 3 },
      });
      await expect.poll(() => onScreen(page, card(page))).toBe(true);
      // The close button and the claim navigation stay in view; the last citation is reachable by scrolling the body.
      expect(await onScreen(page, card(page).locator('.close'))).toBe(true);
      expect(await onScreen(page, card(page).locator('.nav'))).toBe(true);
      const last = card(page).locator('.citations li').last();
      await last.scrollIntoViewIfNeeded();
      expect(await onScreen(page, last)).toBe(true);
    });
  }

  test('educator mode: the card grows after the reveal and stays on screen', async ({ context }) => {
    const page = pageOf({ context });
    const anchor = { left: 40, top: 520 };
    await renderCard(page, { claim: claimOf({}), entry: ENTRY, anchor, educator: true });
    await expect(card(page)).toContainText('How strong do you think the evidence is?');
    const before = (await card(page).boundingBox())!;
    await renderCard(page, {
      claim: claimOf({ guess: 'limited' }),
      entry: ENTRY,
      anchor,
      educator: true,
      expanded: true,
      nav: { position: 1, total: 3 },
    });
    await expect(card(page)).toContainText('You guessed Limited; the evidence is Strong.');
    await expect.poll(async () => (await card(page).boundingBox())!.height).toBeGreaterThan(before.height);
    await expect.poll(() => onScreen(page, card(page))).toBe(true);
  });
});

test('every card on the demo article fits a 1000 × 600 window, its claim mid-window or near the bottom edge', async ({
  context,
  sendToTab,
  serviceWorker,
}) => {
  test.setTimeout(180_000);
  // Every claim painted and carded, ungraded ones too.
  await setSettings(serviceWorker, { unmatched: true });
  const demo = await startFixtureServer(join(import.meta.dirname, '..', '..', 'demo'));
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${demo.origin}/article.html`);
    const report = await settledReport(page, sendToTab);
    expect(report.claims.length).toBeGreaterThan(10);
    let checked = 0;
    const spots: [number, number][] = report.claims.flatMap((_, i): [number, number][] => [
      [i, 300],
      [i, 60],
    ]);
    for (const [i, below] of spots) {
      // Scroll the claim to `below` px above the window's bottom edge and point at its first line.
      const point = await page.evaluate(
        ([i, below]) => {
          const ranges: Range[] = [];
          for (const [name, h] of CSS.highlights) {
            if (/^gutcheck-[0-9a-f]{16}-/.test(name) && !name.endsWith('-focus'))
              ranges.push(...(h as Highlight as Iterable<Range>));
          }
          ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
          const range = ranges[i];
          if (!range) return null;
          const top = range.getClientRects()[0]!.top + scrollY;
          scrollTo(0, Math.max(0, top - innerHeight + below));
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
        },
        [i, below] as const,
      );
      if (!point) continue;
      await page.mouse.move(point.x, point.y);
      await expect(card(page)).toBeVisible();
      await expect.poll(() => onScreen(page, card(page)), { message: `card ${i} (${below}) on screen` }).toBe(true);
      const expand = card(page).getByRole('button', { name: 'Show the research' });
      if (await expand.count()) {
        await expand.click();
        await expect.poll(() => onScreen(page, card(page)), { message: `card ${i} expanded on screen` }).toBe(true);
        const last = card(page).locator('.citations li').last();
        if (await last.count()) {
          await last.scrollIntoViewIfNeeded();
          expect(await onScreen(page, last), `card ${i}: last citation reachable`).toBe(true);
        }
      }
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await expect(card(page)).toBeHidden();
      checked++;
    }
    expect(checked).toBe(report.claims.length * 2);
  } finally {
    await page.close();
    await demo.close();
  }
});
