/**
 * The evidence card and the keyboard: hover shows it, the pointer can move
 * onto it, click or Enter pins it, Esc closes it and returns focus; the
 * commands move between claims; axe finds nothing wrong with it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { highlightedTexts, runCommand, setSettings, settledReport } from './page-helpers';

/** Viewport point over the middle of the first text node of `selector`. */
async function pointOver(page: Page, selector: string) {
  return page.evaluate(sel => {
    const el = document.querySelector(sel) as Element;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    range.selectNodeContents(walker.nextNode() as Text);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

const card = (page: Page) => page.locator('gutcheck-ui .card');

test.describe('card', () => {
  test.beforeEach(async ({ context, fixtureServer, sendToTab }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
    await settledReport(page, sendToTab);
  });
  const pageOf = ({ context }: { context: { pages(): Page[] } }) => context.pages().at(-1) as Page;

  test('hover shows it, the pointer can move onto it, leaving hides it', async ({ context, problems }) => {
    const page = pageOf({ context });
    const p = await pointOver(page, '#b');
    await page.mouse.move(p.x, p.y);
    await expect(card(page)).toBeVisible();
    // The compact preview: level, matched statement, verdict; the research one click away.
    await expect(card(page).locator('.level')).toHaveText(/\S+\s+\w+/);
    await expect(card(page).locator('h2')).toContainText('Matched:');
    await expect(card(page).getByRole('button', { name: 'Show the research' })).toBeVisible();
    await expect(card(page).getByText('What the research shows')).toBeHidden();
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(p.x, box.y + 4, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    await page.mouse.move(5, 880);
    await expect(card(page)).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('click pins it until Esc', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointOver(page, '#b');
    await page.mouse.click(p.x, p.y);
    await expect(card(page)).toHaveAttribute('data-pinned', 'true');
    await page.mouse.move(5, 880);
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
  });

  test('Enter pins the hovered card and moves focus into it; Esc gives focus back', async ({ context }) => {
    const page = pageOf({ context });
    const p = await pointOver(page, '#b');
    await page.mouse.move(p.x, p.y);
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(card(page)).toHaveAttribute('data-pinned', 'true');
    await expect(card(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  test('next/previous commands focus claims in order as a dialog; Esc returns focus', async ({
    context,
    serviceWorker,
    tabIdOf,
    sendToTab,
  }) => {
    const page = pageOf({ context });
    const tabId = await tabIdOf(page);
    const report = await sendToTab(page, 'getReport');
    // Every claim painted (ungraded ones too), so the commands step through all of them.
    await setSettings(serviceWorker, { unmatched: true });
    await expect.poll(async () => (await highlightedTexts(page)).length).toBe(report.claims.length);
    await page.focus('#a a');
    await runCommand(serviceWorker, tabId, 'next-claim');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText(report.claims[0]!.text);
    const focusMarks = () => highlightedTexts(page).then(m => m.filter(x => x.group === 'focus').map(x => x.text));
    await expect.poll(focusMarks).toEqual([report.claims[0]!.highlighted]);
    await runCommand(serviceWorker, tabId, 'next-claim');
    await expect(dialog).toContainText(report.claims[1]!.text);
    await runCommand(serviceWorker, tabId, 'previous-claim');
    await runCommand(serviceWorker, tabId, 'previous-claim');
    await expect(dialog).toContainText(report.claims.at(-1)!.text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('#a a')).toBeFocused();
    await expect.poll(focusMarks).toEqual([]);
  });

  test('focusClaim opens that claim; axe finds no violations on the card', async ({ context, sendToTab }) => {
    const page = pageOf({ context });
    expect(await sendToTab(page, 'focusClaim', { index: 1 })).toBe(true);
    const report = await sendToTab(page, 'getReport');
    await expect(page.getByRole('dialog')).toContainText(report.claims[1]!.text);
    await expect(page.getByRole('dialog')).toContainText('What the research shows');
    const results = await new AxeBuilder({ page }).include('gutcheck-ui').analyze();
    expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target).join(', ')}`)).toEqual([]);
    expect(await sendToTab(page, 'focusClaim', { index: 99 })).toBe(false);
  });

  test('educator mode: neutral marks, a guess before the verdict, kept in the report', async ({
    context,
    serviceWorker,
    sendToTab,
  }) => {
    const page = pageOf({ context });
    await setSettings(serviceWorker, { educator: true });
    await expect.poll(async () => [...new Set((await highlightedTexts(page)).map(m => m.group))]).toEqual(['neutral']);
    await sendToTab(page, 'focusClaim', { index: 1 });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('How strong do you think the evidence is?');
    await dialog.getByRole('button', { name: /Moderate/ }).click();
    await expect(dialog).toContainText('You guessed Moderate');
    const report = await sendToTab(page, 'getReport');
    expect(report.claims[1]!.guess).toBe('moderate');
    await sendToTab(page, 'resetGuesses');
    expect((await sendToTab(page, 'getReport')).claims[1]!.guess).toBeUndefined();
    const results = await new AxeBuilder({ page }).include('gutcheck-ui').analyze();
    expect(results.violations).toEqual([]);
  });
});
