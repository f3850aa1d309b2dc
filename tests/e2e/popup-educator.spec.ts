import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/model';
import { LEVEL } from '../../src/shared/evidence-levels';
import { shownLevel } from '../../src/shared/grading';
import { expect, expectEventually, test } from './fixtures';
import { claimItem, openPopupFor } from './popup-page';

const EDUCATOR: Settings = { ...DEFAULT_SETTINGS, educator: true };

test.describe('popup in educator mode', () => {
  test('hides levels until guessed, keeps the page’s score and resets it', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
    serviceWorker,
    problems,
  }) => {
    await serviceWorker.evaluate(settings => chrome.storage.sync.set({ settings }), EDUCATOR);
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'ready');
    const matched = (await sendToTab(page, 'getReport')).claims.filter(c => shownLevel(c));

    let popup = await openPopupFor(context, extensionId, tabId);
    await expect(popup.locator('.score')).toHaveText(/No guesses yet/);
    await expect(popup.locator('.evidence-bar')).toHaveCount(0);
    await expect(popup.locator('.claim[data-evidence="hidden"]')).toHaveCount(matched.length);

    // Guess two claims on the page: the first right, the second wrong.
    const [first, second] = matched as [(typeof matched)[0], (typeof matched)[0]];
    for (const [claim, guess] of [
      [first, shownLevel(first)!],
      [second, shownLevel(second) === 'strong' ? 'contradicted' : 'strong'],
    ] as const) {
      await claimItem(popup, claim.index).locator('.claim-main').click();
      await page.locator('gutcheck-ui').getByRole('button', { name: LEVEL[guess].word, exact: true }).click();
    }
    popup = await openPopupFor(context, extensionId, tabId);
    await expect(popup.locator('.score')).toHaveText('1 of 2 guesses right');
    await expect(popup.locator('.claim[data-evidence="hidden"]')).toHaveCount(matched.length - 2);
    await expect(claimItem(popup, first.index)).toHaveAttribute('data-evidence', shownLevel(first)!);

    await popup.getByRole('button', { name: 'Reset score' }).click();
    await expect(popup.locator('.score')).toHaveText(/No guesses yet/);
    await expect(popup.locator('.claim[data-evidence="hidden"]')).toHaveCount(matched.length);
    expect((await sendToTab(page, 'getReport')).claims.some(c => c.guess)).toBe(false);
    expect(problems).toEqual([]);
  });
});
