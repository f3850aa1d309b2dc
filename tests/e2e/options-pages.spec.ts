import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';

import type { ClaimsIndex } from '../../src/engine/types';
import { expect, test } from './fixtures';

const database = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'src', 'generated', 'claims-index.json'), 'utf8'),
) as ClaimsIndex;

test.describe('options page and guide', () => {
  test('catalogue lists the whole database, searchable, with level, verdict and citation links', async ({
    context,
    extensionId,
    problems,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const entries = options.locator('.catalogue-entry');
    await expect(entries).toHaveCount(database.claims.length);
    await expect(options.locator('.catalogue-count')).toHaveText(`Showing all ${database.claims.length} claims`);

    const sample = database.claims.find(c => c.citations.some(x => x.pmid))!;
    const entry = options.locator(`.catalogue-entry[data-claim-id="${sample.id}"]`);
    await expect(entry).toHaveAttribute('data-evidence', sample.evidence);
    await expect(entry).toContainText(sample.verdict);
    await entry.locator('summary').click();
    const pmid = sample.citations.find(x => x.pmid)!.pmid!;
    await expect(entry.getByRole('link', { name: `PMID:${pmid}` })).toHaveAttribute(
      'href',
      `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`,
    );

    const word = sample.statement.split(/\W+/).find(w => w.length > 6)!;
    await options.getByRole('searchbox').fill(word);
    const expected = database.claims.filter(c =>
      [c.statement, c.verdict, c.summary, ...c.topics, ...c.citations.map(x => x.title)]
        .join(' ')
        .toLowerCase()
        .includes(word.toLowerCase()),
    );
    await expect(entries).toHaveCount(expected.length);
    await options.getByRole('combobox', { name: 'Level' }).selectOption('contradicted');
    await expect(entries).toHaveCount(expected.filter(c => c.evidence === 'contradicted').length);
    await options.getByRole('searchbox').fill('');
    await expect(entries).toHaveCount(database.claims.filter(c => c.evidence === 'contradicted').length);
    expect(problems).toEqual([]);
  });

  test('lists the keyboard shortcuts and explains how to change them', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const rows = options.locator('.shortcuts tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(options.locator('tr[data-command="next-claim"]')).toContainText('Go to the next claim on the page');
    // The row shows what the browser bound (fresh headless profiles may bind nothing).
    const bound = await serviceWorker.evaluate(
      async () => (await chrome.commands.getAll()).find(c => c.name === 'next-claim')?.shortcut,
    );
    await expect(options.locator('tr[data-command="next-claim"] td').nth(1)).toHaveText(bound || 'Not set');
    const opened = context.waitForEvent('page');
    await options.getByRole('button', { name: 'chrome://extensions/shortcuts' }).click();
    expect((await opened).url()).toMatch(/^chrome:\/\/extensions\/shortcuts/);
  });

  test('the guide explains the scale with database examples and the disclaimer', async ({
    context,
    extensionId,
    problems,
  }) => {
    const guide = await context.newPage();
    await guide.goto(`chrome-extension://${extensionId}/guide.html`);
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText('How to judge a health claim');
    await expect(guide.getByText('Gut Check informs; it never diagnoses or gives treatment advice.')).toBeVisible();
    for (const level of ['strong', 'moderate', 'limited', 'unsupported', 'contradicted']) {
      const example = database.claims.find(c => c.evidence === level)!;
      await expect(guide.locator(`.level-card[data-level="${level}"]`)).toContainText(example.statement);
    }
    // Reachable from the options page too, at the #disclaimer the in-page card links to.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#disclaimer`);
    await expect(options.locator('#disclaimer')).toContainText('it never diagnoses or gives treatment advice');
    await expect(options.locator('#disclaimer')).toBeInViewport();
    expect(problems).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`options, guide and welcome pages have no axe violations (${colorScheme})`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      for (const path of ['options.html', 'guide.html', 'welcome.html']) {
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(`chrome-extension://${extensionId}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // A few catalogue entries are enough to check their markup, and keep axe quick.
        if (path === 'options.html') await page.getByRole('searchbox').fill('probiotic');
        // Open every disclosure so citations are checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach(d => (d.open = true)));
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map(
            v =>
              `${path} ${v.id}: ${v.nodes
                .slice(0, 3)
                .map(n => n.target)
                .join(' ')}`,
          ),
        ).toEqual([]);
      }
    });
  }
});
