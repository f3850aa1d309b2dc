/**
 * Issue 13 item 8: educator mode holds a lesson on the page. After a keyboard
 * guess focus lands on the announced result, "Next claim →" goes on, and the
 * guesses (and so the score) survive a reload for the browser session, in
 * the shape the popup exports (src/settings/guesses.ts), and go out with the
 * page report.
 */
import type { Page } from '@playwright/test';

import type { AuditReport } from '../../src/report/types';
import { LEVEL } from '../../src/shared/evidence-levels';
import { shownLevel } from '../../src/shared/grading';
import { expect, test } from './fixtures';
import { setSettings, settledReport } from './page-helpers';
import { openPopupFor, recordedDownloads } from './popup-page';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** Presses Tab until the focused button inside our shadow root is named `name`. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 30; i++) {
    const label = await page.evaluate(() => {
      const el = document.querySelector('gutcheck-ui')?.shadowRoot?.activeElement;
      return el?.tagName === 'BUTTON' ? (el.textContent ?? '') : '';
    });
    if (name.test(label)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no ${name} to tab to`);
}

test('a keyboard guess: focus on the announced result, "Next claim →", kept across a reload', async ({
  context,
  fixtureServer,
  serviceWorker,
  sendToTab,
}) => {
  await setSettings(serviceWorker, { educator: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
  const report = await settledReport(page, sendToTab);
  // Claims shown with a level: the ones with something to guess, and the ones "Next claim →" goes through.
  const [first, second] = report.claims.filter(c => shownLevel(c));
  expect(second, 'two graded claims').toBeDefined();

  await sendToTab(page, 'focusClaim', { index: first!.index });
  await expect(card(page)).toContainText('How strong do you think the evidence is?');
  await tabTo(page, /Limited/);
  await page.keyboard.press('Enter');

  // Focus is on the result, which is also read out through the card's status line.
  const result = card(page).locator('.result');
  await expect(result).toBeFocused();
  await expect(result).toContainText('You guessed Limited');
  await expect(card(page).getByRole('status')).toHaveText(await result.innerText());

  // "Next claim →" goes on to the next claim's question.
  await tabTo(page, /Next claim/);
  await page.keyboard.press('Enter');
  await expect(card(page).locator('blockquote')).toHaveText(second!.text);
  await expect(card(page)).toContainText('How strong do you think the evidence is?');

  // Kept for the session: stored in the popup's export shape, and back after a reload.
  const stored = await serviceWorker.evaluate(async () => (await chrome.storage.session.get('guesses')).guesses);
  const page1 = (
    stored as Record<string, Record<string, { guess: string; evidence: string; text: string; at: string }>>
  )[page.url()]!;
  expect(Object.values(page1)).toEqual([
    { guess: 'limited', evidence: first!.evidence, text: first!.text, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
  ]);
  await page.reload();
  const after = await settledReport(page, sendToTab);
  expect(after.claims[first!.index]!.guess).toBe('limited');
  expect(after.claims.filter(c => c.guess)).toHaveLength(1);
  await sendToTab(page, 'focusClaim', { index: first!.index });
  await expect(card(page)).toContainText('You guessed Limited');

  // The popup's "Reset score" forgets them for the session too.
  await sendToTab(page, 'resetGuesses');
  await expect
    .poll(async () =>
      serviceWorker.evaluate(async url => {
        const all = (await chrome.storage.session.get('guesses')).guesses as Record<string, unknown> | undefined;
        return all?.[url] ?? null;
      }, page.url()),
    )
    .toBeNull();
  await page.reload();
  expect((await settledReport(page, sendToTab)).claims[first!.index]!.guess).toBeUndefined();
});

test('the session’s guesses go out with the page report: each claim’s guess and the score, after a reload too', async ({
  context,
  extensionId,
  fixtureServer,
  serviceWorker,
  sendToTab,
  tabIdOf,
}) => {
  await setSettings(serviceWorker, { educator: true });
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/popup-claims.html`);
  const report = await settledReport(page, sendToTab);
  const [first, second] = report.claims.filter(c => shownLevel(c));
  expect(second, 'two graded claims').toBeDefined();
  const wrong = shownLevel(second!) === 'strong' ? 'contradicted' : 'strong';
  for (const [claim, guess] of [
    [first!, shownLevel(first!)!],
    [second!, wrong],
  ] as const) {
    await sendToTab(page, 'focusClaim', { index: claim.index });
    await card(page).getByRole('button', { name: LEVEL[guess].word, exact: true }).click();
    await expect(card(page).locator('.result')).toBeFocused();
  }
  // A reload in the middle of the lesson loses nothing.
  await page.reload();
  await settledReport(page, sendToTab);

  const popup = await openPopupFor(context, extensionId, await tabIdOf(page), { recordDownloads: true });
  await expect(popup.locator('.score')).toHaveText('1 of 2 guesses right');
  await popup.getByRole('button', { name: 'Export this page’s audit as JSON' }).click();
  await popup.getByRole('button', { name: 'Export this page’s audit as Markdown' }).click();
  await expect.poll(async () => (await recordedDownloads(popup)).filter(d => d.content).length).toBe(2);
  const [json, md] = (await recordedDownloads(popup)).map(d => d.content) as [string, string];
  const doc = (JSON.parse(json) as AuditReport).documents[0]!;
  expect(doc.score).toEqual({ right: 1, total: 2 });
  const guessed = doc.claims.filter(c => c.guess).map(c => [c.text, c.guess]);
  expect(guessed).toEqual([
    [first!.text, shownLevel(first!)],
    [second!.text, wrong],
  ]);
  expect(md).toContain('Educator mode: 1 of 2 guesses right.');
});
