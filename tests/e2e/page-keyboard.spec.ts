/**
 * Reaching claims from the keyboard: every command has a key the browser
 * really binds (Chromium refuses keys it reserves, leaving "Not set"), and
 * the card steps from claim to claim.
 */
import { expect, test } from './fixtures';
import { highlightedTexts, setSettings, settledReport } from './page-helpers';

test('every keyboard command gets its default key in Chromium', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const keys = Object.fromEntries(commands.filter(c => c.name !== '_execute_action').map(c => [c.name, c.shortcut]));
  expect(keys).toEqual({
    'next-claim': 'Alt+Shift+J',
    'previous-claim': 'Alt+Shift+K',
    'toggle-highlights': 'Alt+Shift+G',
  });
});

test('the card moves between claims with "← Previous · Next →", focus staying on the button', async ({
  context,
  fixtureServer,
  sendToTab,
  serviceWorker,
}) => {
  // Every claim painted, ungraded ones too, so the card steps through all of them.
  await setSettings(serviceWorker, { unmatched: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  const report = await settledReport(page, sendToTab);
  const texts = report.claims.map(c => c.text);
  expect(texts.length).toBeGreaterThanOrEqual(3);
  await sendToTab(page, 'focusClaim', { index: 0 });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeFocused();
  const nav = dialog.getByRole('group', { name: 'Claims on this page' });
  await expect(nav).toContainText(`1 of ${texts.length}`);
  // Keyboard only: Tab to "Next", Enter.
  const next = nav.getByRole('button', { name: 'Next' });
  while (!(await next.evaluate(el => el === (el.getRootNode() as ShadowRoot).activeElement))) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(dialog.locator('blockquote')).toHaveText(texts[1]!);
  await expect(next).toBeFocused();
  await expect(dialog.getByRole('status')).toContainText(`Claim 2 of ${texts.length}`);
  await page.keyboard.press('Enter');
  await expect(dialog.locator('blockquote')).toHaveText(texts[2]!);
  await nav.getByRole('button', { name: 'Previous' }).click();
  await expect(dialog.locator('blockquote')).toHaveText(texts[1]!);
  // The page's focus ring follows the card.
  await expect
    .poll(async () => (await highlightedTexts(page)).filter(m => m.group === 'focus').map(m => m.text))
    .toEqual([report.claims[1]!.highlighted]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
