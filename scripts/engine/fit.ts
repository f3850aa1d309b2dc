/**
 * Fits the engine's learned parts on a set of labelled pages, and measures a
 * model on others. Used by `engine:train` (all dev pages → the shipped
 * weights), `score:cv` (train on four folds, report the fifth) and
 * `engine:ablate`. Nothing here ever sees the pages it is measured on.
 */
import { DEFAULT_MODEL } from '../../src/engine';
import {
  createDocumentAnalyzer,
  sentenceReports,
  type EngineModel,
  type TracedClause,
} from '../../src/engine/analyze-document';
import { blocksFromText } from '../../src/engine/blocks-from-text';
import type { DisabledRules } from '../../src/engine/claim-features';
import { predict, train, type TrainingRow } from '../../src/engine/model/logistic';
import type { ClaimsIndex, EvidenceLevel } from '../../src/engine/types';
import { emptyTally, figures, hits, LEVELS, tallyPage, type Figures, type Page, type Tally } from './corpus';
import { bestReading } from './examples';

/** What a wrong verdict costs against a right one when choosing where to stop grading. */
export const WRONG_VERDICT_COST = Number(process.env.WRONG_VERDICT_COST ?? 1.5);
/** What a verdict two or more levels too strong costs: the error readers are hurt by. */
export const OVERRATED_COST = Number(process.env.OVERRATED_COST ?? 4);
/** Inner folds (by page) whose held-out confidences place the grading threshold. */
const INNER_FOLDS = 4;
/** L2 penalties of the two models (chosen by cross-validation, see score:cv). */
export const CLAIM_L2 = Number(process.env.CLAIM_L2 ?? 0.002);
export const CONFIDENCE_L2 = Number(process.env.CONF_L2 ?? 0.005);
/**
 * Weight of an example row beside a page row in the calibrator. An example's right answer is
 * certain and its wording plain, so it says more about which feature patterns hold than a page
 * row does (the threshold is still placed on page rows alone). Chosen over 1-8 on the mean of
 * eight page partitions and checked on our own held-out pages: 2-5 is a plateau (exact .28-.30
 * against .27 at 1; right level and overrating unchanged within a point), and 8 falls away.
 */
export const EXAMPLE_WEIGHT = Number(process.env.EXAMPLE_WEIGHT ?? 4);
/** A word is a feature of the claim model only when clauses of this many training pages use it. */
export const MIN_WORD_PAGES = Number(process.env.MIN_WORD_PAGES ?? 4);
/** Claim thresholds tried on the training pages. */
const CLAIM_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];

export interface FitOptions {
  disabledRules?: DisabledRules;
  /** Drop claim features by name (the ablation of parse features). */
  dropFeatures?: ReadonlySet<string>;
}

export interface Traced {
  page: Page;
  trace: TracedClause[];
}

/** Every candidate clause of every page, with the features the models read (model-independent). */
export function traces(index: ClaimsIndex, pages: readonly Page[], base: EngineModel, options: FitOptions = {}) {
  const analyzer = createDocumentAnalyzer(index, base);
  return pages.map(page => {
    const doc = { text: page.text, blocks: blocksFromText(page.text) };
    const result = analyzer.analyzeDocument(doc, { trace: true, disabledRules: options.disabledRules });
    return { page, trace: result.trace as TracedClause[] };
  }) as Traced[];
}

/**
 * `pages` are what the claim threshold is tuned on; `extra` (our own labelled pages in
 * tests/fixtures, including pages with no gut claims at all) only add training rows.
 */
