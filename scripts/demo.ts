/**
 * `npm run demo`: the extension's main job, end to end. Loads the built
 * extension in Chromium, opens the project's demo article from a local
 * server, and writes three screenshots (annotated page, an open evidence
 * card, the popup) to the output folder, then prints the page summary.
 *
 *   npm run demo -- [--headed] [--out DIR]
 *
 * Headless unless --headed is given and a display is available.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { PageReport } from '../src/messaging/protocol';
import { LEVEL_KEYS } from '../src/shared/evidence-levels';
import { shownKey, shownLevel } from '../src/shared/grading';
import { findTabId, launchWithExtension, messageTab, serviceWorkerOf } from '../tests/e2e/launch';
import { startFixtureServer } from '../tests/e2e/server';

const { values } = parseArgs({
  options: {
    headed: { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-output' },
  },
});

const ROOT = resolve(import.meta.dirname, '..');
const outDir = resolve(values.out);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !(values.headed && hasDisplay);
if (values.headed && !hasDisplay) console.error('demo: no display found, running headless');

mkdirSync(outDir, { recursive: true });
const server = await startFixtureServer(join(ROOT, 'demo'));
const { context, profile } = await launchWithExtension(undefined, { headless });
try {
  const sw = await serviceWorkerOf(context);
  const extensionId = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(`${server.origin}/article.html`);
  const tabId = await findTabId(sw, page.url(), 20_000);

  // Wait for the content script to finish annotating.
  let report: PageReport | undefined;
  for (let i = 0; i < 200; i++) {
    report = await messageTab(sw, tabId, 'getReport');
    if (report.state !== 'scanning') break;
    await new Promise(r => setTimeout(r, 100));
  }
  if (!report || report.state !== 'ready') throw new Error(`the page was not annotated (state: ${report?.state})`);
  // Let the highlights paint before the screenshot.
  await page.waitForTimeout(300);
  const shots = {
    page: join(outDir, 'annotated-page.png'),
    card: join(outDir, 'evidence-card.png'),
    popup: join(outDir, 'popup.png'),
  };
  await page.screenshot({ path: shots.page, fullPage: true });

  // Open the card of a claim the database grades, as a keyboard user would.
  const shown =
    report.claims.find(c => shownLevel(c) === 'strong') ?? report.claims.find(c => shownLevel(c)) ?? report.claims[0];
  if (shown) {
    await messageTab(sw, tabId, 'focusClaim', { index: shown.index });
    await page.waitForTimeout(400);
  }
  await page.screenshot({ path: shots.card });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-evidence]', { timeout: 10_000 }).catch(() => undefined);
  await popup.screenshot({ path: shots.popup });

  // The page summary: claims by the level a reader is shown (an unsure grade is not graded).
  const counts = new Map<string, number>();
  for (const c of report.claims) counts.set(shownKey(c), (counts.get(shownKey(c)) ?? 0) + 1);
  console.log(`Gut Check demo: ${report.title}`);
  console.log(
    `Checked ${report.sentences} sentences, found ${report.claims.length} claims (database ${report.database.version}, reviewed ${report.database.date})`,
  );
  for (const level of LEVEL_KEYS) {
    console.log(`  ${level.padEnd(13)} ${String(counts.get(level) ?? 0).padStart(3)}`);
  }
  console.log('\nClaims:');
  for (const c of report.claims) {
    const tags = [c.negated ? 'negated' : '', c.hedged ? 'hedged' : ''].filter(Boolean).join(', ');
    console.log(
      `  [${shownKey(c).padEnd(12)}] ${c.confidence.toFixed(2)} ${c.text.replace(/\s+/g, ' ')}${tags ? ` (${tags})` : ''}`,
    );
  }
  console.log(`\nScreenshots written to ${outDir}:`);
  for (const path of Object.values(shots)) console.log(`  ${path}`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
