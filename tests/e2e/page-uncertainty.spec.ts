/**
 * Issue 13 item 1: uncertainty is shown, not hidden. Every card names the
 * database claim it was matched with and how sure the match is; a
 * closest-only match, and a grade below the confidence at which grades are
 * usually right (src/shared/grading.ts), is neutral (no level, no level
 * colour) on the card, on the page and in the popup; a class entry says what
 * family graded it; an overstated claim says so in plain words. Hand-made
 * findings for what the current engine never produces, the real engine on
 * the demo article and on a page of loose claims.
 */
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { PageClaim } from '../../src/messaging/protocol';
import { LEVEL } from '../../src/shared/evidence-levels';
import { CONFIDENT } from '../../src/shared/grading';
import { claimOf, renderCard } from './card-harness';
import { expect, test } from './fixtures';
import { highlightedTexts, setSettings, settledReport } from './page-helpers';
import { claimItem } from './popup-page';
import { startFixtureServer } from './server';

const card = (page: Page) => page.locator('gutcheck-ui .card');

/** Every colour the card paints with: none may be a level's. */
async function expectNoLevelColour(page: Page) {
  const colours = await card(page).evaluate(el =>
    [el, ...el.querySelectorAll('*')].flatMap(n => {
      const s = getComputedStyle(n);
      return [s.backgroundColor, s.color, s.borderTopColor];
    }),
  );
  const levelColours = Object.values(LEVEL).flatMap(l => [l.colour, l.mark.line]);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  for (const c of levelColours) expect(colours).not.toContain(rgb(c));
}

/** A level's word anywhere in the card. */
async function expectNoLevelWord(page: Page) {
  for (const level of Object.values(LEVEL)) await expect(card(page)).not.toContainText(level.word);
}

