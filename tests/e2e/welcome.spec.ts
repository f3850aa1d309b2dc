/**
 * First run (issue 13 item 11): installing Gut Check opens a short welcome
 * page with the legend, the privacy promise, the keyboard and the options.
 * The legend is also one click away in the popup, and on the guide.
 */
import { rmSync } from 'node:fs';

import { LEVEL, LEVEL_KEYS } from '../../src/shared/evidence-levels';
import { expect, launchWithExtension, test } from './fixtures';
import { openPopupFor } from './popup-page';

test.describe('first run and the legend', () => {
  test('installing opens the welcome page: legend, privacy, keys and options', async () => {
    const { context, profile, welcome } = await launchWithExtension(undefined, { keepWelcome: true });
    try {
      expect(welcome).toBe(true);
      const page = context.pages().find(p => p.url().endsWith('/welcome.html'))!;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Gut Check');
      await expect(page.locator('.gc-legend > [data-level]')).toHaveCount(LEVEL_KEYS.length);
      for (const level of LEVEL_KEYS)
        await expect(page.locator(`.gc-legend > [data-level="${level}"]`)).toContainText(LEVEL[level].word);
      await expect(page.getByText('Nothing leaves your browser.')).toBeVisible();
      await expect(page.locator('.welcome-keys li')).toHaveCount(3);
      const opened = context.waitForEvent('page');
      await page.getByRole('button', { name: 'Open the options' }).click();
      expect(new URL((await opened).url()).pathname).toBe('/options.html');
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('the popup shows the legend in one click, and says which commands have no key', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.locator('.legend-panel .gc-legend > [data-level]').first()).toBeHidden();
    await popup.locator('.legend-panel summary', { hasText: 'What the marks mean' }).click();
    await expect(popup.locator('.legend-panel .gc-legend > [data-level]')).toHaveCount(LEVEL_KEYS.length);
    await expect(popup.locator('.legend-panel .gc-legend > [data-level]').first()).toBeVisible();

    // The popup lists the commands with the keys the browser really bound.
    const bound = await popup.evaluate(async () =>
      (await chrome.commands.getAll()).filter(c => c.name !== '_execute_action').map(c => [c.name, c.shortcut ?? '']),
    );
    expect(bound).toHaveLength(3);
    for (const [name, key] of bound)
      await expect(popup.locator(`.keyboard li[data-command="${name}"]`)).toContainText(key || 'No key set');
    const unbound = bound.filter(([, key]) => !key).length;
    await expect(popup.locator('.keyboard-fix')).toHaveCount(unbound ? 1 : 0);
    expect(problems).toEqual([]);
  });
});
