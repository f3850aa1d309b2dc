/**
 * Issue 13 items 5 and 6: marks readable without colour, and quieter pages.
 * Each level keeps a line style of its own in forced colours (high
 * contrast), unmatched claims have a look of their own and are hidden from
 * readers by default, the default style is an underline, and "weak claims
 * only" marks unsupported and contradicted claims alone. Which level a claim
 * is shown with (none when the grade is unsure) is src/shared/grading.ts.
 */
import type { Page } from '@playwright/test';

import { DEFAULT_SETTINGS, withWeakOnly } from '../../src/settings/model';
import { LEVEL_KEYS, WEAK_LEVELS } from '../../src/shared/evidence-levels';
import { shownLevel } from '../../src/shared/grading';
import { expect, test } from './fixtures';
import { highlightedTexts, OUR_HIGHLIGHT, setSettings, settledReport } from './page-helpers';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rule our sheet gives one highlight group, as the page's CSSOM reads it. */
async function ruleOf(page: Page, group: string, forced = false) {
  return page.evaluate(
    ({ group, forced, pattern }) => {
      const groupOf = (selector: string) =>
        new RegExp(pattern).exec(selector.replace(/^::highlight\((.*)\)$/, '$1'))?.[1];
      for (const sheet of document.adoptedStyleSheets) {
        const rules = [...sheet.cssRules];
        const pool = forced
          ? rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule).flatMap(m => [...m.cssRules])
          : rules;
        for (const r of pool) {
          if (r instanceof CSSStyleRule && groupOf(r.selectorText) === group) {
            return {
              background: r.style.backgroundColor,
              line: r.style.textDecorationLine,
              style: r.style.textDecorationStyle,
              thickness: r.style.textDecorationThickness,
            };
          }
        }
      }
      return null;
    },
    { group, forced, pattern: OUR_HIGHLIGHT },
  );
}

