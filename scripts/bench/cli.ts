/**
 * CLI throughput: writes 1,000 generated pages of ~2,000 words to a temp
 * folder and times `gutcheck audit` on it with --jobs 1 and --jobs 2, as a
 * user would run it (a subprocess, start-up included). Start-up alone is
 * timed on one small page, so the steady rate can be told apart.
 *
 *   npx tsx scripts/bench/cli.ts [--pages N] [--words N]   (or via npm run bench)
 *
 * The pages come from the seeded templates below, written for this project:
 * mostly ordinary prose with about one gut-health sentence in five, as HTML
 * with navigation, a script and a footer (4 in 5) or as plain text (1 in 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { seededRandom } from '../seeded-random';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/gutcheck.mjs');

export interface CliBenchOptions {
  pages?: number;
  words?: number;
  jobs?: readonly number[];
  seed?: number;
}

export interface CliBenchRun {
  jobs: number;
  seconds: number;
  pagesPerSecond: number;
}

export interface CliBenchResult {
  pages: number;
  wordsPerPage: number;
  /** Wall time of one run on a single small page: process, tsx, engine and database load. */
  startupSeconds: number;
  runs: CliBenchRun[];
  /** The machine: --jobs 2 can only beat --jobs 1 when a second core is free (1-minute load average). */
  cpus: number;
  loadAverage: number;
}

/** The bench.ts hook: `ctx` is the engine bench's context (only `json` is used, to keep stdout clean). */
export async function benchCli(ctx: { json?: boolean } = {}, options: CliBenchOptions = {}): Promise<CliBenchResult> {
  const { pages = 1000, words = 2000, jobs = [1, 2], seed = 20_251_126 } = options;
  const log = (s: string) => process.stderr.write(`bench cli: ${s}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'gutcheck-bench-cli-'));
  try {
    const random = seededRandom(seed);
    mkdirSync(join(dir, 'pages'));
    for (let i = 0; i < pages; i++) {
      const html = i % 5 !== 4;
      const name = `page-${String(i).padStart(4, '0')}.${html ? 'html' : 'txt'}`;
      writeFileSync(
        join(dir, 'pages', name),
        html ? htmlPage(random, words, i) : paragraphs(random, words).join('\n\n'),
      );
    }
    writeFileSync(join(dir, 'one.txt'), 'Probiotics heal leaky gut.\n');
    log(`${pages} pages of ~${words} words in ${dir}`);

    const startupSeconds = time(['--jobs', '1', join(dir, 'one.txt')], dir);
    const runs = jobs.map(n => {
      const seconds = time(['--jobs', String(n), join(dir, 'pages')], dir);
      const run = { jobs: n, seconds: round(seconds), pagesPerSecond: round(pages / seconds) };
      log(`--jobs ${n}: ${run.seconds} s, ${run.pagesPerSecond} pages/s`);
      return run;
    });
    if (!ctx.json) log(`start-up ${round(startupSeconds)} s`);
    return {
      pages,
      wordsPerPage: words,
      startupSeconds: round(startupSeconds),
      runs,
      cpus: availableParallelism(),
      loadAverage: round(loadavg()[0]!),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds for one `gutcheck audit` run; throws if it did not exit 0. */
function time(args: string[], dir: string): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [BIN, 'audit', '--quiet', '--out', join(dir, 'report.ndjson'), ...args], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`gutcheck audit exited ${run.status}: ${run.stderr}`);
  return seconds;
}

const round = (x: number) => Math.round(x * 100) / 100;

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const fill = (random: () => number, template: string, slots: Record<string, readonly string[]>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => pick(random, slots[key] ?? [key]));

const SLOTS: Record<string, readonly string[]> = {
  remedy: ['Probiotics', 'Kombucha', 'Sauerkraut', 'Oat bran', 'Peppermint oil', 'Psyllium husk', 'A colon cleanse'],
  effect: ['heal leaky gut', 'ease bloating', 'relieve constipation', 'calm an irritable bowel', 'feed good bacteria'],
  harm: ['NSAIDs such as ibuprofen', 'Heavy drinking', 'Smoking', 'Long courses of antibiotics'],
  organ: ['the gut lining', 'the stomach lining', 'the gut microbiome'],
  place: ['the harbour', 'the old mill', 'the station', 'the town square', 'the library', 'the allotments'],
  person: ['The mayor', 'A local builder', 'The head teacher', 'Our neighbour', 'The bus driver', 'A retired nurse'],
  thing: ['the new bridge', 'the summer fair', 'a storm last week', 'the cycling club', 'the bakery on the corner'],
  day: ['Monday', 'Tuesday', 'Friday', 'the weekend', 'early spring', 'late autumn'],
};

const GUT = [
  '{remedy} {effect}, the advert says.',
  '{harm} damage {organ}.',
  'Some small studies suggest that {remedy} may {effect}.',
  'There is no good evidence that {remedy} can {effect}.',
  'Eating more fibre keeps bowel movements regular and feeds gut bacteria.',
  'Leaky gut is not a diagnosis that doctors recognise.',
];

const ORDINARY = [
  '{person} spoke about {thing} at {place} on {day}.',
  'Crowds gathered near {place} to watch {thing}.',
  '{person} said that {thing} had taken longer than anyone expected.',
  'Tickets for {thing} sold out before {day}, which surprised {place} staff.',
  'Nobody at {place} could remember a year quite like this one.',
  'The council will discuss {thing} again on {day}, after the budget is set.',
  'Rain kept most visitors away from {place} until {day}.',
];

/** Paragraphs of 3–7 sentences, about one sentence in five about gut health, to roughly `words` words. */
function paragraphs(random: () => number, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let n = 3 + Math.floor(random() * 5); n > 0; n--) {
      sentences.push(fill(random, pick(random, random() < 0.2 ? GUT : ORDINARY), SLOTS));
    }
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    out.push(paragraph);
  }
  return out;
}

export function htmlPage(random: () => number, words: number, n: number): string {
  const body = paragraphs(random, words).map((p, i) =>
    i % 6 === 5 ? `<h2>Part ${i / 6 + 1}</h2>\n<p>${p}</p>` : `<p>${p}</p>`,
  );
  return [
    `<!doctype html><html><head><title>Local news ${n}</title><script>window.stats = { page: ${n} };</script></head>`,
    '<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/health">Health</a></nav>',
    `<article><h1>Local news, issue ${n}</h1>`,
    ...body,
    '</article><footer><p>Letters to the editor are welcome.</p></footer></body></html>',
  ].join('\n');
}

// Run directly: print the result as JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const result = await benchCli({ json: true }, { pages: arg('--pages'), words: arg('--words') });
  console.log(JSON.stringify(result, null, 2));
}
