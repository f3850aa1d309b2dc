/**
 * Every folder under src/ has a lint zone, and `npm run lint` fails on a
 * wrong-way import from any of them: ESLint's own Node API lints an
 * in-memory file placed in each layer with the project's config.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages ESLint gives `code` as if it were the file `path`. */
async function refusals(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
}

const importing = (from: string) => `import { probe } from '${from}';\nexport const used = probe;\n`;

/** One wrong-way import per layer, and one it may make. */
const CASES: Record<string, { wrong: string; right: string }> = {
  shared: { wrong: '../engine/types', right: './evidence-levels' },
  engine: { wrong: '../dom/text-extract', right: '../shared/evidence-levels' },
  db: { wrong: '../ui/shared/LevelBadge', right: '../engine/types' },
  report: { wrong: '../settings/model', right: '../engine/types' },
  settings: { wrong: '../report/levels', right: '../shared/evidence-levels' },
  messaging: { wrong: '../dom/annotator', right: '../engine/types' },
  dom: { wrong: '../ui/shared/LevelBadge', right: '../engine/key-words' },
  ui: { wrong: '../cli/args', right: '../report/levels' },
  content: { wrong: '../background/badge', right: '../dom/annotator' },
  background: { wrong: '../ui/shared/LevelBadge', right: '../shared/evidence-levels' },
  cli: { wrong: '../dom/annotator', right: '../dom/text-extract' },
};

describe('layer boundaries', () => {
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter(d => d.isDirectory() && d.name !== 'generated')
    .map(d => d.name)
    .sort();

  it('every folder under src/ that holds code has a zone, and a case here', async () => {
    for (const folder of folders) {
      const config = (await eslint.calculateConfigForFile(join(ROOT, 'src', folder, 'probe.ts'))) as {
        rules?: Record<string, unknown>;
      };
      expect(config.rules?.['no-restricted-imports'], `src/${folder} has no zone`).toBeDefined();
    }
    expect(Object.keys(CASES).sort()).toEqual(folders);
  });

  it.each(Object.entries(CASES))('%s: a wrong-way import fails lint, with the reason', async (layer, { wrong }) => {
    const messages = await refusals(`src/${layer}/probe.ts`, importing(wrong));
    expect(messages.length, `src/${layer} importing ${wrong}`).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(new RegExp(`src/${layer}`));
  });

  it.each(Object.entries(CASES))('%s: an allowed import passes', async (layer, { right }) => {
    expect(await refusals(`src/${layer}/probe.ts`, importing(right))).toEqual([]);
  });

  it.each(['report', 'shared', 'engine', 'dom', 'ui', 'background'])('%s: no Node imports', async layer => {
    expect(await refusals(`src/${layer}/probe.ts`, importing('node:fs'))).not.toEqual([]);
  });

  it('the CLI may not use extension code', async () => {
    expect(await refusals('src/cli/probe.ts', importing('wxt/browser'))).not.toEqual([]);
    expect(await refusals('src/cli/probe.ts', importing('../messaging/messenger'))).not.toEqual([]);
  });

  it('the eager content script may not load the engine', async () => {
    expect(await refusals('src/content/probe.ts', importing('../engine/load'))).not.toEqual([]);
  });
});
