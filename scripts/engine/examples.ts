/**
 * `npm run engine:examples`: every entry's own paraphrases (claims-db
 * `examples`, written for the entry, never taken from a page) run through the
 * engine. Each should be found as a claim and matched to its own entry. A
 * measure of the matcher that no page was tuned on; `--list` prints misses.
 */
import { createEngine, DEFAULT_MODEL } from '../../src/engine';
import type { TracedClause } from '../../src/engine/analyze-document';
import { loadIndex } from './setup';

export interface ExampleResult {
  entry: string;
  example: string;
  outcome: 'own' | 'other' | 'none';
  /** Reported as a claim at all. */
  detected: boolean;
  got: string | null;
}

/** The reading of an example sentence whose entry fits best: what the sentence is taken to claim. */
export function bestReading(readings: readonly TracedClause[]): TracedClause | undefined {
  return [...readings].sort((a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0))[0];
}

export function runExamples(): ExampleResult[] {
  const index = loadIndex();
  const engine = createEngine(index, DEFAULT_MODEL);
  const out: ExampleResult[] = [];
  for (const e of index.claims) {
    for (const example of e.examples ?? []) {
      // The matcher is judged on every reading, claim or not; detection is reported beside it.
      const result = engine.analyze(example, { trace: true });
      const readings = result.trace ?? [];
      const best = bestReading(readings);
      const got = best?.match?.entry.id ?? null;
      out.push({
        entry: e.id,
        example,
        outcome: got === e.id ? 'own' : got ? 'other' : 'none',
        detected: result.claims.length > 0,
        got,
      });
    }
  }
  return out;
}

if (process.argv[1]?.endsWith('examples.ts')) {
  const results = runExamples();
  const count = (o: ExampleResult['outcome']) => results.filter(r => r.outcome === o).length;
  const n = results.length;
  const pct = (k: number) => `${((100 * k) / n).toFixed(1)}%`;
  console.log(
    `${n} examples: own entry ${pct(count('own'))}, another entry ${pct(count('other'))}, no entry ${pct(count('none'))}; reported as a claim ${pct(results.filter(r => r.detected).length)}`,
  );
  if (process.argv.includes('--list')) {
    for (const r of results.filter(x => x.outcome !== 'own'))
      console.log(`${r.outcome.padEnd(11)} ${r.entry} ← "${r.example}"${r.got ? ` → ${r.got}` : ''}`);
  }
}