export function fitModel(
  index: ClaimsIndex,
  pages: readonly Page[],
  base: EngineModel,
  options: FitOptions = {},
  extra: readonly Page[] = [],
  precomputed?: Traced[],
): EngineModel {
  // Traces do not depend on the model being fitted: callers fitting many folds pass them in.
  const wanted = new Set([...pages, ...extra]);
  const traced = precomputed
    ? precomputed.filter(t => wanted.has(t.page))
    : traces(index, [...pages, ...extra], base, options);
  const drop = options.dropFeatures ?? new Set<string>();

  // 1. Is the clause a claim: does it hit a gold claim?
  const claimRows: TrainingRow[] = [];
  for (const { page, trace } of traced) {
    for (const r of trace) claimRows.push({ x: r.claimFeatures, y: page.claims.some(g => hits(g, r)) ? 1 : 0 });
  }
  // Core features, plus the words that occur in clauses of at least MIN_WORD_PAGES training pages.
  const core = Object.keys(claimRows[0]?.x ?? {}).filter(f => !f.startsWith('w:'));
  const pagesOf = new Map<string, Set<string>>();
  traced.forEach(({ page, trace }) => {
    for (const r of trace)
      for (const f of Object.keys(r.claimFeatures))
        if (f.startsWith('w:')) (pagesOf.get(f) ?? pagesOf.set(f, new Set()).get(f))?.add(page.page);
  });
  const words = [...pagesOf]
    .filter(([, p]) => p.size >= MIN_WORD_PAGES)
    .map(([w]) => w)
    .sort();
  const claimFeatureNames = [...core, ...words].filter(f => !drop.has(f));
  const claim = train(claimRows, claimFeatureNames, { l2: CLAIM_L2, epochs: 2000, learningRate: 1 });

  // 2. Is the matched entry's level the gold level of the claim the clause hits?
  const confidenceRows: TrainingRow[] = [];
  const costs: number[] = [];
  const rowPage: string[] = [];
  for (const { page, trace } of traced) {
    for (const r of trace) {
      if (!r.match || !r.closestEvidence) continue;
      const gold = page.claims.filter(g => hits(g, r)).sort((a, b) => overlapLen(b, r) - overlapLen(a, r))[0];
      if (!gold) continue;
      confidenceRows.push({ x: r.confidenceFeatures, y: gold.evidence === r.closestEvidence ? 1 : 0 });
      rowPage.push(page.page);
      const overrated = LEVELS.indexOf(gold.evidence) - LEVELS.indexOf(r.closestEvidence) >= 2;
      costs.push(gold.evidence === r.closestEvidence ? -1 : overrated ? OVERRATED_COST : WRONG_VERDICT_COST);
    }
  }
  const confidenceFeatureNames = Object.keys(confidenceRows[0]?.x ?? { score: 0 });
  const confidenceOptions = { l2: CONFIDENCE_L2, epochs: 2000, learningRate: 1 };
  // The entries' own examples add rows where the right level is known (about 1,700 beside a few
  // hundred from pages); only page rows place the grading threshold below.
  const withExamples = [...confidenceRows, ...exampleRows(index)];
  const ranked = train(withExamples, confidenceFeatureNames, confidenceOptions);

  // 3. Where to stop grading: the confidence that maximises right − cost × wrong (a verdict two
  // levels too strong costs more than one too weak). Judged on confidences the model gives pages
  // it was not fitted on (inner folds by page): on its own training rows it is over-sure, and
  // the threshold came out too low and jumped from fold to fold.
  const foldOf = new Map([...new Set(rowPage)].sort().map((p, k) => [p, k % INNER_FOLDS]));
  const rowFold = rowPage.map(p => foldOf.get(p));
  const heldOut: { z: number; cost: number }[] = [];
  for (let f = 0; f < INNER_FOLDS; f++) {
    const fit = [...confidenceRows.filter((_, k) => rowFold[k] !== f), ...exampleRows(index)];
    if (!fit.length) continue;
    const model = train(fit, confidenceFeatureNames, confidenceOptions);
    confidenceRows.forEach((r, k) => {
      if (rowFold[k] === f) heldOut.push({ z: logit(predict(model, r.x)), cost: costs[k] as number });
    });
  }
  // The examples are cleaner than page sentences, so a model fitted with them is over-sure on
  // pages. A one-feature logistic on the held-out page confidences (Platt scaling) maps its score
  // back to how often pages are right, and is folded into the weights: a confidence of 0.8 then
  // means about 80% right on pages.
  const platt = heldOut.length
    ? train(
        heldOut.map(h => ({ x: { z: h.z }, y: h.cost < 0 ? 1 : 0 })),
        ['z'],
        { l2: 0, epochs: 2000, learningRate: 1 },
      )
    : { features: ['z'], weights: [1], bias: 0 };
  const a = platt.weights[0] as number;
  const confidence = { ...ranked, weights: ranked.weights.map(w => w * a), bias: ranked.bias * a + platt.bias };
  const probs = heldOut.map(h => ({ p: predict(platt, { z: h.z }), cost: h.cost }));
  const gainAt = (t: number) => probs.filter(x => x.p >= t).reduce((s, x) => s - x.cost, 0);
  let gradeThreshold = 0.5;
  let bestGain = -Infinity;
  for (let t = 0.2; t <= 0.9001; t += 0.025) {
    // Smoothed over the neighbouring steps, so one row does not move the threshold.
    const gain = gainAt(t - 0.025) + gainAt(t) + gainAt(t + 0.025);
    if (gain > bestGain) {
      bestGain = gain;
      gradeThreshold = Math.round(t * 1000) / 1000;
    }
  }

  // 4. The claim threshold with the best F1 on these pages, replaying the reporting rule on the traces.
  let claimThreshold = 0.5;
  let bestF1 = -1;
  const tuned = traced.filter(t => pages.includes(t.page));
  for (const t of CLAIM_THRESHOLDS) {
    const tally = emptyTally();
    for (const { page, trace } of tuned) {
      const found: { start: number; end: number; evidence: EvidenceLevel | null }[] = [];
      for (const sentence of bySentence(trace)) {
        for (const r of sentenceReports(sentence, t, x => predict(claim, x.claimFeatures))) {
          const graded = r.match && predict(confidence, r.confidenceFeatures) >= gradeThreshold;
          found.push({ start: r.start, end: r.end, evidence: graded ? r.closestEvidence : null });
        }
      }
      tallyPage(tally, page, found);
    }
    const f = figures(tally).f1;
    if (f > bestF1) {
      bestF1 = f;
      claimThreshold = t;
    }
  }
  return { claim, claimThreshold, confidence, gradeThreshold };
}

