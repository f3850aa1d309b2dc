import type { Page, Worker } from '@playwright/test';

import type { Settings } from '../../src/settings/settings';
import { expect, expectEventually, test } from './fixtures';
import { OUR_HIGHLIGHT } from './page-helpers';

/** Sizes of the page's highlight groups, as the content script painted them. */
async function painted(page: Page): Promise<Record<string, number>> {
  return page.evaluate(pattern => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights as unknown as Map<string, Highlight>) {
      const group = new RegExp(pattern).exec(name)?.[1];
      if (group) out[group] = h.size;
    }
    return out;
  }, OUR_HIGHLIGHT);
}

async function stored(sw: Worker): Promise<Settings> {
  return sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Settings);
}

test.describe('options: settings persist and apply live', () => {
  test('levels and educator mode repaint open pages at once and survive a reload', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    serviceWorker,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    await tabIdOf(page);
    await expectEventually(async () => ((await painted(page)).unsupported ?? 0) > 0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Unsupported' }).uncheck();
    await expectEventually(async () => (await painted(page)).unsupported === 0);
    expect((await stored(serviceWorker)).levels.unsupported).toBe(false);

    await options.getByRole('checkbox', { name: /Guess first/ }).check();
    await expectEventually(async () => ((await painted(page)).neutral ?? 0) > 0);

    await options.reload();
    await expect(options.getByRole('checkbox', { name: 'Unsupported' })).not.toBeChecked();
    await expect(options.getByRole('checkbox', { name: /Guess first/ })).toBeChecked();
    await options.getByRole('checkbox', { name: /Guess first/ }).uncheck();
    await options.getByRole('checkbox', { name: 'Unsupported' }).check();
    await expectEventually(async () => ((await painted(page)).unsupported ?? 0) > 0);
    expect(problems).toEqual([]);
  });

  test('highlight style and colour scheme are saved; the scheme applies to the page itself', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: 'light' });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: 'Underline' }).check();
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect
      .poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(27, 29, 33)');
    await expectEventually(async () => (await stored(serviceWorker)).scheme === 'dark');
    expect((await stored(serviceWorker)).style).toBe('underline');

    await options.reload();
    await expect(options.getByRole('radio', { name: 'Underline' })).toBeChecked();
    await expect(options.locator('html')).toHaveAttribute('data-scheme', 'dark');
    await options.getByRole('radio', { name: 'Follow the system' }).check();
    await expect(options.locator('html')).not.toHaveAttribute('data-scheme', /./);
  });

  test('site list: blocklist and allowlist with match patterns, validated input', async ({
    context,
    extensionId,
    fixtureServer,
    tabIdOf,
    sendToTab,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
    await tabIdOf(page);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const input = options.getByLabel(/^Site \(/);

    await input.fill('not a site!');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect(options.locator('#site-error')).toBeVisible();
    await expect(input).toHaveAttribute('aria-invalid', 'true');

    await input.fill(`${fixtureServer.origin}/pages/anything.html`);
    await input.press('Enter');
    await expect(options.locator('.sites li')).toHaveText(['127.0.0.1 Remove']);
    expect((await stored(serviceWorker)).sites).toEqual(['127.0.0.1']);
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'paused');

    // Allowlist with the same entry: runs here again.
    await options.getByRole('radio', { name: 'Only on the sites below' }).check();
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state !== 'paused');
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect(options.getByText('No sites listed.')).toBeVisible();
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'paused');

    await options.getByRole('radio', { name: 'Everywhere except the sites below' }).check();
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state !== 'paused');
    await options.getByRole('checkbox', { name: 'Gut Check is on' }).uncheck();
    await expectEventually(async () => (await sendToTab(page, 'getReport')).state === 'paused');
  });
});

test('options: dismissed claims can be counted and forgotten', async ({ context, extensionId, serviceWorker }) => {
  const day = 24 * 60 * 60 * 1000;
  // What an earlier version stored: full URLs, query strings and all, no dates, no version mark.
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.remove('dismissed$');
    await chrome.storage.local.set({
      dismissed: {
        'https://a.example/p?session=1&q=ibs': ['x'],
        'https://a.example/p?session=2#top': ['y'],
        'https://b.example/': ['text:y'],
      },
    });
  });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Migrated on first read: one page per origin and path, nothing of the query kept.
  await expect(options.locator('.dismissed-pages')).toHaveText('2');
  const migrated = await serviceWorker.evaluate(() => chrome.storage.local.get(['dismissed', 'dismissed$']));
  expect(migrated).toEqual({
    dismissed: {
      'https://a.example/p': { claims: ['x', 'y'], at: expect.any(Number) },
      'https://b.example/': { claims: ['text:y'], at: expect.any(Number) },
    },
    dismissed$: { v: 2 },
  });

  // Dismissals lapse after 90 days: a page last changed 91 days ago is not counted.
  await serviceWorker.evaluate(
    async ([now, day]) =>
      chrome.storage.local.set({
        dismissed: {
          'https://a.example/p': { claims: ['x'], at: now - 91 * day },
          'https://b.example/': { claims: ['text:y'], at: now - 89 * day },
        },
      }),
    [Date.now(), day] as const,
  );
  await options.reload();
  await expect(options.locator('.dismissed-pages')).toHaveText('1');
  await options.getByRole('button', { name: 'Forget dismissed claims' }).click();
  await expect(options.locator('.dismissed-pages')).toHaveText('0');
  expect(await serviceWorker.evaluate(async () => (await chrome.storage.local.get('dismissed')).dismissed)).toBe(
    undefined,
  );
});
