import { expect, test } from './fixtures';

test.describe('harness', () => {
  test('the content script runs on a served page', async ({
    context,
    fixtureServer,
    waitForContentScript,
    sendToTab,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/plain-article.html`);
    await waitForContentScript(page);
    const pong = await sendToTab(page, 'ping');
    expect(pong).toEqual({ ok: true, url: page.url() });
  });

  test('popup and options render without errors', async ({
    context,
    extensionId,
    fixtureServer,
    openPopup,
    problems,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/plain-article.html`);
    const popup = await openPopup(page);
    await expect(popup.getByRole('heading', { name: 'Gut Check' })).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('heading', { name: /options/i })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the extension sends nothing over the network', async ({
    context,
    fixtureServer,
    waitForContentScript,
    externalRequests,
  }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/plain-article.html`);
    await waitForContentScript(page);
    expect(externalRequests).toEqual([]);
  });
});