test.describe('hand-made findings', () => {
  test.beforeEach(async ({ context, fixtureServer }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/card-harness.html`);
  });
  const pageOf = ({ context }: { context: { pages(): Page[] } }) => context.pages().at(-1) as Page;

  test('a graded claim shows the statement it was matched with', async ({ context }) => {
    const page = pageOf({ context });
    await renderCard(page, { claim: claimOf({}) });
    await expect(card(page).locator('h2')).toHaveText('Matched: Your liver and kidneys remove waste from the body.');
    await expect(card(page).locator('.level')).toContainText(LEVEL.strong.word);
    await expect(card(page)).toHaveAccessibleName(/Strong evidence\. Matched: .*Your liver and kidneys/);
  });

  test('below the matching threshold: "Closest claim in our database", neutral, no level', async ({ context }) => {
    const page = pageOf({ context });
    await renderCard(page, {
      claim: claimOf({ claimId: null, evidence: null, verdict: null, statement: null }),
    });
    await expect(card(page).locator('h2')).toHaveText('Closest claim in our database');
    await expect(card(page)).toContainText('Your liver and kidneys remove waste from the body.');
    await expect(card(page).locator('.level')).toHaveCount(0);
    await expectNoLevelWord(page);
    await expectNoLevelColour(page);
  });

  test('a grade below the confidence at which grades are usually right: the closest claim, neutral', async ({
    context,
  }) => {
    const page = pageOf({ context });
    // The wrong match: a "Strong" liver card for a kombucha detox claim.
    await renderCard(page, { claim: claimOf({ confidence: CONFIDENT - 0.01 }) });
    await expect(card(page).locator('h2')).toHaveText('Closest claim in our database');
    await expect(card(page)).toContainText('Your liver and kidneys remove waste from the body.');
    await expect(card(page).locator('.sureness')).toContainText('Match confidence: low, 0.79.');
    await expect(card(page).locator('.level')).toHaveCount(0);
    await expect(card(page)).not.toContainText('Correct: the liver and kidneys');
    await expectNoLevelWord(page);
    await expectNoLevelColour(page);
    // Educator mode: nothing to guess on a claim with no grade.
    await renderCard(page, { claim: claimOf({ confidence: 0.5 }), educator: true });
    await expect(card(page)).not.toContainText('How strong do you think the evidence is?');
    await expect(card(page).locator('h2')).toHaveText('Closest claim in our database');
  });

  test('a graded claim says how sure the match is', async ({ context }) => {
    const page = pageOf({ context });
    await renderCard(page, { claim: claimOf({ confidence: 0.93 }) });
    await expect(card(page).locator('.sureness')).toHaveText('Match confidence: high, 0.93.');
  });

  test('a class entry says what family of claims graded it', async ({ context }) => {
    const page = pageOf({ context });
    await renderCard(page, {
      claim: claimOf({
        text: 'This probiotic blend restores your gut.',
        evidence: 'limited',
        match: {
          id: 'probiotics-general',
          statement: 'Probiotics improve gut health.',
          via: 'class',
          family: 'probiotics',
        },
      }),
    });
    await expect(card(page)).toContainText('Graded as a claim about probiotics in general');
  });

  test('an overstated claim says what the page says and what the research shows', async ({ context }) => {
    const page = pageOf({ context });
    await renderCard(page, {
      claim: claimOf({ evidence: 'limited', overstated: true, overstatedBy: 'cures' }),
    });
    await expect(card(page).locator('.overstated')).toHaveText(
      'The page says cures; the research shows early evidence at best.',
    );
    await expect(card(page).locator('.overstated em')).toHaveText('cures');
  });
});

test('the real engine on the demo article: every graded card names its database claim and how sure the match is', async ({
  context,
  sendToTab,
}) => {
  const demo = await startFixtureServer(join(import.meta.dirname, '..', '..', 'demo'));
  const page = await context.newPage();
  try {
    await page.goto(`${demo.origin}/article.html`);
    const report = await settledReport(page, sendToTab);
    const graded = report.claims.filter(c => c.evidence && c.match && c.confidence >= CONFIDENT);
    expect(graded.length).toBeGreaterThan(3);
    for (const c of graded.slice(0, 6)) {
      await sendToTab(page, 'focusClaim', { index: c.index });
      await expect(card(page).locator('h2')).toHaveText(`Matched: ${c.match!.statement}`);
      await expect(card(page).locator('.level')).toContainText(LEVEL[c.evidence!].word);
      await expect(card(page).locator('.sureness')).toHaveText(`Match confidence: high, ${c.confidence.toFixed(2)}.`);
    }
  } finally {
    await page.close();
    await demo.close();
  }
});

/** Claims the engine graded, but below the confidence at which grades are usually right. */
const unsure = (claims: PageClaim[]) => claims.filter(c => c.evidence && c.confidence < CONFIDENT);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the real engine on loose claims: unsure grades are never painted, listed or carded in a level', async ({
  context,
  fixtureServer,
  openPopup,
  sendToTab,
  serviceWorker,
  tabIdOf,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/unsure-matches.html`);
  let report = await settledReport(page, sendToTab);
  const loose = unsure(report.claims);
  const sure = report.claims.filter(c => c.evidence && c.confidence >= CONFIDENT);
  expect(loose.length, 'the page has grades the engine is unsure of').toBeGreaterThan(0);
  expect(sure.length, 'and grades it is sure of').toBeGreaterThan(0);

  // By default readers see no mark on them; sure grades keep their level's mark.
  const marks = await highlightedTexts(page);
  for (const c of loose) expect(marks.map(m => norm(m.text))).not.toContain(norm(c.text));
  for (const c of sure)
    expect(marks).toContainEqual(expect.objectContaining({ group: c.evidence, text: c.highlighted }));

  // Researchers who show ungraded claims see them in the ungraded look, never a level's.
  await setSettings(serviceWorker, { unmatched: true });
  await expect
    .poll(async () => (await highlightedTexts(page)).filter(m => m.group === 'unmatched').length)
    .toBeGreaterThanOrEqual(loose.length);
  const painted = await highlightedTexts(page);
  for (const c of loose)
    expect(painted.filter(m => norm(m.text) === norm(c.text)).map(m => m.group)).toEqual(['unmatched']);

  // Their cards name the closest claim, neutrally.
  report = await settledReport(page, sendToTab);
  for (const c of unsure(report.claims)) {
    await sendToTab(page, 'focusClaim', { index: c.index });
    await expect(card(page).locator('blockquote')).toHaveText(c.text);
    await expect(card(page).locator('h2')).toHaveText('Closest claim in our database');
    await expect(card(page)).toContainText(c.match!.statement);
    await expectNoLevelWord(page);
    await expectNoLevelColour(page);
  }

  // The badge does not count them: its tooltip counts weak claims among the sure grades only.
  const weak = sure.filter(c => c.evidence === 'unsupported' || c.evidence === 'contradicted').length;
  const tabId = await tabIdOf(page);
  const title = () => serviceWorker.evaluate(id => chrome.action.getTitle({ tabId: id }), tabId);
  await expect
    .poll(title)
    .toBe(
      weak
        ? `Gut Check: ${weak} claim${weak === 1 ? '' : 's'} with weak or contrary evidence (of ${report.claims.length} found)`
        : `Gut Check: ${report.claims.length} claims found, none with weak or contrary evidence`,
    );

  // The popup lists them as not graded, naming the closest claim.
  const popup = await openPopup(page);
  for (const c of loose) {
    const item = claimItem(popup, c.index);
    await expect(item).toHaveAttribute('data-evidence', 'unmatched');
    await expect(item.locator('.claim-match')).toHaveAttribute('data-kind', 'closest');
    await expect(item.locator('.claim-match')).toContainText(`Closest claim in our database: ${c.match!.statement}`);
    if (c.verdict) await expect(item).not.toContainText(c.verdict);
  }
  for (const c of sure) {
    await expect(claimItem(popup, c.index)).toHaveAttribute('data-evidence', c.evidence!);
    await expect(claimItem(popup, c.index).locator('.claim-match')).toContainText(`Matched: ${c.match!.statement}`);
  }
});
