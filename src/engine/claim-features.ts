/**
 * The features the claim classifier reads for one clause: the parse (is
 * there a finite relation between a health subject and an outcome?), the
 * layout (heading, bullet, terminal punctuation), how it is said, and the
 * named surface rules of claim-rules.ts. Every feature is a number in a
 * small range, named, so weights stay readable in model/weights.json.
 */
import { RULES, type RuleName } from './claim-rules';
import type { Mention } from './lexicon';
import { MAX_MATCH_SCORE, type Match } from './match';
import type { Logistic } from './model/logistic';
import type { Parse } from './parse';
import type { BlockRole } from './types';

export interface ClauseLayout {
  role: BlockRole;
  /** Ends with . ! ? … */
  terminal: boolean;
  /** The clause is the whole line or block (a heading, a bullet). */
  wholeBlock: boolean;
  /** Not the first clause of its sentence. */
  continuation: boolean;
}

export interface ClauseEvidence {
  text: string;
  /** Offset of `text` in the document. */
  start: number;
  parse: Parse;
  /** Outer mentions of the clause itself. */
  mentions: readonly Mention[];
  /** A side was borrowed from context. */
  borrowed: boolean;
  /** How many of the mentions name health things (not people, properties or figures). */
  healthMentions: number;
  layout: ClauseLayout;
  match: Match | null;
}

const log1p = Math.log1p;

/** Rules switched off (for the ablation): their features read 0. */
export type DisabledRules = ReadonlySet<RuleName | string>;

/** The rules with their feature names, named once rather than per clause. */
const RULE_FEATURES = Object.entries(RULES).map(([name, rule]) => [name, `rule_${name}`, rule] as const);

/** `w:word` feature names, named once per word (a page repeats its words). */
const wordFeatures = new Map<string, string>();
const wordFeature = (w: string) => {
  let f = wordFeatures.get(w);
  if (f === undefined) {
    if (wordFeatures.size > 50_000) wordFeatures.clear();
    wordFeatures.set(w, (f = `w:${w}`));
  }
  return f;
};

/**
 * The features of a clause. `vocabulary`: when given, only word features it holds are set (the
 * words a model has weights for, when only its prediction is wanted: a feature the model does not
 * know adds nothing, so the prediction is the same). `basis`: the clause's `clauseBasis`, when
 * already read. A new feature belongs in `baseFeatures`, the rules or the words, which
 * `claimCeiling` bounds: one added here alone would escape the bound (claim-ceiling.test.ts).
 */
export function claimFeatures(
  c: ClauseEvidence,
  disabled: DisabledRules = new Set(),
  withWords = true,
  vocabulary?: ReadonlySet<string>,
  basis?: ClauseBasis,
): Record<string, number> {
  const f = basis ? withMatch(basis.base, c.match) : baseFeatures(c);
  const t = c.text.trim();
  for (const [name, feature, rule] of RULE_FEATURES) f[feature] = disabled.has(name) ? 0 : rule(t) ? 1 : 0;
  if (withWords && !disabled.has('words'))
    for (const w of basis?.words ?? contentWords(c)) {
      const feature = wordFeature(w);
      if (!vocabulary || vocabulary.has(feature)) f[feature] = 1;
    }
  return f;
}

/**
 * Upper bounds of the claim model's logit for a clause, read before its match is known and
 * without its surface rules: each rule is taken to fire when its weight is positive, every word of
 * the clause counts when its weight is positive, and the other features are the very ones
 * `claimFeatures` computes. `withoutMatch` is the bound when the clause matches no entry; `match`
 * is the most a match can add (a score of MAX_MATCH_SCORE when its weight is positive). A clause
 * whose bound is under the threshold is no claim, so the analysis need not match it (most clauses
 * of a page that is not about gut health).
 */
export function claimCeiling(model: Logistic): { withoutMatch: (basis: ClauseBasis) => number; match: number } {
  const weights = new Map(model.features.map((f, i) => [f, model.weights[i] as number]));
  const most = (feature: string, value = 1) => Math.max(0, (weights.get(feature) ?? 0) * value);
  const rules = RULE_FEATURES.reduce((s, [, feature]) => s + most(feature), 0);
  return {
    withoutMatch: ({ base, words }) => {
      let z = model.bias + rules;
      for (const k in base) z += (weights.get(k) ?? 0) * (base[k] as number);
      for (const w of words) z += most(wordFeature(w));
      return z;
    },
    match: most('matchScore', MAX_MATCH_SCORE) + most('matched'),
  };
}

/**
 * What the ceiling and the features both read of a clause, computed once: its base features as
 * if it matched nothing (only `matchScore` and `matched` depend on the match) and its content words.
 */
export interface ClauseBasis {
  base: Record<string, number>;
  words: ReadonlySet<string>;
}

export function clauseBasis(c: ClauseEvidence): ClauseBasis {
  return { base: baseFeatures(c.match ? { ...c, match: null } : c), words: contentWords(c) };
}

/** Base features read without a match, given the match (the same values `baseFeatures` gives with it). */
function withMatch(base: Record<string, number>, match: Match | null): Record<string, number> {
  base.matchScore = match?.score ?? 0;
  base.matched = match ? 1 : 0;
  return base;
}

