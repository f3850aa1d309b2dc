/**
 * Issue 13 items 7 and 10 in the popup: the level chips filter the list,
 * the export row stays in reach, dismissing moves focus on and offers Undo,
 * list buttons have short names with the verdict as description, and the
 * keyboard goes from the list into the page's card and back.
 */
import type { Page } from '@playwright/test';

import { shownLevel } from '../../src/shared/grading';
import { expect, test } from './fixtures';
import { settledReport } from './page-helpers';
import { claimItem, listedClaims, openPopupFor } from './popup-page';

const inViewport = (popup: Page, selector: string) =>
  popup.evaluate(sel => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  }, selector);

test.describe('popup list', () => {
  test('level chips filter the list, and “Show all” brings every claim back', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const report = await settledReport(page, sendToTab);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.locator('.claim').first()).toBeVisible();
    const all = await listedClaims(popup);
    const level = all[0]!.evidence;

    const chip = popup.locator(`.level-chip[data-level="${level}"]`);
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    const only = await listedClaims(popup);
    expect(only.map(c => c.evidence)).toEqual(all.filter(c => c.evidence === level).map(c => c.evidence));
    expect(only.length).toBeLessThan(report.claims.length);
    await expect(popup.locator('.filter-status')).toHaveText(`Showing ${only.length} of ${all.length} claims.`);

    await popup.getByRole('button', { name: 'Show all' }).click();
    expect(await listedClaims(popup)).toEqual(all);
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
  });

  test('the export row stays on screen while the list scrolls', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await popup.setViewportSize({ width: 380, height: 420 });
    await expect(popup.locator('.claim').first()).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 200)).toBe(true);
    expect(await inViewport(popup, '.export-buttons')).toBe(true);
    await popup.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 3));
    expect(await inViewport(popup, '.export-buttons')).toBe(true);
    await popup.getByRole('button', { name: 'Export this page’s audit as CSV' }).click({ trial: true });
  });

  test('each list button has a short name and the level and verdict as its description', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const report = await settledReport(page, sendToTab);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    const graded = report.claims.find(c => shownLevel(c) && c.verdict)!;
    const button = claimItem(popup, graded.index).locator('.claim-main');
    const name = (await button.evaluate(el => el.textContent ?? '')).trim();
    await expect(button).toHaveAccessibleName(name);
    expect(name.length).toBeLessThanOrEqual(61);
    expect(name).not.toContain(graded.verdict!);
    await expect(button).toHaveAccessibleDescription(
      new RegExp(graded.verdict!.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    await expect(button).toHaveAccessibleDescription(/Strong|Moderate|Limited|Unsupported|Contradicted/);
    // A graded claim names the database statement it was matched with.
    if (graded.match) await expect(claimItem(popup, graded.index).locator('.claim-match')).toContainText('Matched:');
  });

  test('dismissing moves focus to the next claim and announces “Dismissed … Undo”; Undo restores it', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.locator('.claim').first()).toBeVisible();
    const [first, second] = await listedClaims(popup);

    await claimItem(popup, first!.index)
      .getByRole('button', { name: /^Dismiss: / })
      .click();
    await expect(claimItem(popup, second!.index).locator('.claim-main')).toBeFocused();
    const undo = popup.getByRole('status').filter({ hasText: 'Dismissed' });
    await expect(undo).toContainText(/^Dismissed .+ Undo$/);
    await undo.getByRole('button', { name: 'Undo' }).click();
    await expect(popup.locator('details.dismissed')).toHaveCount(0);
    await expect(
      popup.locator('main .claim-groups > .claim-group').locator(`.claim[data-index="${first!.index}"] .claim-main`),
    ).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('Enter on a claim puts keyboard focus in its card on the page; the popup comes back to it', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    const popup = await openPopupFor(context, extensionId, tabId);
    await expect(popup.locator('.claim').first()).toBeVisible();
    const target = (await listedClaims(popup))[1]!;
    await claimItem(popup, target.index).locator('.claim-main').focus();
    await popup.keyboard.press('Enter');
    await page.bringToFront();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.activeElement;
          return host?.tagName === 'GUTCHECK-UI' && !!host.shadowRoot?.activeElement?.closest('.card');
        }),
      )
      .toBe(true);
    // Back: the popup opened again starts on the claim the reader went to.
    const again = await openPopupFor(context, extensionId, tabId);
    await expect(claimItem(again, target.index).locator('.claim-main')).toBeFocused();
  });
});

test.describe('popup and page stay in step', () => {
  test('the list grows when the page adds a claim, from the page’s change message (no polling)', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const before = (await settledReport(page, sendToTab)).claims.length;
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.locator('main .claim-groups > .claim-group .claim')).toHaveCount(before);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'NSAIDs such as ibuprofen damage the gut lining.';
      document.querySelector('main')!.append(p);
    });
    await expect(popup.locator('main .claim-groups > .claim-group .claim')).toHaveCount(before + 1);
    expect(problems).toEqual([]);
  });
});
