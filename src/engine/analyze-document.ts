/**
 * One document analysis for the extension, the CLI and the tests.
 *
 * Blocks in reading order (headings, paragraphs, list items…) → for blocks
 * with gut-health vocabulary: sentences → clauses → tagged words, concept
 * mentions and a structured parse → context (a bullet borrows the subject of
 * its heading or lead-in, "It can also…" the subject of the sentence
 * before) → is it a claim (learned classifier) → the entry it asserts
 * (matcher) → how sure we are (calibrated) → its level as stated (negation,
 * overstatement). Context blocks are read for context and never reported.
 */
import {
  claimCeiling,
  claimFeatures,
  clauseBasis,
  confidenceFeatures,
  type ClauseBasis,
  type ClauseEvidence,
  type DisabledRules,
} from './claim-features';
import { GATES } from './claim-rules';
import { clauses, predicateList, type Clause } from './clauses';
import { WITHDRAWAL_WORDS } from './data/relations';
import { compileGate } from './gate';
import { grade, overstatement } from './grade';
import { buildHierarchy, type Hierarchy } from './hierarchy';
import { bagOf } from './lexical';
import { compileLexicon, narrow, type Mention, type Scan } from './lexicon';
import { labelEnd, leadInFrame, leadingMentions, type LeadInFrame } from './list-frames';
import { compileMatcher, type Match } from './match';
import { predict, type Logistic } from './model/logistic';
import { normalizeForAnalysis, toInputOffset } from './normalize';
import { parseClause, type Parse } from './parse';
import { blocksInScope } from './scope';
import { boundedSentences } from './sentences';
import { tagTokens, type Word } from './tagger';
import { tokenize, tokensWithin, variants } from './tokens';
import type { Analysis, Block, ClaimsIndex, DocumentInput, FoundClaim, RelationClass } from './types';

/** The learned parts and their thresholds (src/engine/model/weights.json). */
export interface EngineModel {
  /** P(the clause is a claim). */
  claim: Logistic;
  /** At or above: report it. */
  claimThreshold: number;
  /** P(the matched entry's level is right for the clause). */
  confidence: Logistic;
  /** At or above: grade it with the entry; below: show the entry only as the closest claim. */
  gradeThreshold: number;
}

export interface AnalyzeOptions {
  /** Keep every candidate clause with its features (for training and the ablation). */
  trace?: boolean;
  /** Named rules switched off (the ablation). */
  disabledRules?: DisabledRules;
  /** Stop reading new blocks after this time (Date.now() milliseconds); what was read so far is reported. */
  deadline?: number;
}

/** A candidate clause as the analysis read it. */
export interface TracedClause extends Omit<ClauseEvidence, 'start'> {
  block: number;
  /** The subject as used: the clause's own, or borrowed from context. */
  subject: Mention[];
  start: number;
  end: number;
  sentence: { start: number; end: number };
  claimProbability: number;
  confidence: number;
  claimFeatures: Record<string, number>;
  confidenceFeatures: Record<string, number>;
  /** The level reported (after negation), or null. */
  evidence: FoundClaim['evidence'];
  /** The level the best entry would give, graded or not. */
  closestEvidence: FoundClaim['evidence'];
}

export interface DocumentAnalysis extends Analysis {
  trace?: TracedClause[];
  /** True when the deadline stopped the analysis before the last block. */
  truncated?: boolean;
}

/** A sentence longer than this (characters) is split at clause joints, then at word boundaries. */
export const MAX_SENTENCE_CHARS = 600;
/** How many blocks away an unambiguous anchor vouches for a word with other senses. */
const AMBIGUOUS_REACH = 3;
/** How many sentences back an "It…"/"This…" may reach for its subject. */
const ANAPHORA_REACH = 2;
/** A demonstrative opening the subject's noun phrase, adjectives allowed ("this over-the-counter medication"). */
const DEMONSTRATIVE = /(?:^|[^\p{L}])(?:this|these|that|those|such)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A determiner that makes a family noun refer back ("your illness", "the condition", "this disease"). */
const FAMILY_DETERMINER = /(?:^|[^\p{L}])(?:the|your|their|its|this|these|that|those|such)\s+(?:[\p{L}-]+\s+){0,1}$/iu;
/** How many blocks a heading's subject lends itself to bullets and subjectless lines below it. */
const HEADING_REACH = 12;

