/**
 * Screenshots of the evidence card on the demo article, for closing notes:
 * the card of a claim near the middle and near the bottom of a 1000×600
 * window, the card expanded, the legend from the card, the page's marks and
 * the marks in forced colours. `--extension` points at another build (e.g.
 * an older commit's .output/chrome-mv3) for "before" pictures; a build
 * without the newer card simply skips the shots it cannot take.
 *
 *   npm run build && tsx scripts/card-screenshots.ts [--out DIR] [--extension DIR] [--prefix NAME]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { Page } from '@playwright/test';

import { EXTENSION_DIR, findTabId, launchWithExtension, messageTab, serviceWorkerOf } from '../tests/e2e/launch';
import { startFixtureServer } from '../tests/e2e/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'demo-output/card' },
    extension: { type: 'string', default: EXTENSION_DIR },
    prefix: { type: 'string', default: '' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const file = (name: string) => join(outDir, `${values.prefix}${name}.png`);

/** Scrolls the n-th marked claim to `below` px above the window's bottom and hovers its first line. */
async function hoverClaim(page: Page, n: number, below: number): Promise<void> {
  const point = await page.evaluate(
    ([n, below]) => {
      const ranges: Range[] = [];
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('gutcheck-') && !name.endsWith('-focus'))
          ranges.push(...(h as Highlight as Iterable<Range>));
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[n]!;
      scrollTo(0, Math.max(0, range.getClientRects()[0]!.top + scrollY - innerHeight + below));
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
    },
    [n, below] as const,
  );
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400);
  await page.mouse.move(point.x, point.y);
  await page.locator('gutcheck-ui .card').waitFor();
  await page.waitForTimeout(500);
}

const server = await startFixtureServer(join(ROOT, 'demo'));
const { context } = await launchWithExtension(resolve(values.extension));
const written: string[] = [];
try {
  const sw = await serviceWorkerOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(`${server.origin}/article.html`);
  const tabId = await findTabId(sw, page.url(), 20_000);
  for (let i = 0; i < 200; i++) {
    if ((await messageTab(sw, tabId, 'getReport')).state === 'ready') break;
    await new Promise(r => setTimeout(r, 100));
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: file('marks') });
  written.push(file('marks'));

  // A claim with several citations, once mid-window and once near the bottom edge.
  const claim = 5;
  for (const [name, below] of [
    ['card-middle', 300],
    ['card-bottom', 90],
  ] as const) {
    await hoverClaim(page, claim, below);
    await page.screenshot({ path: file(name) });
    written.push(file(name));
  }
  const card = page.locator('gutcheck-ui .card');
  const expand = card.getByRole('button', { name: 'Show the research' });
  if (await expand.count()) {
    await expand.click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: file('card-bottom-expanded') });
    written.push(file('card-bottom-expanded'));
  }
  const legend = card.getByRole('button', { name: 'What the marks mean' });
  if (await legend.count()) {
    await legend.click();
    await page.waitForTimeout(400);
    await card.screenshot({ path: file('card-legend') });
    written.push(file('card-legend'));
  }
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await page.emulateMedia({ forcedColors: 'active' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: file('marks-forced-colours') });
  written.push(file('marks-forced-colours'));
} finally {
  await context.close();
  await server.close();
}
console.log(written.join('\n'));
