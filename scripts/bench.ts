/**
 * `npm run bench`: how fast is the engine, against a full compromise parse
 * and a plain keyword regex scan, on three generated ~20,000-word pages
 * (gut-health article, mixed news page, no gut vocabulary).
 *
 *   npm run bench                 readable table + engine scaling 2k/20k/100k
 *   npm run --silent bench -- --json   one JSON object, medians of 7 runs
 *
 * Hook: if `scripts/bench/cli.ts` exists, its `benchCli(ctx)` runs after the
 * engine section and its result is merged into the output under `cli`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import nlp from 'compromise';

import { createEngine } from '../src/engine';
import { generate, type BenchKind } from './bench/generate';
import { loadIndex } from './bench/load-index';

const RUNS = 7;
const json = process.argv.includes('--json');

/** Median wall time of `runs` calls, after one warm-up call. */
export function median(fn: () => unknown, runs = RUNS): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] as number) * 100) / 100;
}

const index = loadIndex();
const engine = createEngine(index);

// The baseline scan: one case-insensitive alternation of every anchor term.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anchorTerms = [...new Set(index.concepts.filter(c => c.anchor).flatMap(c => c.terms))];
const keyword = new RegExp(
  `\\b(?:${anchorTerms
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'gi',
);
const keywordScan = (text: string) => [...text.matchAll(keyword)].length;
const fullParse = (text: string) => nlp(text).sentences().length;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Row {
  words: number;
  engineMs: number;
  fullParseMs: number;
  keywordScanMs: number;
}

const kinds: BenchKind[] = ['gut', 'mixed', 'none'];
const result: Record<string, Row> = {};
for (const kind of kinds) {
  const text = generate(kind, 20_000);
  result[kind] = {
    words: countWords(text),
    engineMs: median(() => engine.analyze(text)),
    fullParseMs: median(() => fullParse(text), 5),
    keywordScanMs: median(() => keywordScan(text)),
  };
}

const scaling = [2_000, 20_000, 100_000].map(words => {
  const text = generate('gut', words, 7);
  return { words: countWords(text), engineMs: median(() => engine.analyze(text), 5) };
});

// ---- hook: CLI section (scripts/bench/cli.ts, owned by the CLI developer) ----
export interface BenchContext {
  median: typeof median;
  generate: typeof generate;
  json: boolean;
}
let cli: unknown;
const cliPath = join(import.meta.dirname, 'bench', 'cli.ts');
if (existsSync(cliPath)) {
  const mod = (await import(pathToFileURL(cliPath).href)) as { benchCli?: (ctx: BenchContext) => Promise<unknown> };
  if (mod.benchCli) cli = await mod.benchCli({ median, generate, json });
}
// ---- end hook ----

if (json) {
  console.log(JSON.stringify({ ...result, ...(cli === undefined ? {} : { cli }) }));
} else {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `claims-db ${index.version}: ${index.claims.length} claims, ${index.concepts.length} concepts; medians of ${RUNS} runs\n`,
  );
  console.log(
    `${'page'.padEnd(6)}${pad('words', 8)}${pad('engine ms', 11)}${pad('full parse', 12)}${pad('keywords', 10)}${pad('parse/engine', 14)}${pad('engine/kw', 11)}`,
  );
  for (const kind of kinds) {
    const r = result[kind] as Row;
    const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.01)).toFixed(1)}×`;
    console.log(
      `${kind.padEnd(6)}${pad(r.words, 8)}${pad(r.engineMs, 11)}${pad(r.fullParseMs, 12)}${pad(r.keywordScanMs, 10)}${pad(ratio(r.fullParseMs, r.engineMs), 14)}${pad(ratio(r.engineMs, r.keywordScanMs), 11)}`,
    );
  }
  console.log('\nengine scaling (gut article)');
  for (const s of scaling)
    console.log(
      `  ${pad(s.words, 7)} words  ${pad(s.engineMs, 9)} ms  ${pad(((s.engineMs / s.words) * 1000).toFixed(2), 6)} µs/word`,
    );
  if (cli !== undefined) console.log('\ncli', JSON.stringify(cli, null, 2));
}
