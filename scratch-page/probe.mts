import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '/work/wt/page/tests/e2e/launch';
const keys = process.argv.slice(2);
const dirs: string[] = [];
for (let i = 0; i < keys.length; i += 4) {
  const d = mkdtempSync(join(tmpdir(), 'probe-'));
  const commands: Record<string, unknown> = {};
  keys.slice(i, i + 4).forEach((k, j) => (commands[`c${j}`] = { suggested_key: { default: k }, description: k }));
  writeFileSync(join(d, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'p' + i, version: '1', background: { service_worker: 'sw.js' }, commands }));
  writeFileSync(join(d, 'sw.js'), '');
  dirs.push(d);
}
const profile = mkdtempSync(join(tmpdir(), 'probe-prof-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, ...CHROMIUM_ARGS] });
const end = Date.now() + 20000;
while (ctx.serviceWorkers().length < dirs.length && Date.now() < end) await new Promise(r => setTimeout(r, 200));
for (const sw of ctx.serviceWorkers()) {
  const all = await sw.evaluate(() => chrome.commands.getAll());
  for (const c of all) if (c.name !== '_execute_action') console.log(c.description.padEnd(22), c.shortcut || 'NOT SET');
}
await ctx.close();