test.describe('marks', () => {
  test.beforeEach(async ({ context, fixtureServer, sendToTab }) => {
    const page = await context.newPage();
    await page.goto(`${fixtureServer.origin}/pages/marks.html`);
    await settledReport(page, sendToTab);
  });
  const pageOf = ({ context }: { context: { pages(): Page[] } }) => context.pages().at(-1) as Page;

  test('by default: underlines, thick lines, and no marks on claims the database does not grade', async ({
    context,
    sendToTab,
  }) => {
    const page = pageOf({ context });
    const report = await sendToTab(page, 'getReport');
    const unmatched = report.claims.filter(c => !shownLevel(c)).map(c => norm(c.text));
    expect(unmatched.length).toBeGreaterThan(0);
    const marks = await highlightedTexts(page);
    expect(marks.map(m => m.group)).not.toContain('unmatched');
    expect(marks.map(m => norm(m.text)).filter(t => unmatched.includes(t))).toEqual([]);
    expect(marks.length).toBe(report.claims.length - unmatched.length);
    for (const level of ['strong', 'limited', 'contradicted']) {
      const rule = (await ruleOf(page, level))!;
      expect(rule.background).toBe('');
      expect(rule.line).toBe('underline');
      expect(rule.thickness).toBe('3px');
    }
  });

  test('researchers can show unmatched claims, in a look of their own', async ({
    context,
    serviceWorker,
    sendToTab,
  }) => {
    const page = pageOf({ context });
    await setSettings(serviceWorker, { unmatched: true });
    const report = await sendToTab(page, 'getReport');
    const unmatched = report.claims.filter(c => !shownLevel(c)).map(c => norm(c.text));
    await expect
      .poll(async () => (await highlightedTexts(page)).filter(m => m.group === 'unmatched').map(m => norm(m.text)))
      .toEqual(unmatched);
    const looks = await Promise.all(LEVEL_KEYS.map(async k => JSON.stringify(await ruleOf(page, k))));
    expect(new Set(looks).size).toBe(LEVEL_KEYS.length);
    expect((await ruleOf(page, 'unmatched'))!.line).toBe('underline overline');
  });

  test('"weak claims only" marks unsupported and contradicted claims and nothing else', async ({
    context,
    serviceWorker,
    sendToTab,
  }) => {
    const page = pageOf({ context });
    await setSettings(serviceWorker, { ...withWeakOnly(DEFAULT_SETTINGS, true) });
    const report = await sendToTab(page, 'getReport');
    const weak = report.claims
      .filter(c => WEAK_LEVELS.some(l => l === shownLevel(c)))
      .map(c => norm(c.text))
      .sort();
    expect(weak.length).toBeGreaterThan(0);
    await expect.poll(async () => (await highlightedTexts(page)).map(m => norm(m.text)).sort()).toEqual(weak);
    const groups = new Set((await highlightedTexts(page)).map(m => m.group));
    for (const g of groups) expect(WEAK_LEVELS as readonly string[]).toContain(g);
  });

  test('in forced colours every level, and unmatched, still looks different', async ({ context }) => {
    const page = pageOf({ context });
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    // Paint one sample per group with the extension's own rules. Not in its own highlights:
    // it drops ranges it did not add (tests/e2e/page-hostile.spec.ts), so each sample gets a
    // highlight of the page's, styled by a copy of our sheet with our name swapped for it.
    await page.evaluate(
      ({ keys, pattern }) => {
        const ours = new RegExp(pattern);
        const names = new Map<string, string>();
        for (const name of CSS.highlights.keys()) {
          const group = ours.exec(name)?.[1];
          if (group) names.set(name, `sample-${group}`);
        }
        const css = [...document.adoptedStyleSheets]
          .flatMap(s => [...s.cssRules].map(r => r.cssText))
          .filter(t => [...names.keys()].some(n => t.includes(n)))
          .map(t => t.replace(/gutcheck-[0-9a-f]{16}-([a-z]+)/g, 'sample-$1'))
          .join('\n');
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        for (const key of keys) {
          const range = document.createRange();
          range.selectNodeContents(document.getElementById(`sample-${key}`)!.firstChild!);
          CSS.highlights.set(`sample-${key}`, new Highlight(range));
        }
      },
      { keys: LEVEL_KEYS, pattern: OUR_HIGHLIGHT },
    );
    const shots = new Map<string, Buffer>();
    // The whole line box: the lines sit below the text's own box.
    for (const key of LEVEL_KEYS) shots.set(key, await page.locator(`p:has(> #sample-${key})`).screenshot());
    for (const [i, a] of LEVEL_KEYS.entries()) {
      for (const b of LEVEL_KEYS.slice(i + 1)) {
        expect(shots.get(a)!.equals(shots.get(b)!), `${a} and ${b} look the same in forced colours`).toBe(false);
      }
    }
    // Each group keeps a look of its own (style and weight) in the forced-colours rules.
    const looks = await Promise.all(
      LEVEL_KEYS.map(async k => {
        const rule = (await ruleOf(page, k, true))!;
        return `${rule.style} ${rule.thickness}`;
      }),
    );
    expect(new Set(looks).size).toBe(LEVEL_KEYS.length);
  });

  test('the legend is one click away from the card and draws the page’s lines', async ({ context, sendToTab }) => {
    const page = pageOf({ context });
    await sendToTab(page, 'focusClaim', { index: 0 });
    const card = page.getByRole('dialog');
    await card.getByRole('button', { name: 'What the marks mean' }).click();
    await expect(card.locator('h2')).toHaveText('What the marks mean');
    const rows = card.locator('.gc-legend > div');
    await expect(rows).toHaveCount(LEVEL_KEYS.length);
    for (const key of LEVEL_KEYS) {
      const sample = card.locator(`.gc-legend > div[data-level="${key}"] .gc-legend-sample`);
      const style = await sample.evaluate(el => getComputedStyle(el).textDecorationStyle);
      expect(style).toBe((await ruleOf(page, key))?.style ?? style);
    }
    await card.getByRole('button', { name: 'Back to the claim' }).click();
    await expect(card.locator('h2')).toContainText('Matched:');
  });
});

test('"Weak claims only" in the options repaints an open page at once, and turns back', async ({
  context,
  extensionId,
  fixtureServer,
  sendToTab,
}) => {
  const page = await context.newPage();
  await page.goto(`${fixtureServer.origin}/pages/marks.html`);
  const report = await settledReport(page, sendToTab);
  const groups = async () => [...new Set((await highlightedTexts(page)).map(m => m.group))].sort();
  const shown = [...new Set(report.claims.map(c => shownLevel(c)).filter(l => l != null))].sort();
  const weak = shown.filter(l => WEAK_LEVELS.includes(l));
  expect(weak.length, 'weak claims on the page').toBeGreaterThan(0);
  expect(weak.length, 'and others').toBeLessThan(shown.length);
  await expect.poll(groups).toEqual(shown);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const weakOnly = options.getByRole('checkbox', { name: /Weak claims only/ });
  await weakOnly.check();
  await expect.poll(groups).toEqual(weak);
  await expect(options.getByRole('checkbox', { name: /Strong/ })).not.toBeChecked();
  await weakOnly.uncheck();
  await expect.poll(groups).toEqual(shown);
});
