/**
 * The extension and the CLI read a page the same way (one walk, one
 * document analysis): run both on the same HTML and compare what they find.
 *
 * - Fixture pages (written for the project): the same claims, text for text.
 * - The shared dev corpus (../shared/corpus/dev, real pages with gold labels,
 *   read at test time, never copied here): each page rendered as HTML by
 *   render-text-page.ts; the extension's recall against gold.json must be
 *   within 2 points of the CLI's. Skipped with one printed line without the
 *   corpus; required (fails) in CI, where GUTCHECK_SHARED_CORPUS is set.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { PageReport } from '../../src/messaging/protocol';
import { parseReport, runCli } from '../fixtures/cli/run-cli';
import { DEV_CORPUS, HAVE_CORPUS, SKIP_LINE } from '../shared-corpus';
import { expect, test } from './fixtures';
import { settledReport } from './page-helpers';
import { renderTextPage } from './render-text-page';
import { FIXTURES_DIR, startFixtureServer } from './server';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Fixture pages with no stylesheet-hidden text (the CLI has no layout engine to see it). */
const FIXTURE_PAGES = [
  'cli/pages/skip-rules.html',
  'pages/article.html',
  'pages/plain-article.html',
  'pages/tables-lists.html',
  'pages/quotes-figures.html',
  'pages/form-fields.html',
  'pages/code-pre.html',
  'pages/many-claims.html',
];

type Send = (page: Page, type: 'getReport') => Promise<PageReport>;

async function extensionClaims(page: Page, send: Send, url: string): Promise<{ text: string; evidence: unknown }[]> {
  await page.goto(url);
  const report = await settledReport(page, send, 30_000);
  return report.claims.map(c => ({ text: squash(c.text), evidence: c.evidence }));
}

function cliClaims(files: string[]): { text: string; evidence: unknown }[][] {
  const run = runCli(['--format', 'json', '--jobs', '1', ...files]);
  expect(run.stderr).toBe('');
  return parseReport(run).documents.map(d => d.claims.map(c => ({ text: squash(c.text), evidence: c.evidence })));
}

test.describe('the extension and the CLI read a page alike', () => {
  test('fixture pages: the same claims at the same levels', async ({ page, sendToTab, fixtureServer }) => {
    test.setTimeout(180_000);
    const cli = cliClaims(FIXTURE_PAGES.map(p => join(FIXTURES_DIR, p)));
    for (const [i, path] of FIXTURE_PAGES.entries()) {
      const ext = await extensionClaims(page, sendToTab as Send, `${fixtureServer.origin}/${path}`);
      const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
      expect(ext.sort(byText), path).toEqual([...(cli[i] ?? [])].sort(byText));
    }
  });
});

interface Gold {
  page: string;
  claims: { quote: string }[];
}

/** Recall against gold, matching texts in the whitespace-squashed page (the scorer's half-overlap rule). */
function recall(txt: string, gold: Gold['claims'], found: string[]): { hit: number; total: number } {
  const page = squash(txt);
  const spanOf = (s: string) => {
    const q = squash(s);
    const at = page.indexOf(q);
    return at < 0 ? null : { start: at, end: at + q.length };
  };
  const dets = found.map(spanOf).filter((s): s is { start: number; end: number } => !!s);
  let hit = 0;
  for (const g of gold) {
    const span = spanOf(g.quote);
    if (!span) continue;
    const hits = dets.some(d => {
      const overlap = Math.max(0, Math.min(d.end, span.end) - Math.max(d.start, span.start));
      return overlap > 0 && overlap >= 0.5 * Math.min(d.end - d.start, span.end - span.start);
    });
    if (hits) hit++;
  }
  return { hit, total: gold.length };
}

test.describe('dev corpus rendered as HTML', () => {
  // Said once, by the runner (workers load this file again to run it).
  if (!HAVE_CORPUS && process.env.TEST_WORKER_INDEX === undefined) console.log(SKIP_LINE);
  test.skip(!HAVE_CORPUS, SKIP_LINE);

  test('the extension’s recall is within 2 points of the CLI’s', async ({ page, sendToTab }) => {
    test.setTimeout(900_000);
    const gold = JSON.parse(readFileSync(join(DEV_CORPUS, 'gold.json'), 'utf8')) as Gold[];
    const dir = mkdtempSync(join(tmpdir(), 'gutcheck-corpus-html-'));
    const server = await startFixtureServer(dir);
    try {
      const texts = gold.map(g => readFileSync(join(DEV_CORPUS, `${g.page}.txt`), 'utf8'));
      const files = gold.map((g, i) => {
        const file = join(dir, `${g.page}.html`);
        writeFileSync(file, renderTextPage(texts[i] ?? '', g.page));
        return file;
      });
      const cli = cliClaims(files);
      const sum = { ext: 0, cli: 0, total: 0 };
      const rows: string[] = [];
      for (const [i, g] of gold.entries()) {
        const ext = await extensionClaims(page, sendToTab as Send, `${server.origin}/${g.page}.html`);
        const e = recall(
          texts[i] ?? '',
          g.claims,
          ext.map(c => c.text),
        );
        const c = recall(
          texts[i] ?? '',
          g.claims,
          (cli[i] ?? []).map(c => c.text),
        );
        sum.ext += e.hit;
        sum.cli += c.hit;
        sum.total += e.total;
        if (e.hit !== c.hit) rows.push(`${g.page}: extension ${e.hit}, CLI ${c.hit} of ${e.total}`);
      }
      const ext = sum.ext / sum.total;
      const cliRecall = sum.cli / sum.total;
      console.log(
        `dev corpus as HTML: recall extension ${ext.toFixed(3)}, CLI ${cliRecall.toFixed(3)} (${sum.total} gold claims)${rows.length ? `\n  ${rows.join('\n  ')}` : ''}`,
      );
      expect(Math.abs(ext - cliRecall), 'recall gap between the extension and the CLI').toBeLessThanOrEqual(0.02);
      expect(sum.cli, 'the CLI finds claims at all').toBeGreaterThan(0);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
