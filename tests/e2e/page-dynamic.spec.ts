/**
 * Pages that change under us, and the ways Gut Check turns off: appended
 * claims are found, removed or edited claim text loses its highlight, an SPA
 * and a page that deletes foreign elements keep working without errors, a
 * 100,000-word page finishes, and settings apply live with one teardown.
 */
import { expect, test } from './fixtures';
import { highlightedTexts, innerText, serialise, setSettings, settledReport } from './page-helpers';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('claims appended later are found; nothing is analysed twice', async ({
  context,
  fixtureServer,
  sendToTab,
  problems,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/append.html`);
  await expect.poll(async () => (await sendToTab(page, 'getReport')).claims.length, { timeout: 15_000 }).toBe(2);
  const texts = (await sendToTab(page, 'getReport')).claims.map(c => norm(c.highlighted ?? ''));
  expect(texts).toEqual(['Probiotics heal leaky gut.', 'Colon cleanses remove toxins.']);
  expect(problems).toEqual([]);
});

test('edited and removed claim text loses its highlight', async ({
  context,
  fixtureServer,
  sendToTab,
  serviceWorker,
}) => {
  // Every claim painted, ungraded ones too: this is about marks following the text.
  await setSettings(serviceWorker, { unmatched: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/text-edit.html`);
  const before = await settledReport(page, sendToTab);
  expect(before.claims).toHaveLength(3);
  await page.click('#edit');
  await page.click('#remove');
  await expect
    .poll(async () => (await sendToTab(page, 'getReport')).claims.map(c => norm(c.text)))
    .toEqual(['Colon cleanses remove toxins.']);
  await expect
    .poll(async () => (await highlightedTexts(page)).map(m => m.text))
    .toEqual(['Colon cleanses remove toxins.']);
});

test('an SPA replacing its content every second: marks follow the current view', async ({
  context,
  fixtureServer,
  sendToTab,
  problems,
  externalRequests,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/spa.html`);
  await page.waitForTimeout(3500);
  // Highlights never outlive their text: every mark covers text that is on the page now.
  await expect
    .poll(async () => {
      const [marks, text] = [await highlightedTexts(page), await innerText(page)];
      return marks.length > 0 && marks.every(m => m.text && text.includes(m.text));
    })
    .toBe(true);
  const report = await sendToTab(page, 'getReport');
  expect(report.claims.length).toBeLessThanOrEqual(2);
  expect(problems).toEqual([]);
  expect(externalRequests).toEqual([]);
});

test('a page that removes every element it did not create keeps working', async ({
  context,
  fixtureServer,
  sendToTab,
  problems,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/remove-foreign.html`);
  const report = await settledReport(page, sendToTab);
  expect(report.claims.length).toBeGreaterThanOrEqual(2);
  // Opening a card adds our host; the page removes it; we put it back next time without errors.
  await sendToTab(page, 'focusClaim', { index: 0 });
  await page.waitForTimeout(300);
  await sendToTab(page, 'focusClaim', { index: 1 });
  await page.waitForTimeout(300);
  expect(await highlightedTexts(page)).not.toEqual([]);
  expect(await page.locator('#app p').count()).toBe(2);
  expect(problems).toEqual([]);
});

test('a page of 100,000 words is annotated', async ({ context, fixtureServer, sendToTab, problems }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/huge.html`);
  const dom = await serialise(page);
  const report = await settledReport(page, sendToTab, 30_000);
  expect(report.claims).toHaveLength(20);
  expect(report.words).toBeGreaterThan(100_000);
  expect(await serialise(page)).toBe(dom);
  expect(problems).toEqual([]);
});

test('settings apply live: style, levels, site blocklist and dismissals; one teardown', async ({
  context,
  fixtureServer,
  serviceWorker,
  sendToTab,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/inline-split.html`);
  const report = await settledReport(page, sendToTab);
  const dom = await serialise(page);
  const sheetText = () =>
    page.evaluate(() => document.adoptedStyleSheets.flatMap(s => [...s.cssRules].map(r => r.cssText)).join('\n'));
  expect(await sheetText()).toContain('background-color');
  await setSettings(serviceWorker, { style: 'underline' });
  await expect.poll(sheetText).not.toContain('background-color: rgb(46');

  const strong = report.claims.find(c => c.evidence === 'strong');
  if (strong) {
    await setSettings(serviceWorker, {
      levels: { strong: false, moderate: true, limited: true, unsupported: true, contradicted: true },
    });
    await expect.poll(async () => (await highlightedTexts(page)).some(m => m.group === 'strong')).toBe(false);
    await setSettings(serviceWorker, {
      levels: { strong: true, moderate: true, limited: true, unsupported: true, contradicted: true },
    });
  }

  // Dismiss the first claim the way the popup does (local storage, keyed by page and claim id).
  const first = report.claims[0]!;
  await serviceWorker.evaluate(
    async ([url, key]) => chrome.storage.local.set({ dismissed: { [url]: { claims: [key], at: Date.now() } } }),
    [page.url(), first.claimId ?? `text:${first.text}`] as const,
  );
  await expect.poll(async () => (await sendToTab(page, 'getReport')).claims[0]!.dismissed).toBe(true);
  await expect.poll(async () => (await highlightedTexts(page)).map(m => m.text)).not.toContain(first.highlighted);

  await setSettings(serviceWorker, { sites: ['127.0.0.1'] });
  await expect.poll(async () => (await sendToTab(page, 'getReport')).state).toBe('paused');
  expect(await highlightedTexts(page)).toEqual([]);
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  expect(await page.locator('gutcheck-ui').count()).toBe(0);
  expect(await serialise(page)).toBe(dom);

  await setSettings(serviceWorker, { sites: [] });
  await expect.poll(async () => (await sendToTab(page, 'getReport')).claims.length).toBe(report.claims.length);
});

test('forced colours: marks still painted, card still readable', async ({ context, fixtureServer, sendToTab }) => {
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await page.goto(`${fixtureServer.origin}/pages/dark.html`);
  await settledReport(page, sendToTab);
  expect((await highlightedTexts(page)).length).toBeGreaterThan(0);
  await sendToTab(page, 'focusClaim', { index: 0 });
  await expect(page.getByRole('dialog')).toBeVisible();
});
