/**
 * Screenshots of the popup on the demo article (a page with many claims), for
 * closing notes and the README: the popup as it opens (380×600, the size
 * browsers give it) and its whole length, in light and dark. `--extension`
 * points at another build (an older commit's .output/chrome-mv3) for
 * "before" pictures, `--prefix` names them apart.
 *
 *   npm run build && tsx scripts/popup-screenshots.ts [--out DIR] [--extension DIR] [--prefix NAME]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { EXTENSION_DIR, findTabId, launchWithExtension, messageTab, serviceWorkerOf } from '../tests/e2e/launch';
import { startFixtureServer } from '../tests/e2e/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'demo-output/popup' },
    extension: { type: 'string', default: EXTENSION_DIR },
    prefix: { type: 'string', default: '' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const server = await startFixtureServer(join(ROOT, 'demo'));
const { context, profile } = await launchWithExtension(resolve(values.extension));
try {
  const sw = await serviceWorkerOf(context);
  const extensionId = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/article.html`);
  const tabId = await findTabId(sw, page.url(), 20_000);
  for (let i = 0; i < 200; i++) {
    if ((await messageTab(sw, tabId, 'getReport')).state === 'ready') break;
    await new Promise(r => setTimeout(r, 100));
  }
  const written: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-evidence]', { timeout: 10_000 });
    await popup.waitForTimeout(300);
    const open = join(outDir, `${values.prefix}popup-${scheme}.png`);
    const whole = join(outDir, `${values.prefix}popup-${scheme}-full.png`);
    await popup.screenshot({ path: open });
    await popup.screenshot({ path: whole, fullPage: true });
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    // The legend, one click away in the footer.
    const panel = popup.locator('.legend-panel');
    if (await panel.count()) {
      await panel.locator('summary').click();
      const legend = join(outDir, `${values.prefix}legend-${scheme}.png`);
      await panel.screenshot({ path: legend });
      written.push(legend);
    }
    console.log(`${scheme}: list ${height} px tall`);
    written.push(open, whole);
    await popup.close();
  }
  console.log(`Screenshots written:\n  ${written.join('\n  ')}`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
