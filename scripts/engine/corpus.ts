/**
 * The labelled corpus and the scorer's arithmetic, for training and honest
 * measurement of the engine: pages with gold claims, the same hit rule as
 * shared/bin/score-claims.mjs (spans overlapping by half of the shorter),
 * and the same figures, plus the graded and right-level shares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { EvidenceLevel, FoundClaim } from '../../src/engine/types';
import { EVIDENCE_LEVELS } from '../../src/shared/evidence-levels';

export const LEVELS: readonly EvidenceLevel[] = EVIDENCE_LEVELS;

export interface GoldClaim {
  start: number;
  end: number;
  evidence: EvidenceLevel;
  canonical: string;
}

export interface Page {
  page: string;
  text: string;
  claims: GoldClaim[];
  nonClaims: { start: number; end: number }[];
}

/** Names the shared corpus folder (CI sets it; tests then require the corpus). */
export const CORPUS_ENV = 'GUTCHECK_SHARED_CORPUS';

/** The shared corpus folder: `GUTCHECK_SHARED_CORPUS`, else ../shared/corpus beside the repository. */
export function corpusDir(root: string): string {
  const set = process.env[CORPUS_ENV];
  return set ? resolve(set) : join(root, '..', 'shared', 'corpus');
}

/** Pages of a gold file (dev/gold.json), with gold spans located in each page's text. */
export function loadPages(dir: string, goldFile = 'gold.json'): Page[] {
  const path = join(dir, goldFile);
  if (!existsSync(path)) throw new Error(`no gold labels at ${path}`);
  const gold = JSON.parse(readFileSync(path, 'utf8')) as {
    page: string;
    claims: { quote: string; evidence: EvidenceLevel; canonical: string }[];
    non_claims?: string[];
  }[];
  return gold.map(g => {
    const text = readFileSync(join(dir, `${g.page}.txt`), 'utf8');
    const claims = g.claims.map(c => {
      const start = text.indexOf(c.quote);
      if (start < 0) throw new Error(`gold quote not in ${g.page}: ${c.quote.slice(0, 60)}`);
      return { start, end: start + c.quote.length, evidence: c.evidence, canonical: c.canonical };
    });
    const nonClaims = (g.non_claims ?? [])
      .map(q => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length }))
      .filter(s => s.start >= 0);
    return { page: g.page, text, claims, nonClaims };
  });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The scorer's hit rule. */
export function hits(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const o = overlap(a, b);
  return o > 0 && o >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

export interface Tally {
  gold: number;
  goldHit: number;
  detections: number;
  detectionsHit: number;
  exact: number;
  withinOne: number;
  overratedBy2: number;
  graded: number;
  /** Hits, per gold claim (the denominator of the evidence figures). */
  evidenceCount: number;
  /** Detections per page on pages that should have none (other senses). */
  pages: number;
  /** Graded findings on a gold claim with confidence ≥ CONFIDENT, and how many carry its level. */
  confident: number;
  confidentRight: number;
}

/** The confidence at which the extension shows a verdict: issue #10 wants ≥ 90% of these right. */
export const CONFIDENT = 0.8;

export const emptyTally = (): Tally => ({
  confident: 0,
  confidentRight: 0,
  gold: 0,
  goldHit: 0,
  detections: 0,
  detectionsHit: 0,
  exact: 0,
  withinOne: 0,
  overratedBy2: 0,
  graded: 0,
  evidenceCount: 0,
  pages: 0,
});

/** Adds one page's findings to a tally, exactly as score-claims.mjs counts them. */
export function tallyPage(
  t: Tally,
  page: Page,
  found: readonly (Pick<FoundClaim, 'start' | 'end' | 'evidence'> & { confidence?: number })[],
): void {
  t.pages++;
  t.gold += page.claims.length;
  t.detections += found.length;
  for (const d of found) {
    const gold = page.claims.filter(g => hits(g, d)).sort((a, b) => overlap(b, d) - overlap(a, d))[0];
    if (!gold) continue;
    t.detectionsHit++;
    if (d.evidence && (d.confidence ?? 0) >= CONFIDENT) {
      t.confident++;
      if (d.evidence === gold.evidence) t.confidentRight++;
    }
  }
  for (const g of page.claims) {
    const cands = found.filter(d => hits(g, d));
    if (!cands.length) continue;
    t.goldHit++;
    const best = [...cands].sort((a, b) => overlap(g, b) - overlap(g, a))[0] as (typeof cands)[number];
    const want = LEVELS.indexOf(g.evidence);
    const got = best.evidence ? LEVELS.indexOf(best.evidence) : -1;
    t.evidenceCount++;
    if (got >= 0) t.graded++;
    if (got === want) t.exact++;
    if (got >= 0 && Math.abs(got - want) <= 1) t.withinOne++;
    if (got >= 0 && want - got >= 2) t.overratedBy2++;
  }
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  exact: number;
  withinOne: number;
  overratedBy2: number;
  /** Share of found claims graded with an entry. */
  gradedShare: number;
  /** Share of graded claims at the right level. */
  rightLevel: number;
  /** Among graded findings with confidence ≥ CONFIDENT, the share at the right level, and how many. */
  confidentRight: number;
  confidentCount: number;
}

export function figures(t: Tally): Figures {
  const precision = t.detections ? t.detectionsHit / t.detections : 0;
  const recall = t.gold ? t.goldHit / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const n = t.evidenceCount || 1;
  return {
    precision,
    recall,
    f1,
    exact: t.exact / n,
    withinOne: t.withinOne / n,
    overratedBy2: t.overratedBy2 / n,
    gradedShare: t.graded / n,
    rightLevel: t.graded ? t.exact / t.graded : 0,
    confidentRight: t.confident ? t.confidentRight / t.confident : 0,
    confidentCount: t.confident,
  };
}

/** Five folds by page, deterministic: pages sorted by name, dealt round-robin. */
export function folds(pages: readonly Page[], k = 5): Page[][] {
  const sorted = [...pages].sort((a, b) => a.page.localeCompare(b.page));
  const out: Page[][] = Array.from({ length: k }, () => []);
  sorted.forEach((p, i) => (out[i % k] as Page[]).push(p));
  return out;
}
