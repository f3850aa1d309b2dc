/**
 * Scores the engine against a gold-labelled corpus in-process, with the same
 * rules as `shared/bin/score-claims.mjs`: a finding hits a gold claim when
 * their spans overlap by at least half of the shorter one; evidence is
 * compared on the finding overlapping each hit gold claim most.
 *
 *   npx tsx scripts/score-holdout.ts            held-out corpus (tests/fixtures/corpus-holdout)
 *   npx tsx scripts/score-holdout.ts DIR        any folder with DIR/gold.json and DIR/<page>.txt
 *
 * `tests/unit/holdout.test.ts` uses `scoreCorpus` to keep the figures above a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { createEngine, type Engine, type FoundClaim } from '../src/engine';
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../src/shared/evidence-levels';
import { loadIndex } from './bench/load-index';

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

interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const hits = (a: Span, b: Span) =>
  overlap(a, b) > 0 && overlap(a, b) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);

export function scoreCorpus(engine: Engine, dir: string): Score {
  const gold = readGold(dir);
  let nGold = 0;
  let nHit = 0;
  let nDet = 0;
  let nDetHit = 0;
  let exact = 0;
  let overrated = 0;
  const onNonGutPages: Record<string, FoundClaim[]> = {};
  for (const page of gold) {
    const text = readFileSync(join(dir, `${page.page}.txt`), 'utf8');
    const found = engine.analyze(text).claims;
    if (!page.claims.length) onNonGutPages[page.page] = found;
    const spans = page.claims.map(c => {
      const start = text.indexOf(c.quote);
      if (start < 0) throw new Error(`gold quote not in ${page.page}: ${c.quote.slice(0, 60)}`);
      return { start, end: start + c.quote.length, level: c.evidence };
    });
    nGold += spans.length;
    nDet += found.length;
    nDetHit += found.filter(f => spans.some(g => hits(g, f))).length;
    for (const g of spans) {
      const best = found.filter(f => hits(g, f)).sort((a, b) => overlap(g, b) - overlap(g, a))[0];
      if (!best) continue;
      nHit++;
      const want = EVIDENCE_LEVELS.indexOf(g.level);
      const got = best.evidence ? EVIDENCE_LEVELS.indexOf(best.evidence) : -1;
      if (got === want) exact++;
      if (got >= 0 && want - got >= 2) overrated++;
    }
  }
  const precision = nDet ? nDetHit / nDet : 0;
  const recall = nGold ? nHit / nGold : 0;
  return {
    pages: gold.length,
    gold: nGold,
    detections: nDet,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    evidenceExact: nHit ? exact / nHit : 0,
    overratedBy2: nHit ? overrated / nHit : 0,
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
