/**
 * Never break the page: every fixture is loaded with Gut Check paused, then
 * turned on live, then toggled off. While annotated, the page's own DOM
 * (shadow roots and same-origin frames included, our UI host excluded) and
 * its innerText must equal the paused state; after teardown too. Claims in
 * skipped regions are never marked, and nothing leaves the machine.
 */
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { highlightedTexts, innerText, runCommand, serialise, setSettings, settledReport } from './page-helpers';

interface Case {
  page: string;
  /** Texts (whitespace-normalised) that found claims must include. */
  found: string[];
  /** Element names no highlight may start inside. */
  never?: string[];
  /** At most this many claims (skipped regions hold more claim text). */
  max?: number;
}

const SKIPPED = [
  'input',
  'textarea',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'script',
  'style',
];

const CASES: Case[] = [
  {
    page: 'inline-split',
    found: [
      'Probiotics heal leaky gut.',
      'NSAIDs such as ibuprofen damage the gut lining.',
      'Colon cleanses remove toxins.',
    ],
  },
  {
    page: 'tables-lists',
    found: [
      'Probiotics heal leaky gut.',
      'NSAIDs such as ibuprofen damage the gut lining.',
      'Colon cleanses remove toxins.',
    ],
  },
  {
    page: 'form-fields',
    found: ['NSAIDs such as ibuprofen damage the gut lining.'],
    max: 1,
    never: [...SKIPPED, 'div'],
  },
  { page: 'code-pre', found: ['Colon cleanses remove toxins.'], max: 1, never: SKIPPED },
  { page: 'svg-math', found: ['NSAIDs such as ibuprofen damage the gut lining.'], max: 1, never: SKIPPED },
  {
    page: 'iframes',
    found: [
      'Probiotics heal leaky gut.',
      'NSAIDs such as ibuprofen damage the gut lining.',
      'Colon cleanses remove toxins.',
    ],
  },
  {
    page: 'shadow-roots',
    found: ['Probiotics heal leaky gut.', 'NSAIDs such as ibuprofen damage the gut lining.'],
    max: 2,
  },
  { page: 'rtl', found: ['Probiotics heal leaky gut.', 'Colon cleanses remove toxins.'] },
  { page: 'hostile-css', found: ['Probiotics heal leaky gut.', 'NSAIDs such as ibuprofen damage the gut lining.'] },
  { page: 'strict-csp', found: ['Probiotics heal leaky gut.', 'NSAIDs such as ibuprofen damage the gut lining.'] },
  { page: 'hidden', found: ['Probiotics heal leaky gut.'], max: 1 },
  { page: 'boundaries', found: ['NSAIDs such as ibuprofen damage the gut lining.', 'Colon cleanses remove toxins.'] },
  { page: 'dark', found: ['Probiotics heal leaky gut.', 'NSAIDs such as ibuprofen damage the gut lining.'] },
  { page: 'no-gut', found: [], max: 0 },
  { page: 'article', found: ['NSAIDs such as ibuprofen damage the gut lining.'] },
  { page: 'links-buttons', found: ['Probiotics heal leaky gut.', 'NSAIDs such as ibuprofen damage the gut lining.'] },
  {
    page: 'whitespace',
    found: [
      'Probiotics heal leaky gut.',
      'Colon cleanses remove toxins.',
      'NSAIDs such as ibuprofen damage the gut lining.',
    ],
  },
  {
    page: 'quotes-figures',
    found: ['NSAIDs such as ibuprofen damage the gut lining.', 'Colon cleanses remove toxins.'],
  },
  { page: 'nested-deep', found: ['Probiotics heal leaky gut.'] },
  { page: 'mixed-scripts', found: ['Probiotics heal leaky gut.'], max: 1, never: SKIPPED },
  {
    page: 'many-claims',
    found: [
      'Probiotics heal leaky gut.',
      'NSAIDs such as ibuprofen damage the gut lining.',
      'Colon cleanses remove toxins.',
    ],
  },
  { page: 'case-lang', found: ['Probiotics heal leaky gut.'], max: 1 },
  { page: 'plain-article', found: [] },
];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function snapshot(page: Page) {
  return { dom: await serialise(page), text: await innerText(page) };
}

for (const c of CASES) {
  test(`${c.page}: annotated without changing the page`, async ({
    context,
    fixtureServer,
    serviceWorker,
    sendToTab,
    tabIdOf,
    problems,
    externalRequests,
  }) => {
    await setSettings(serviceWorker, { enabled: false });
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/${c.page}.html`);
    const tabId = await tabIdOf(page);
    await page.waitForLoadState('load');
    expect((await sendToTab(page, 'getReport')).state).toBe('paused');
    const before = await snapshot(page);

    // Every claim painted, ungraded ones too: this is about painting, not grading.
    await setSettings(serviceWorker, { enabled: true, unmatched: true });
    const report = await settledReport(page, sendToTab);
    const texts = report.claims.map(x => norm(x.text));
    for (const want of c.found)
      expect(
        texts.some(t => t.includes(want)),
        `${c.page}: ${want} in ${texts.join(' | ')}`,
      ).toBe(true);
    if (c.max != null) expect(report.claims.length).toBeLessThanOrEqual(c.max);
    // Every reported claim is painted, over exactly its text.
    for (const claim of report.claims) expect(norm(claim.highlighted ?? '')).toBe(norm(claim.text));
    const marks = await highlightedTexts(page);
    expect(marks.length).toBeGreaterThanOrEqual(report.claims.filter(x => !x.dismissed).length > 0 ? 1 : 0);
    for (const m of marks) {
      for (const tag of c.never ?? SKIPPED)
        expect(m.inside, `${c.page}: mark "${m.text}" inside <${tag}>`).not.toContain(tag);
    }

    expect(await snapshot(page)).toEqual(before);

    await runCommand(serviceWorker, tabId, 'toggle-highlights');
    await expect.poll(async () => (await sendToTab(page, 'getReport')).state).toBe('paused');
    expect(await highlightedTexts(page)).toEqual([]);
    expect(await snapshot(page)).toEqual(before);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(problems).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
}
