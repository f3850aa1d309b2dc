/**
 * Issue 13 item 1: uncertainty is shown, not hidden. Every card names the
 * database claim it was matched with; a closest-only match is neutral (no
 * level, no level colour); a class entry says what family graded it; an
 * overstated claim says so in plain words. Hand-made findings for what the
 * current engine never produces, the real engine on the demo article.
 */
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { LEVEL } from '../../src/shared/evidence-levels';
import { claimOf, renderCard } from './card-harness';
import { expect, test } from './fixtures';
import { settledReport } from './page-helpers';
import { startFixtureServer } from './server';

const card = (page: Page) => page.locator('gutcheck-ui .card');

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
    for (const level of Object.values(LEVEL)) await expect(card(page)).not.toContainText(level.word);
    // No level colour anywhere in the card: only the card's own neutral colours.
    const colours = await card(page).evaluate(el =>
      [el, ...el.querySelectorAll('*')].flatMap(n => {
        const s = getComputedStyle(n);
        return [s.backgroundColor, s.color, s.borderTopColor];
      }),
    );
    const levelColours = Object.values(LEVEL).flatMap(l => [l.colour, l.mark.line]);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    for (const c of levelColours) expect(colours).not.toContain(rgb(c));
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

test('the real engine on the demo article: every graded card names its database claim', async ({
  context,
  sendToTab,
}) => {
  const demo = await startFixtureServer(join(import.meta.dirname, '..', '..', 'demo'));
  const page = await context.newPage();
  try {
    await page.goto(`${demo.origin}/article.html`);
    const report = await settledReport(page, sendToTab);
    const graded = report.claims.filter(c => c.evidence && c.match);
    expect(graded.length).toBeGreaterThan(5);
    for (const c of graded.slice(0, 6)) {
      await sendToTab(page, 'focusClaim', { index: c.index });
      await expect(card(page).locator('h2')).toHaveText(`Matched: ${c.match!.statement}`);
      await expect(card(page).locator('.level')).toContainText(LEVEL[c.evidence!].word);
    }
  } finally {
    await page.close();
    await demo.close();
  }
});
