import type { Worker } from '@playwright/test';

import { LEVEL } from '../../src/shared/evidence-levels';
import { shownLevel } from '../../src/shared/grading';
import { expect, expectEventually, test } from './fixtures';
import { openPopupFor } from './popup-page';

async function badgeOf(sw: Worker, tabId: number): Promise<{ text: string; colour: string; title: string }> {
  return sw.evaluate(async id => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const [r, g, b] = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    const hex = [r, g, b].map(n => n!.toString(16).padStart(2, '0')).join('');
    return { text, colour: `#${hex}`, title: await chrome.action.getTitle({ tabId: id }) };
  }, tabId);
}

test.describe('toolbar badge', () => {
  test('counts unsupported + contradicted claims, coloured by the worst level, with a tooltip in words', async ({
    context,
    fixtureServer,
    tabIdOf,
    sendToTab,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'ready');
    const { claims } = await sendToTab(page, 'getReport');
    // The badge counts what the reader is shown: a grade too unsure to show is no warning.
    const shown = claims.map(c => shownLevel(c));
    const weak = shown.filter(l => l === 'unsupported' || l === 'contradicted').length;
    const worst = (['contradicted', 'unsupported', 'limited', 'moderate', 'strong'] as const).find(l =>
      shown.includes(l),
    )!;
    expect(weak).toBeGreaterThan(0);
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text === String(weak));
    expect(await badgeOf(serviceWorker, tabId)).toEqual({
      text: String(weak),
      colour: LEVEL[worst].colour,
      title: `Gut Check: ${weak} claims with weak or contrary evidence (of ${claims.length} found)`,
    });
  });

  test('shows no number where every claim found is well supported, and says so in the tooltip', async ({
    context,
    fixtureServer,
    tabIdOf,
    sendToTab,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-no-weak-claims.html`);
    const tabId = await tabIdOf(page);
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'ready');
    const { claims } = await sendToTab(page, 'getReport');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every(c => shownLevel(c) !== 'unsupported' && shownLevel(c) !== 'contradicted')).toBe(true);
    const title = `Gut Check: ${claims.length} claims found, none with weak or contrary evidence`;
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).title === title);
    expect((await badgeOf(serviceWorker, tabId)).text).toBe('');
  });

  test('is empty where nothing was found, and when paused', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    serviceWorker,
  }) => {
    const empty = await context.newPage();
    await empty.goto(`${fixtureServer.origin}/pages/popup-no-claims.html`);
    const emptyTab = await tabIdOf(empty);
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text !== '');
    expect((await badgeOf(serviceWorker, emptyTab)).text).toBe('');

    const popup = await openPopupFor(context, extensionId, tabId);
    await popup.getByLabel('Pause on 127.0.0.1').check();
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text === '');
    await popup.getByLabel('Pause on 127.0.0.1').uncheck();
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text !== '');
  });

  test('clears when the tab leaves the page', async ({ context, fixtureServer, tabIdOf, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text !== '');
    await page.goto('about:blank');
    await expectEventually(async () => (await badgeOf(serviceWorker, tabId)).text === '');
  });

  test('ignores reportCounts from anything but a tab’s content script', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-no-claims.html`);
    const tabId = await tabIdOf(page);
    // An extension page is not a tab's content script: the background must refuse it.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const reply: unknown = await options.evaluate(() =>
      chrome.runtime.sendMessage({
        id: 1,
        type: 'reportCounts',
        timestamp: Date.now(),
        data: {
          counts: { strong: 0, moderate: 0, limited: 0, unsupported: 9, contradicted: 9, unmatched: 0 },
          paused: false,
        },
      }),
    );
    // The messenger answers with an error, never a result.
    expect(reply).not.toHaveProperty('res');
    await page.waitForTimeout(300);
    expect((await badgeOf(serviceWorker, tabId)).text).toBe('');
    // Without the sender check, a missing tabId would have set the global badge.
    expect(await serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  });
});
