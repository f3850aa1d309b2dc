import AxeBuilder from '@axe-core/playwright';

import { LEVEL_KEYS } from '../../src/report/levels';
import { shownKey } from '../../src/shared/grading';
import { WORST_FIRST } from '../../src/ui/popup/worst-first';
import { expect, test } from './fixtures';
import { browserPageTab, listedClaims, openPopupFor, status } from './popup-page';

test.describe('popup summary', () => {
  test('lists the page’s claims worst level first with data attributes, profile, database and sentence count', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
    problems,
    externalRequests,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.getByRole('heading', { name: 'Gut Check' })).toBeVisible();
    await expect(popup.locator('.claim').first()).toBeVisible();

    const report = await sendToTab(page, 'getReport');
    expect(report.claims.length).toBeGreaterThanOrEqual(5);
    // Same claims as the page, the problems first (contradicted … strong, unmatched last), page order within a level.
    const rank = (e: string) => WORST_FIRST.indexOf(e as never);
    const expected = [...report.claims]
      .sort((a, b) => rank(shownKey(a)) - rank(shownKey(b)) || a.index - b.index)
      .map(c => ({ index: c.index, claimId: c.claimId ?? '', evidence: shownKey(c) }));
    expect(await listedClaims(popup)).toEqual(expected);
    expect(['contradicted', 'unsupported']).toContain(expected[0]!.evidence);

    await expect(popup.locator('.database')).toHaveText(
      `Claims database ${report.database.version} · ${report.database.date}`,
    );
    await expect(popup.locator('.checked')).toHaveText(`Checked ${report.sentences} sentences.`);
    // The profile: one segment per level present, its count as text, and a legend with words.
    for (const key of LEVEL_KEYS) {
      const n = report.claims.filter(c => shownKey(c) === key).length;
      const segment = popup.locator(`.evidence-segment[data-level="${key}"]`);
      if (n) await expect(segment).toHaveText(String(n));
      else await expect(segment).toHaveCount(0);
    }
    await expect(popup.locator('.evidence-bar')).toHaveAttribute('aria-label', /^Evidence profile: /);
    await expect(popup.getByText('Nothing leaves your browser')).toBeVisible();
    // Each item carries its level word and one-line verdict.
    const first = popup.locator('.claim').first();
    await expect(first.locator('.gc-level')).toHaveText(/Strong|Moderate|Limited|Unsupported|Contradicted/);
    await expect(first.locator('.claim-verdict')).not.toBeEmpty();

    expect(problems).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  test('clicking a claim, or pressing Enter on it, scrolls the page to it', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    const far = popup.locator('.claim', { hasText: 'Bone broth' }).locator('.claim-main');
    await expect(far).toBeVisible();
    await far.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    await page.evaluate(() => window.scrollTo(0, 0));
    const near = popup.locator('.claim', { hasText: 'Bone broth' }).locator('.claim-main');
    await near.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  test('is keyboard-operable with a visible focus ring', async ({ context, extensionId, fixtureServer, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(popup.locator('.claim').first()).toBeVisible();
    const chips = await popup.locator('.level-chip').count();
    const order: string[] = [];
    for (let i = 0; i < 6 + chips; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { what: el.className || el.getAttribute('type') || el.tagName, outline: style.outlineStyle };
      });
      expect(focused.outline, `focus ring on ${focused.what}`).not.toBe('none');
      order.push(focused.what);
    }
    // Site controls first, then the level filter, then each claim and its dismiss button.
    expect(order).toEqual([
      'checkbox',
      'checkbox',
      ...Array<string>(chips).fill('level-chip'),
      'claim-main',
      'claim-dismiss',
      'claim-main',
      'claim-dismiss',
    ]);
  });

  test('footer links open the guide and the options page', async ({ context, extensionId, fixtureServer, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-no-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    for (const [name, path] of [
      ['How to judge a health claim', '/guide.html'],
      ['Options', '/options.html'],
    ]) {
      const opened = context.waitForEvent('page');
      await popup.getByRole('button', { name, exact: true }).click();
      const tab = await opened;
      await tab.waitForLoadState();
      expect(new URL(tab.url()).pathname).toBe(path);
    }
  });

  test('says so when the page has no claims', async ({ context, extensionId, fixtureServer, tabIdOf }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-no-claims.html`);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(page));
    await expect(status(popup)).toHaveAttribute('data-state', 'empty');
    await expect(popup.getByRole('heading', { name: 'No gut-health claims found' })).toBeVisible();
    await expect(popup.locator('.checked')).toContainText('Checked');
  });

  test('explains pages it cannot read (browser pages, missing tabs)', async ({
    context,
    extensionId,
    serviceWorker,
    problems,
  }) => {
    const tabId = await browserPageTab(serviceWorker);
    for (const id of [tabId, 987654]) {
      const popup = await openPopupFor(context, extensionId, id);
      await expect(status(popup)).toHaveAttribute('data-state', 'unreachable');
      await expect(popup.getByRole('heading', { name: /can’t read this page/ })).toBeVisible();
      await popup.close();
    }
    expect(problems).toEqual([]);
  });

  test('shows an error when the page fails to answer, and recovers on “Try again”', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    // The first getReport fails the way the messenger reports a throwing handler.
    await popup.addInitScript(() => {
      let failed = false;
      const send = chrome.tabs.sendMessage.bind(chrome.tabs) as (...a: unknown[]) => unknown;
      (chrome.tabs as unknown as { sendMessage: unknown }).sendMessage = (...a: unknown[]) => {
        const message = a[1] as { type?: string };
        const callback = a.find(x => typeof x === 'function') as ((r: unknown) => void) | undefined;
        if (message.type === 'getReport' && !failed && callback) {
          failed = true;
          setTimeout(() => callback({ err: { message: 'The page’s report failed' } }), 0);
          return undefined;
        }
        return send(...a);
      };
    });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(status(popup)).toHaveAttribute('data-state', 'error');
    await expect(status(popup)).toContainText('The page’s report failed');
    await popup.getByRole('button', { name: 'Try again' }).click();
    await expect(popup.locator('.claim').first()).toBeVisible();
  });

  test('shows loading first, without layout jumps in width', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 600, height: 600 });
    // Hold the page's answer back so the loading state is observable.
    await popup.addInitScript(() => {
      const send = chrome.tabs.sendMessage.bind(chrome.tabs) as (...a: unknown[]) => Promise<unknown>;
      (chrome.tabs as unknown as { sendMessage: unknown }).sendMessage = (...a: unknown[]) =>
        new Promise(r => setTimeout(r, 800)).then(() => send(...a));
    });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await expect(status(popup)).toHaveAttribute('data-state', 'loading');
    const before = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    await expect(popup.locator('.claim').first()).toBeVisible();
    const after = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect([before, after]).toEqual([380, 380]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations (${colorScheme})`, async ({ context, extensionId, fixtureServer, tabIdOf }) => {
      const page = await context.newPage();
      await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
      const popup = await openPopupFor(context, extensionId, await tabIdOf(page), { colorScheme });
      await expect(popup.locator('.claim').first()).toBeVisible();
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 29, 33)' : 'rgb(255, 255, 255)');
      // The legend and the dismissed list too.
      await popup.evaluate(() => document.querySelectorAll('details').forEach(d => (d.open = true)));
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target).join(' ')}`)).toEqual([]);
    });
  }
});
