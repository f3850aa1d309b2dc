/**
 * Scores the engine against a gold-labelled corpus in-process, with the same
 * rules as `shared/bin/score-claims.mjs` (scripts/engine/corpus.ts holds the
 * hit rule and the counting, shared with score:cv).
 *
 *   npx tsx scripts/score-holdout.ts            held-out corpus (tests/fixtures/corpus-holdout)
 *   npx tsx scripts/score-holdout.ts DIR        any folder with DIR/gold.json and DIR/<page>.txt
 *
 * `tests/unit/accuracy.test.ts` uses `scoreCorpus` to keep the figures above a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { createEngine, type Engine, type FoundClaim } from '../src/engine';
import type { EvidenceLevel } from '../src/shared/evidence-levels';
import { loadIndex } from './bench/load-index';
import { emptyTally, figures, loadPages, tallyPage } from './engine/corpus';

export const HOLDOUT_DIR = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus-holdout');

export interface GoldClaim {
  quote: string;
  canonical: string;
  topics: string[];
  evidence: EvidenceLevel;
  why: string;
}

export interface GoldPage {
  page: string;
  source: string;
  claims: GoldClaim[];
  non_claims: string[];
}

export interface Score {
  pages: number;
  gold: number;
  detections: number;
  precision: number;
  recall: number;
  f1: number;
  evidenceExact: number;
  overratedBy2: number;
  /** Findings per page, for the pages whose gold has no claims at all. */
  onNonGutPages: Record<string, FoundClaim[]>;
}

export function readGold(dir: string): GoldPage[] {
  return JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldPage[];
}

export function scoreCorpus(engine: Engine, dir: string): Score {
  const tally = emptyTally();
  const onNonGutPages: Record<string, FoundClaim[]> = {};
  for (const page of loadPages(dir)) {
    const found = engine.analyze(page.text).claims;
    if (!page.claims.length) onNonGutPages[page.page] = found;
    tallyPage(tally, page, found);
  }
  const f = figures(tally);
  return {
    pages: tally.pages,
    gold: tally.gold,
    detections: tally.detections,
    precision: f.precision,
    recall: f.recall,
    f1: f.f1,
    evidenceExact: f.exact,
    overratedBy2: f.overratedBy2,
    onNonGutPages,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? HOLDOUT_DIR;
  const s = scoreCorpus(createEngine(loadIndex()), dir);
  const r = (x: number) => x.toFixed(3);
  console.log(`pages ${s.pages}  gold ${s.gold}  detections ${s.detections}`);
  console.log(
    `F1 ${r(s.f1)}  precision ${r(s.precision)}  recall ${r(s.recall)}  evidence-exact ${r(s.evidenceExact)}  overrated-by-2+ ${r(s.overratedBy2)}`,
  );
  for (const [page, found] of Object.entries(s.onNonGutPages))
    console.log(`non-gut ${page}: ${found.length ? found.map(f => JSON.stringify(f.text)).join(', ') : 'no claims'}`);
}