/** The features read off the parse, the mentions, the layout and the match: all but the rules and the words. */
function baseFeatures(c: ClauseEvidence): Record<string, number> {
  const p = c.parse;
  const t = c.text.trim();
  const words = t.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const n = words.length;
  const anchors = c.mentions.filter(m => m.anchor);
  const titleWords = words.filter(w => w.length > 3);
  const capital = titleWords.filter(w => /^\p{Lu}/u.test(w)).length;
  const f: Record<string, number> = {
    finite: p.finite ? 1 : 0,
    relationKnown: p.relation ? 1 : 0,
    relCauses: p.relation === 'causes' ? 1 : 0,
    relTreats: p.relation === 'treats' ? 1 : 0,
    relAssociated: p.relation === 'associated' ? 1 : 0,
    relIs: p.relation === 'is' ? 1 : 0,
    relContains: p.relation === 'contains' ? 1 : 0,
    relDiagnoses: p.relation === 'diagnoses' ? 1 : 0,
    hasSubject: p.subject.length ? 1 : 0,
    subjectAnchor: p.subject.some(m => m.anchor) ? 1 : 0,
    hasObject: p.object.length ? 1 : 0,
    objectAnchor: p.object.some(m => m.anchor) ? 1 : 0,
    borrowed: c.borrowed ? 1 : 0,
    anchors: log1p(anchors.length),
    mentions: log1p(c.healthMentions),
    onlyAmbiguous: anchors.length > 0 && anchors.every(m => m.ambiguous) ? 1 : 0,
    // No gut-health word of its own and no subject borrowed from one: about something else.
    ungrounded: !anchors.length && !c.borrowed ? 1 : 0,
    matchScore: c.match?.score ?? 0,
    matched: c.match ? 1 : 0,
    hedged: p.hedged ? 1 : 0,
    negated: p.negation ? 1 : 0,
    booster: p.booster ? 1 : 0,
    attributed: p.attributed ? 1 : 0,
    evidential: p.evidential ? 1 : 0,
    imperative: p.imperative ? 1 : 0,
    subjectless: p.subjectless ? 1 : 0,
    anaphoric: p.anaphoric ? 1 : 0,
    question: /\?["'”’)]*$/.test(t) ? 1 : 0,
    firstPerson: p.firstPerson ? 1 : 0,
    secondPerson: p.secondPerson ? 1 : 0,
    past: p.past ? 1 : 0,
    roleHeading: c.layout.role === 'heading' ? 1 : 0,
    roleList: c.layout.role === 'list-item' ? 1 : 0,
    roleQuote: c.layout.role === 'quote' ? 1 : 0,
    roleCaption: c.layout.role === 'caption' || c.layout.role === 'table-cell' ? 1 : 0,
    terminal: c.layout.terminal ? 1 : 0,
    wholeBlock: c.layout.wholeBlock ? 1 : 0,
    continuation: c.layout.continuation ? 1 : 0,
    titleCase: titleWords.length >= 2 && capital / titleWords.length >= 0.7 ? 1 : 0,
    words: log1p(n) / 4,
    short: n <= 5 ? 1 : 0,
    long: n > 45 ? 1 : 0,
    number: /\d|\bpercent\b|%/.test(t) ? 1 : 0,
  };
  return f;
}

/**
 * The clause's own words, lowercased, with the words of concept mentions left
 * out (what a claim is about must not decide whether it is a claim). The
 * model keeps weights only for words common across training pages.
 */
function contentWords(c: ClauseEvidence): Set<string> {
  const out = new Set<string>();
  let masked = c.text.toLowerCase();
  for (const m of c.mentions) {
    const a = m.start - c.start;
    const b = m.end - c.start;
    if (a >= 0 && b <= masked.length) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  }
  for (const m of masked.matchAll(/[a-z][a-z'’]+/g)) out.add(m[0].replace(/’/g, "'"));
  return out;
}
/** Features of the calibrator: how likely is the matched entry's level the right one for this clause. */
export function confidenceFeatures(c: ClauseEvidence): Record<string, number> {
  const m = c.match;
  if (!m) return {};
  const f = m.features;
  return {
    score: m.score,
    subjectFit: f.subjectFit,
    objectFit: f.objectFit,
    relationFit: f.relationFit,
    unexplained: f.unexplained,
    classEntry: f.classEntry,
    swapped: f.swapped,
    borrowed: f.borrowed,
    generality: Math.min(4, f.generality) / 4,
    margin: f.margin,
    rivals: f.rivals / 3,
    lexical: f.lexical,
    unstructured: f.unstructured,
    negated: c.parse.negation ? 1 : 0,
    hedged: c.parse.hedged ? 1 : 0,
    attributed: c.parse.attributed ? 1 : 0,
    relationKnown: c.parse.relation ? 1 : 0,
    // A logistic model adds its evidence up; a match is right when its parts hold together, so
    // their conjunction is a feature of its own: subject, object and relation all fitting. (The
    // margin weighted by the share explained was tried beside it: more findings graded, but the
    // findings at confidence 0.8 or more fell to 0.90 right over eight page partitions.)
    allThree: f.subjectFit * f.objectFit * f.relationFit,
  };
}