export function measure(
  index: ClaimsIndex,
  pages: readonly Page[],
  model: EngineModel,
  options: FitOptions = {},
): { tally: Tally; figures: Figures } {
  const analyzer = createDocumentAnalyzer(index, model);
  const tally = emptyTally();
  for (const page of pages) {
    const doc = { text: page.text, blocks: blocksFromText(page.text) };
    tallyPage(tally, page, analyzer.analyzeDocument(doc, { disabledRules: options.disabledRules }).claims);
  }
  return { tally, figures: figures(tally) };
}

const exampleCache = new WeakMap<ClaimsIndex, TrainingRow[]>();
/**
 * The entries' own example sentences as rows for the calibrator: each is a claim whose right
 * entry is known, so whether the matcher's best entry carries that entry's level is a label
 * (the example's own entry, or another at the same level). Read once per database.
 */
function exampleRows(index: ClaimsIndex): TrainingRow[] {
  const cached = exampleCache.get(index);
  if (cached) return cached;
  // The features do not depend on the model; any model reads them.
  const analyzer = createDocumentAnalyzer(index, DEFAULT_MODEL);
  const rows: TrainingRow[] = [];
  for (const e of index.claims) {
    for (const example of e.examples ?? []) {
      const trace =
        analyzer.analyzeDocument({ text: example, blocks: blocksFromText(example) }, { trace: true }).trace ?? [];
      const best = bestReading(trace);
      if (!best?.match || !best.closestEvidence) continue;
      rows.push({
        x: best.confidenceFeatures,
        y: best.match?.entry.id === e.id || best.closestEvidence === e.evidence ? 1 : 0,
        w: EXAMPLE_WEIGHT,
      });
    }
  }
  exampleCache.set(index, rows);
  return rows;
}

/** Trace readings grouped by sentence, in order. */
function bySentence(trace: readonly TracedClause[]): TracedClause[][] {
  const out: TracedClause[][] = [];
  for (const r of trace) {
    const last = out[out.length - 1];
    if (last && last[0]?.sentence.start === r.sentence.start) last.push(r);
    else out.push([r]);
  }
  return out;
}

const logit = (p: number) => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

const overlapLen = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export { LEVELS };