export function createDocumentAnalyzer(index: ClaimsIndex, model: EngineModel) {
  const anchors = index.concepts.filter(c => c.anchor);
  const gate = compileGate({ terms: anchors.flatMap(c => c.terms), exclude: anchors.flatMap(c => c.exclude) });
  const lexicon = compileLexicon(index.concepts);
  const hierarchy: Hierarchy = buildHierarchy(index.concepts);
  const matcher = compileMatcher(index.claims, hierarchy);
  const parseContext = {
    valence: (id: string) => hierarchy.valence(id),
    person: (id: string) => hierarchy.distance(id, 'people') >= 0,
    property: (id: string) => hierarchy.distance(id, 'property') > 0,
    test: (id: string) => hierarchy.distance(id, 'test') >= 0,
  };
  const familyOf = (id: string) => hierarchy.label(id);
  /** The member of `family` among `places` ("this medication" → the bismuth named before). */
  const memberOf = (family: string, places: readonly Mention[]) =>
    places.find(m => hierarchy.distance(m.concept, family) > 0);
  /** Concepts under a health root (not a person, a figure or a property). */
  const HEALTH_ROOTS = [
    'condition',
    'symptom-root',
    'food',
    'supplement',
    'substance',
    'medicine',
    'organism',
    'protocol',
    'diet-root',
    'test',
  ];
  const healthy = new Map<string, boolean>();
  const isHealthConcept = (id: string) => {
    let known = healthy.get(id);
    if (known === undefined) {
      const up = hierarchy.ancestors(id);
      known = HEALTH_ROOTS.some(r => up.has(r));
      healthy.set(id, known);
    }
    return known;
  };
  const modelReadsWords = model.claim.features.some(f => f.startsWith('w:'));
  /** The claim model's features: without a trace, only its prediction needs the clause's words. */
  const claimVocabulary: ReadonlySet<string> = new Set(model.claim.features);
  const ceiling = claimCeiling(model.claim);
  /**
   * A clause is reported when its claim probability is at least the threshold, so when its logit is
   * at least this. The bound is used with a margin far above rounding error (a threshold of 0 or 1
   * leaves no bound: every clause is read in full).
   */
  const claimLogitFloor =
    model.claimThreshold > 0 && model.claimThreshold < 1
      ? Math.log(model.claimThreshold / (1 - model.claimThreshold)) - 1e-6
      : -Infinity;
  /**
   * Concepts the database only ever names as an outcome (digestion, immunity, bloating): no entry
   * has them as its subject. A heading or a verbless lead-in naming one ("Improved digestive
   * health", "Key benefits for digestion:") names a benefit of the topic above it, not a new topic
   * for the lines below. (Parts do not count: bile being a subject does not make digestion one.)
   */
  const agents = new Set(index.claims.flatMap(e => e.claim.subject));
  const outcomes = new Set(index.claims.flatMap(e => e.claim.object));
  const canLead = (m: Mention) => agents.has(m.concept) || !outcomes.has(m.concept);

  /**
   * False only when the clause's claim probability is sure to be under the threshold, whatever its
   * match: a question, or a logit bound under the threshold's (with the most a match can add, or,
   * when no entry can match it at all, with nothing). `matchable` is asked only when that decides.
   */
  function mayBeClaim(basis: ClauseBasis, asked: boolean, matchable: () => boolean): boolean {
    if (claimLogitFloor === -Infinity) return true;
    if (asked) return false;
    const z = ceiling.withoutMatch(basis);
    if (z >= claimLogitFloor) return true;
    return z + ceiling.match >= claimLogitFloor && matchable();
  }

  function analyzeDocument(input: DocumentInput, options: AnalyzeOptions = {}): DocumentAnalysis {
    const norm = normalizeForAnalysis(input.text);
    const text = norm.text;
    const blocks: Block[] = norm.toInput
      ? input.blocks.map(b => ({
          ...b,
          start: toCleanOffset(norm.toInput as Int32Array, b.start),
          end: toCleanOffset(norm.toInput as Int32Array, b.end),
        }))
      : input.blocks;
    const claims: FoundClaim[] = [];
    const trace: TracedClause[] | undefined = options.trace ? [] : undefined;
    let sentences = 0;
    let truncated = false;

    // Discourse state.
    const headings: { level: number; block: number; subject: Mention[] }[] = [];
    let previous: { subject: Mention[]; object: Mention[]; block: number; index: number } | null = null;
    let leadIn: { frame: LeadInFrame; block: number } | null = null;
    let sentenceIndex = 0;
    /** The last sentence that named any concept. */
    let lastMention = -Infinity;

    // Each block read is tokenised and term-matched once; its sentences take their share.
    const scans: (Scan | undefined)[] = [];
    const scanOf = (b: number) => {
      const block = blocks[b] as Block;
      return (scans[b] ??= lexicon.scan(text, block.start, block.end));
    };
    const gated = gateBlocks(text, blocks, scanOf);
    const inScope = blocksInScope(blocks, gated);
    for (let b = 0; b < blocks.length; b++) {
      if (options.deadline !== undefined && Date.now() > options.deadline) {
        truncated = true;
        break;
      }
      const block = blocks[b] as Block;
      const body = text.slice(block.start, block.end);
      if (!block.context) sentences += countSentences(body);
      if (block.role === 'heading') {
        const level = block.level ?? 2;
        while (headings.length && (headings[headings.length - 1] as { level: number }).level >= level) headings.pop();
        const subject = gated[b] ? lexicon.mentionsOf(scanOf(b)).filter(m => m.anchor && !m.nested && canLead(m)) : [];
        headings.push({ level, block: b, subject });
      }
      if (!inScope[b]) {
        if (block.role !== 'heading' && block.role !== 'list-item') {
          previous = null;
          leadIn = null;
        }
        continue;
      }
      // A heading's own words are not its topic: a subjectless heading ("Reduces bloating") is
      // about the heading above it.
      const topic = [...headings].reverse().find(h => h.subject.length && h.block < b && b - h.block <= HEADING_REACH);
      let firstOfBlock = true;
      for (const s of boundedSentences(text, block.start, block.end, MAX_SENTENCE_CHARS)) {
        const opensBlock = firstOfBlock;
        firstOfBlock = false;
        sentenceIndex++;
        const sentenceText = text.slice(s.start, s.end);
        // Each sentence is tokenised once: the lexicon and the tagger share its tokens.
        const { tokens, mentions: sentenceMentions } = sentenceScan(text, scanOf(b), s.start, s.end);
        const ownAnchors = sentenceMentions.filter(m => m.anchor);
        if (sentenceMentions.length) lastMention = sentenceIndex;
        // A sentence that names nothing and has nothing to lean on (no health sentence just
        // before, no gut-health heading or lead-in above) cannot state a gut-health claim: on
        // mixed pages most sentences are of this kind, and parsing them was most of the cost.
        else if (
          !topic &&
          !(leadIn && b - leadIn.block <= HEADING_REACH) &&
          sentenceIndex - lastMention > ANAPHORA_REACH
        )
          continue;
        // A clause that is no list of predicates keeps its tagged words: tagging it again gives the
        // same words unless a compound name lies in it (see below).
        const parts: (Clause & { words?: Word[] })[] = clauses(text, s.start, s.end).flatMap(part => {
          const words = tagTokens(
            text,
            tokens.filter(t => t.start >= part.start && t.end <= part.end),
            part.start,
          );
          const split = predicateList(words, part.start, part.end);
          return split.length === 1 ? [{ ...part, words }] : split;
        });
        const compounds = sentenceMentions.filter(m => m.words > 1);
        const readings: TracedClause[] = [];
        // An item that opens with a label under a lead-in ("Bloating: …" under "Symptoms of leaky
        // gut include:") says what the lead-in says of its subject, about the label.
        const frame = leadIn && block.role === 'list-item' && b - leadIn.block <= HEADING_REACH ? leadIn.frame : null;
        const labelTo = frame && opensBlock ? labelEnd(tokens, text) : -1;
        const label = labelTo > 0 ? sentenceMentions.filter(m => m.end <= labelTo && !m.nested) : [];
        parts.forEach((part, k) => {
          const mentions = sentenceMentions.filter(m => m.start >= part.start && m.end <= part.end && !m.nested);
          // Compounds change the tags only of words inside them, so with none overlapping the clause
          // its words as first tagged stand.
          const words =
            part.words && !compounds.some(c => c.end > part.start && c.start < part.end)
              ? part.words
              : tagTokens(
                  text,
                  tokens.filter(t => t.start >= part.start && t.end <= part.end),
                  part.start,
                  compounds,
                );
          const parse = parseClause(text, words, mentions, parseContext);
          // Context: who the clause is about when it does not say.
          let subject = parse.subject;
          let borrowed = false;
          const earlier = readings[readings.length - 1];
          if (
            !subject.length &&
            !parse.existential &&
            (parse.subjectless || parse.anaphoric || !parse.finite || block.role === 'list-item')
          ) {
            const fromEarlierClause = earlier?.parse.subject.length ? earlier.parse.subject : null;
            const fromPrevious =
              previous && sentenceIndex - previous.index <= ANAPHORA_REACH
                ? previous.subject.length
                  ? previous.subject
                  : previous.object
                : null;
            const fromLeadIn = frame?.subject ?? null;
            const candidates = parse.anaphoric
              ? (fromEarlierClause ?? fromPrevious)
              : (fromEarlierClause ??
                fromLeadIn ??
                (block.role === 'list-item' || parse.subjectless ? topic?.subject : null) ??
                fromPrevious);
            if (candidates?.length) {
              subject = candidates.map(m => ({ ...m, nested: false }));
              borrowed = true;
            }
          }
          // What the sentence before named, read only when a demonstrative or a family determiner asks.
          const recent = () =>
            previous && sentenceIndex - previous.index <= ANAPHORA_REACH
              ? [...previous.subject, ...previous.object]
              : [];
          const opens = (pattern: RegExp, m: Mention) =>
            pattern.test(text.slice(Math.max(part.start, m.start - 40), m.start));
          // "This medication", "these bacteria": a demonstrative before a family names the member
          // the sentence before was about ("Bismuth … This medication can shorten…").
          if (!borrowed && subject.length === 1 && opens(DEMONSTRATIVE, subject[0] as Mention)) {
            const member = memberOf((subject[0] as Mention).concept, recent());
            if (member) {
              subject = [{ ...member, nested: false }];
              borrowed = true;
            }
          }
          // "… and shorten the duration of your illness": a family noun after a determiner names
          // the member the discourse is about (the sentence before, else the heading's topic).
          let object = parse.object.map(m => {
            if (!opens(FAMILY_DETERMINER, m)) return m;
            const member = memberOf(m.concept, [...recent(), ...(topic?.subject ?? [])]);
            return member ? { ...m, concept: member.concept } : m;
          });
          let relation = borrowed ? parse.relation : converseOfWithdrawal(text, parse, subject);
          if (frame && label.length && k === 0) {
            const rest = parse.object.filter(m => !label.includes(m));
            subject = (frame.itemsCause ? label : frame.subject).map(m => ({ ...m, nested: false }));
            object = frame.itemsCause ? frame.subject : [...label, ...rest];
            relation = frame.relation ?? relation;
            borrowed = true;
          }
          let bag: Map<string, number> | undefined;
          const query = {
            subject: { mentions: subject, borrowed },
            object: { mentions: object, borrowed: false },
            relation,
            all: mentions,
            words: () => (bag ??= bagOf(text.slice(part.start, part.end))),
          };
          const layout = {
            role: block.role,
            terminal: /[.!?…]["'”’)\]]*\s*$/u.test(sentenceText),
            wholeBlock: s.start === block.start && s.end === block.end,
            continuation: k > 0,
          };
          const clauseText = text.slice(part.start, part.end);
          const evidence: ClauseEvidence = {
            text: clauseText,
            start: part.start,
            parse,
            mentions,
            borrowed,
            healthMentions: mentions.filter(m => m.anchor || isHealthConcept(m.concept)).length,
            layout,
            match: null,
          };
          const asked = !options.disabledRules?.has('question') && GATES.question(sentenceText, parse.rhetorical);
          const at = { subject, block: b, end: part.end, sentence: { start: s.start, end: s.end } };
          // A subject the vocabulary does not know ("Chewing slowly cures…") is not any entry's.
          const matchable = !(parse.subjectUnknown && !borrowed);
          // Without a trace only the claims count: a clause that cannot reach the threshold, whatever
          // entry it matches, is read for context only (its match and features are never used).
          const basis = options.trace ? undefined : clauseBasis(evidence);
          if (basis && !mayBeClaim(basis, asked, () => matchable && matcher.possible(query))) {
            readings.push(readingOf(evidence, at, NOT_A_CLAIM));
            return;
          }
          let match = matchable ? (matcher.match(query, 2)[0] ?? null) : null;
          // "Stopping laxatives causes rebound constipation": the converse reading ("laxatives
          // prevent constipation") is one reading; an entry may state the stopping in its own words,
          // so the sentence as written is read too, and the entry that fits it better wins.
          if (matchable && relation !== parse.relation) {
            const literal = matcher.match({ ...query, relation: parse.relation }, 2)[0] ?? null;
            if (literal && (!match || literal.score > match.score)) match = literal;
          }
          evidence.match = match;
          const cf = claimFeatures(
            evidence,
            options.disabledRules,
            options.trace || modelReadsWords,
            options.trace ? undefined : claimVocabulary,
            basis,
          );
          const qf = confidenceFeatures(evidence);
          readings.push(
            readingOf(evidence, at, {
              claimProbability: asked ? 0 : predict(model.claim, cf),
              confidence: match ? predict(model.confidence, qf) : 0,
              claimFeatures: cf,
              confidenceFeatures: qf,
              closestEvidence: match ? levelOf(match, parse) : null,
            }),
          );
        });
        if (!readings.length) continue;
        const report = sentenceReports(readings, model.claimThreshold);
        for (const r of report) {
          const found = finding(text, r, sentenceText);
          r.evidence = found.evidence;
          if (!block.context) claims.push(mapBack(found, norm, input.text, b));
        }
        if (trace) trace.push(...readings);
        // What later sentences may lean on.
        const withSubject = readings.find(r => r.subject.length);
        if (withSubject) {
          previous = { subject: withSubject.subject, object: withSubject.parse.object, block: b, index: sentenceIndex };
        } else if (ownAnchors.length) {
          previous = { subject: ownAnchors.filter(m => !m.nested), object: [], block: b, index: sentenceIndex };
        }
        if (/:\s*$/.test(sentenceText)) {
          const main = [...readings].reverse().find(r => r.subject.length);
          // A verbless lead-in that borrowed its subject but names things of its own ("Studies
          // suggest that a diet high in X may:") lends its own things to its items, not the topic above.
          const ownLead = leadingMentions(sentenceMentions, canLead).length > 0;
          const lends = main && !(main.borrowed && !main.parse.relation && ownLead);
          const frame = leadInFrame(
            tokens,
            sentenceMentions,
            lends ? { subject: main.subject, relation: main.parse.relation } : undefined,
            canLead,
          );
          leadIn = frame ? { frame, block: b } : null;
        }
      }
    }
    return { claims, sentences, ...(trace ? { trace } : {}), ...(truncated ? { truncated } : {}) };
  }

  /**
   * Which blocks have gut-health vocabulary. A word with other senses ("wind", "stomach",
   * "gas": a one-word anchor its own concept excludes in some phrase) counts only when an
   * unambiguous anchor ("probiotics", "bloating") stands within AMBIGUOUS_REACH blocks.
   */
  function gateBlocks(text: string, blocks: readonly Block[], scanOf: (b: number) => Scan): boolean[] {
    // One sense per discourse: a page that uses a word in another sense ("digital detox", "gut
    // feeling") means that sense by the bare word too, in any of its forms ("facial cleanse" makes
    // "double cleansing" skin care), unless gut vocabulary stands near it.
    const sensesIn = (t: string) => new Set([...gate.otherSenses(t)].flatMap(w => [...variants(w)]));
    const holds = (senses: ReadonlySet<string>, m: Mention) =>
      [...variants(text.slice(m.start, m.end).toLowerCase())].some(v => senses.has(v));
    let pageSenses: Set<string> | undefined;
    const kind = blocks.map((bl, b) => {
      if (!gate.test(text.slice(bl.start, bl.end))) return 0;
      const mentions = lexicon.mentionsOf(scanOf(b));
      const anchorsHere = mentions.filter(m => m.anchor);
      if (anchorsHere.some(m => !m.ambiguous)) return 2;
      if (!anchorsHere.length) return 0;
      // The page's other senses take one scan of the whole page, made at the first block that needs it.
      const otherSense = anchorsHere.every(m => holds((pageSenses ??= sensesIn(text)), m));
      // A block that itself uses its only anchor words in another sense ("a facial cleanse at night;
      // double cleansing only with make-up") means that sense, whatever gut vocabulary stands a few
      // blocks away; a heading, in the section it heads ("Cleansing without stripping"). The page's
      // senses hold the block's, so only a block whose words are all among them is scanned.
      if (otherSense) {
        const here = sensesIn(text.slice(bl.start, bl.role === 'heading' ? sectionEnd(blocks, b) : bl.end));
        if (anchorsHere.every(m => holds(here, m))) return 0;
      }
      // "Carrageenan inflames the gut", "fibre is good for your gut": an ambiguous word beside
      // another health concept, or beside a second ambiguous anchor of another kind, is meant.
      const others = mentions.filter(m => !m.anchor && isHealthConcept(m.concept));
      const kinds = new Set(anchorsHere.map(m => m.concept));
      if (!others.length && kinds.size <= 1) return 1;
      return otherSense ? 1 : 2;
    });
    return kind.map((k, i) => {
      if (k === 2) return true;
      if (k === 0) return false;
      for (let j = Math.max(0, i - AMBIGUOUS_REACH); j <= Math.min(kind.length - 1, i + AMBIGUOUS_REACH); j++)
        if (kind[j] === 2) return true;
      return false;
    });
  }

  /** Where the section a heading opens ends: at the next heading, or HEADING_REACH blocks on. */
  function sectionEnd(blocks: readonly Block[], b: number): number {
    let j = b + 1;
    while (j < blocks.length && j - b <= HEADING_REACH && (blocks[j] as Block).role !== 'heading') j++;
    return (blocks[j - 1] as Block).end;
  }

  /** A sentence's tokens and mentions: its share of its block's scan, or, failing that, its own. */
  function sentenceScan(text: string, block: Scan, start: number, end: number) {
    const within = tokensWithin(text, block.tokens, start, end);
    if (within) {
      const own = narrow(block, within[0], within[1]);
      return { tokens: own.tokens, mentions: lexicon.mentionsOf(own) };
    }
    const tokens = tokenize(text, start, end);
    return { tokens, mentions: lexicon.mentionsIn(tokens) };
  }

  /** The level the entry gives the clause as stated. */
  function levelOf(match: Match, parse: Parse): FoundClaim['evidence'] {
    return grade(match.entry, effectiveNegation(parse), parse.deniedBooster)?.evidence ?? null;
  }

  function finding(text: string, r: TracedClause, sentence: string): FoundClaim {
    const negation = effectiveNegation(r.parse);
    const graded = r.match && r.confidence >= model.gradeThreshold;
    const base: FoundClaim = {
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      block: r.block,
      sentence,
      claimId: null,
      statement: null,
      evidence: null,
      verdict: null,
      match: null,
      confidence: round(r.match ? r.confidence : 0),
      negated: negation !== null,
      hedged: r.parse.hedged,
      overstated: false,
      overstatedBy: null,
      structure: r.parse.relation
        ? {
            subject: [...new Set(r.parse.subject.map(m => m.concept))],
            relation: r.parse.relation,
            object: [...new Set(r.parse.object.map(m => m.concept))],
          }
        : null,
    };
    if (!r.match) return base;
    const entry = r.match.entry;
    const via = entry.class ? 'class' : 'entry';
    base.match = {
      id: entry.id,
      statement: entry.statement,
      via,
      ...(entry.class ? { family: entry.class } : {}),
    };
    const g = graded ? grade(entry, negation, r.parse.deniedBooster) : null;
    if (!g) return base;
    const verb = r.parse.verb ? text.slice(r.parse.verb.start, r.parse.verb.end) : null;
    const over = overstatement(g.evidence, {
      booster: r.parse.booster,
      hedged: r.parse.hedged,
      negated: negation !== null,
      attributed: r.parse.attributed,
      verb,
    });
    return {
      ...base,
      claimId: entry.id,
      statement: g.statement,
      evidence: g.evidence,
      verdict: g.verdict,
      overstated: over !== null,
      overstatedBy: over,
    };
  }

  return { analyzeDocument, hierarchy, familyOf };
}

type ClausePlace = Pick<TracedClause, 'subject' | 'block' | 'end' | 'sentence'>;
type ClauseScores = Pick<
  TracedClause,
  'claimProbability' | 'confidence' | 'claimFeatures' | 'confidenceFeatures' | 'closestEvidence'
>;

/** The scores of a clause that cannot be a claim (without a trace, nothing reads them). */
const NOT_A_CLAIM: ClauseScores = {
  claimProbability: 0,
  confidence: 0,
  claimFeatures: {},
  confidenceFeatures: {},
  closestEvidence: null,
};

/**
 * A clause reading, spelled out field by field in the order the trace has always had: object
 * spreads were a measurable share of the clause loop.
 */
function readingOf(e: ClauseEvidence, at: ClausePlace, scores: ClauseScores): TracedClause {
  return {
    text: e.text,
    start: e.start,
    parse: e.parse,
    mentions: e.mentions,
    borrowed: e.borrowed,
    healthMentions: e.healthMentions,
    layout: e.layout,
    match: e.match,
    subject: at.subject,
    block: at.block,
    end: at.end,
    sentence: at.sentence,
    claimProbability: scores.claimProbability,
    confidence: scores.confidence,
    claimFeatures: scores.claimFeatures,
    confidenceFeatures: scores.confidenceFeatures,
    evidence: null,
    closestEvidence: scores.closestEvidence,
  };
}

/** Reporting a proponent's claim is not denying it (the corpus convention). */
function effectiveNegation(p: Parse) {
  return p.attributed && p.negation === 'plain' ? null : p.negation;
}

/**
 * What a sentence reports, from its clause readings: nothing when no clause is a claim, one
 * finding for the whole sentence, or one per clause when its clauses assert different things
 * (different entries, or one denied and one not). Shared by the analysis and the trainer.
 */
export function sentenceReports(
  readings: readonly TracedClause[],
  claimThreshold: number,
  probabilityOf: (r: TracedClause) => number = r => r.claimProbability,
): TracedClause[] {
  const asClaims = readings.filter(r => probabilityOf(r) >= claimThreshold);
  if (!asClaims.length) return [];
  const distinct =
    asClaims.length > 1 && new Set(asClaims.map(r => `${r.match?.entry.id ?? '-'}|${r.parse.negation ?? ''}`)).size > 1;
  if (distinct) return asClaims;
  return [
    {
      ...best(asClaims),
      start: Math.min(...readings.map(r => r.start)),
      end: Math.max(...readings.map(r => r.end)),
    },
  ];
}

/** The reading that speaks for a whole sentence: the most confident claim. */
function best(readings: readonly TracedClause[]): TracedClause {
  return [...readings].sort(
    (a, b) =>
      (b.match ? 1 : 0) - (a.match ? 1 : 0) || b.confidence - a.confidence || b.claimProbability - a.claimProbability,
  )[0] as TracedClause;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Offsets of a finding back into the caller's text (before soft hyphens and zero-width characters were removed). */
function mapBack(
  c: FoundClaim,
  norm: ReturnType<typeof normalizeForAnalysis>,
  input: string,
  block: number,
): FoundClaim {
  if (!norm.toInput) return { ...c, block };
  const start = toInputOffset(norm, c.start);
  const end = toInputOffset(norm, c.end, true);
  return { ...c, block, start, end, text: input.slice(start, end) };
}

/** The clean offset of an input offset (first clean character at or after it). */
function toCleanOffset(map: Int32Array, inputOffset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] as number) < inputOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence count without segmenting: terminal punctuation and non-empty lines. */
function countSentences(text: string): number {
  const ends = text.match(/[.!?]+(?=\s)|\n\s*(?=\S)/g);
  return (ends?.length ?? 0) + (/\S/.test(text) ? 1 : 0);
}

/**
 * "Cutting (down on) alcohol protects the lining" claims what "alcohol harms the lining"
 * does: with a verb of doing without before the subject's first mention, causes and
 * treats trade places.
 */
function converseOfWithdrawal(text: string, parse: Parse, subject: readonly Mention[]): RelationClass | null {
  const r = parse.relation;
  const first = subject[0];
  if (!first || (r !== 'causes' && r !== 'treats')) return r;
  const lead =
    text
      .slice(parse.contentStart, first.start)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  if (lead.length > 4 || !lead.some(w => WITHDRAWAL_WORDS.has(w))) return r;
  return r === 'causes' ? 'treats' : 'causes';
}
