/**
 * The engine's public API: the background worker, the popup and the CLI all
 * call `createEngine(index).analyze(text)`.
 *
 * Pipeline: gate (anchor vocabulary, whole text, one regex) → segment →
 * for gated sentences only: concept mentions, claim-or-not, negation and
 * hedging cues, best database entry → one finding per sentence, or one per
 * clause when its clauses assert different things.
 */
import { clauses, predicateList, type Clause } from './clauses';
import { readCues, type Cues } from './cues';
import { classify } from './detect';
import { compileGate, type Span } from './gate';
import { grade } from './grade';
import { compileLexicon, type Mention } from './lexicon';
import { compileMatcher, MIN_CONFIDENCE, type ClaimMatch } from './match-claim';
import { segment, type Sentence } from './segment';
import type { Analysis, ClaimsIndex, DocumentInput, FoundClaim } from './types';

export type * from './types';

export interface Engine {
  /** Every gut-health claim in `text`, with offsets into `text`. */
  analyze(text: string): Analysis;
  /** Every gut-health claim in the document's non-context blocks, with offsets into `doc.text`. */
  analyzeDocument(doc: DocumentInput): Analysis;
}

/** How many entries must use a non-anchor concept for it to count as a relation word. */
const MIN_USES = 2;

/** Confidence given to claim-like sentences that match no entry. */
const UNMATCHED_CONFIDENCE = 0.3;

export function createEngine(index: ClaimsIndex): Engine {
  const anchors = index.concepts.filter(c => c.anchor);
  const gate = compileGate({ terms: anchors.flatMap(c => c.terms), exclude: anchors.flatMap(c => c.exclude) });
  const lexicon = compileLexicon(index.concepts);
  const matcher = compileMatcher(index);

  // Relation and outcome words: non-anchor concepts the database's entries are built on
  // ("causes", "helps", "symptoms"). Vocabulary no entry uses ("probiotic face cream") or
  // only one does ("ferment") says what a sentence is about, not what it claims.
  const uses = new Map<string, number>();
  for (const e of index.claims) {
    if (!e.match) continue;
    for (const c of new Set([...e.match.all.flat(), ...(e.match.any ?? [])])) uses.set(c, (uses.get(c) ?? 0) + 1);
  }
  const relational = new Set(index.concepts.filter(c => !c.anchor && (uses.get(c.id) ?? 0) >= MIN_USES).map(c => c.id));

  /**
   * Does a span relate two things, one of them a relation or outcome word, without being
   * an instruction? What a span needs to be reported with no database entry, or to borrow
   * the subject of the sentence before it.
   */
  function asserts(body: string, mentions: readonly Mention[]): boolean {
    if (INSTRUCTION.test(body)) return false;
    const concepts = new Set(mentions.filter(m => !m.nested).map(m => m.concept));
    return concepts.size >= 2 && mentions.some(m => relational.has(m.concept));
  }

  interface Reading {
    span: Clause;
    mentions: Mention[];
    match: ClaimMatch | null;
    cues: Cues;
    negated: boolean;
  }

  function read(text: string, span: Clause, context: readonly Mention[] = []): Reading {
    const own = lexicon.mentions(text, span.start, span.end);
    let m = matcher.match(own, span.end - span.start);
    // A sentence leaning on an earlier one ("This imbalance can…", a bullet under a heading)
    // may borrow that sentence's subjects; borrowed mentions can satisfy an entry but
    // never count against it (they are marked nested).
    if ((!m || m.confidence < MIN_CONFIDENCE) && context.length) {
      const borrowed = context.map(c => ({ ...c, start: span.start, end: span.start, nested: true }));
      const withContext = matcher.match([...own, ...borrowed], span.end - span.start);
      if (withContext && withContext.confidence >= MIN_CONFIDENCE)
        m = { ...withContext, confidence: withContext.confidence * 0.9 };
    }
    const match = m && m.confidence >= MIN_CONFIDENCE ? m : null;
    const cues = cuesOf(text, span, match, own);
    return { span, mentions: own, match, cues, negated: cues.negation !== null };
  }

  /**
   * A span no entry matches is still worth reporting ("not in the database yet") only
   * when it `asserts` something: "Then I discovered the truth about my gut" or a recipe
   * line naming kombucha says nothing checkable about health.
   */
  function reportable(text: string, r: Reading): boolean {
    return !!r.match || asserts(text.slice(r.span.start, r.span.end), r.mentions);
  }

  function finding(text: string, sentence: Sentence, r: Reading): FoundClaim {
    const body = text.slice(r.span.start, r.span.end);
    const { cues } = r;
    // Reporting a proponent's claim is not denying it (corpus convention).
    const negation = cues.attributed && cues.negation === 'plain' ? null : cues.negation;
    const base = {
      text: body,
      start: r.span.start,
      end: r.span.end,
      sentence: text.slice(sentence.start, sentence.end),
      block: 0,
      negated: negation !== null,
      hedged: cues.hedged,
      overstated: false,
      overstatedBy: null,
      structure: null,
    };
    if (!r.match) {
      return {
        ...base,
        claimId: null,
        statement: null,
        evidence: null,
        verdict: null,
        match: null,
        confidence: UNMATCHED_CONFIDENCE,
      };
    }
    const g = grade(r.match.entry, negation);
    const match = { id: r.match.entry.id, statement: r.match.entry.statement, via: 'entry' as const };
    return { ...base, claimId: r.match.entry.id, ...g, match, confidence: r.match.confidence };
  }

  /** Findings of one sentence; returns false when it is not a claim. */
  function analyzeSentence(
    text: string,
    s: Sentence,
    mentions: Mention[],
    context: Mention[],
    out: FoundClaim[],
  ): boolean {
    const body = text.slice(s.start, s.end);
    if (classify(body, { ...s, relation: mentions.some(m => !m.anchor) }) !== 'claim') return false;
    const whole = read(text, s, context);
    let parts = clauses(text, s.start, s.end);
    // A list of predicates ("…, produces most of your serotonin and holds…") splits only
    // when at least two of its items name different entries.
    const list = parts.length === 1 && LIST_JOINTS.test(body);
    if (list) {
      parts = predicateList(text, s.start, s.end);
      // A one- or two-word item ("…, bloating, gas, cramps and tiredness") is a noun in a
      // list the tagger took for a verb, not a predicate of its own.
      if (parts.some(p => wordCount(text.slice(p.start, p.end)) < 3)) parts = [{ start: s.start, end: s.end }];
    }
    if (parts.length > 1) {
      // A clause may borrow the sentence's own subjects ("…, contributing to energy").
      const shared = [...context, ...mentions.filter(m => m.anchor)];
      const readings = parts.map(p => read(text, p, shared)).filter(r => r.match || r.mentions.some(m => m.anchor));
      const ids = new Set(readings.map(r => r.match?.entry.id ?? null));
      const matched = new Set(readings.filter(r => r.match).map(r => r.match?.entry.id));
      const distinct = list
        ? matched.size > 1
        : readings.length > 1 &&
          readings.some(r => r.match) &&
          (ids.size > 1 || new Set(readings.map(r => r.negated)).size > 1);
      if (distinct) {
        for (const r of readings) if (reportable(text, r)) out.push(finding(text, s, r));
        return true;
      }
    }
    if (reportable(text, whole)) out.push(finding(text, s, whole));
    return true;
  }

  const engine: Engine = {
    // Interim: the whole text is read as before, and findings are assigned to blocks.
    analyzeDocument(doc) {
      const result = engine.analyze(doc.text);
      const claims: FoundClaim[] = [];
      for (const c of result.claims) {
        const block = doc.blocks.findIndex(b => c.start >= b.start && c.start < b.end);
        if (block >= 0 && !doc.blocks[block]?.context) claims.push({ ...c, block });
      }
      return { claims, sentences: result.sentences };
    },
    analyze(text) {
      const sentences = countSentences(text);
      // Ambiguous anchors ("winds", "colon") count only near an unambiguous one, so a page
      // whose every hit is ambiguous is done here, before any segmentation.
      const found = gate
        .find(text)
        .map(h => ({ ...h, strong: lexicon.mentions(text, h.start, h.end).some(m => m.anchor && !m.ambiguous) }));
      const strongAt = found.filter(h => h.strong).map(h => h.start);
      const hits = found.filter(h => h.strong || anyWithin(strongAt, h.start - CONTEXT - 200, h.end + CONTEXT + 200));
      if (!hits.length) return { claims: [], sentences };
      const candidates: { s: Sentence; mentions: Mention[] | null; para: number }[] = [];
      let h = 0;
      for (const [para, [from, to]] of paragraphs(text, hits).entries()) {
        for (const s of segment(text, from, to)) {
          while (h < hits.length && (hits[h] as Span).end <= s.start) h++;
          const hit = hits[h];
          const gated = !!hit && hit.start < s.end;
          candidates.push({ s, mentions: gated ? lexicon.mentions(text, s.start, s.end) : null, para });
        }
      }
      // Unambiguous anchors ("probiotics", "gut lining") vouch for ambiguous ones nearby ("gas", "gut").
      const strong = candidates
        .flatMap(c => (c.mentions ?? []).filter(m => m.anchor && !m.ambiguous).map(m => m.start))
        .sort((a, b) => a - b);
      const claims: FoundClaim[] = [];
      let previous: { index: number; anchors: Mention[]; para: number } | null = null;
      let heading: { index: number; anchors: Mention[] } | null = null;
      candidates.forEach((c, i) => {
        const body = text.slice(c.s.start, c.s.end);
        if (!c.mentions) {
          // "This imbalance can contribute to…": an anaphoric sentence right after a claim continues it.
          if (previous && previous.index === i - 1 && ANAPHOR.test(body)) {
            const mentions = lexicon.mentions(text, c.s.start, c.s.end);
            if (analyzeSentence(text, c.s, mentions, previous.anchors, claims))
              previous = { index: i, anchors: previous.anchors, para: c.para };
          }
          return;
        }
        const anchorsHere = c.mentions.filter(m => m.anchor);
        if (!anchorsHere.length) return;
        if (anchorsHere.every(m => m.ambiguous) && !anyWithin(strong, c.s.start - CONTEXT, c.s.end + CONTEXT)) return;
        // Subjectless bullets ("Reduces bloating") take their subject from the heading above.
        const near = (x: { index: number; anchors: Mention[] } | null) => (x && i - x.index <= 6 ? x.anchors : []);
        // Any other sentence may lean on the claim just before it in the same paragraph
        // ("Coeliac disease is… The only treatment is a gluten-free diet").
        // It must assert something of its own, or "Then the food moves into the small
        // intestine" would borrow a physiology claim from the sentence before.
        const context = SUBJECTLESS.test(body)
          ? [...near(heading), ...near(previous)]
          : previous &&
              i - previous.index <= 2 &&
              (ANAPHOR.test(body) || (previous.para === c.para && asserts(body, c.mentions)))
            ? previous.anchors
            : [];
        if (analyzeSentence(text, c.s, c.mentions, context, claims))
          previous = { index: i, anchors: anchorsHere, para: c.para };
        else if (!c.s.terminal) heading = { index: i, anchors: anchorsHere };
      });
      return { claims, sentences };
    },
  };
  return engine;
}

/**
 * Cues of a span, read only where they can govern the matched claim: an adverbial
 * clause ("because we cannot make them ourselves", "if you cannot tolerate dairy")
 * that holds none of the words the entry matched is left out, so its negation does not
 * deny the claim.
 */
function cuesOf(text: string, span: Clause, match: ClaimMatch | null, mentions: readonly Mention[] = []): Cues {
  let body = text.slice(span.start, span.end);
  // A negation inside a concept's own term ("not absorbed", "fails to absorb") names
  // the concept; it denies nothing.
  for (const m of mentions) {
    const term = text.slice(m.start, m.end);
    if (m.start >= span.start && m.end <= span.end && NEGATION_WORD.test(term)) {
      body = body.slice(0, m.start - span.start) + ' '.repeat(term.length) + body.slice(m.end - span.start);
    }
  }
  if (!match) return readCues(body);
  const from = match.start - span.start;
  const to = match.end - span.start;
  const scoped = body
    .replace(REDUCED_RELATIVE, (all: string, head: string, clause: string) =>
      FUNCTION_WORDS.has(head.trim().toLowerCase()) ? all : head + ' '.repeat(clause.length),
    )
    .replace(SUBORDINATE, (clause: string, at: number) =>
      at >= to || at + clause.length <= from ? ' '.repeat(clause.length) : clause,
    )
    .replace(RELATIVE, (all: string, head: string, clause: string, at: number) => {
      const start = at + head.length;
      const outside = start >= to || start + clause.length <= from;
      return outside && !COMPLEMENT_HEADS.has(head.replace(/[\s,]+$/, '').toLowerCase())
        ? head + ' '.repeat(clause.length)
        : all;
    });
  return readCues(scoped);
}

const NEGATION_WORD = /\b(?:not|no|never|fail\w*)\b|n['’]t\b/i;

/**
 * A relative clause ("toxins that diet alone can't reach", "IBS that does not respond to
 * treatment") after its noun, to the next comma: it restricts the noun, so a negation in
 * it denies nothing about the claim. Not a complement clause ("evidence that…", "shows
 * that…"), which carries the claim itself: see COMPLEMENT_HEADS.
 */
const RELATIVE = /\b([A-Za-z][\w-]*,?\s+)((?:that|which)\b[^,;:–—]*)/gi;

/** Words after which "that …" is the content of what is said, shown or believed. */
const COMPLEMENT_HEADS = new Set(
  'evidence proof research studies study data trials trial say says said claim claims claimed show shows showed shown suggest suggests suggested find finds found believe believes believed think thinks know known true clear likely unlikely means mean idea fact notion myth sure so such now argue argues argued prove proves proved proven report reports reported hope hopes feel feels felt note notes noted confirm confirms confirmed conclude concluded agree agreed indicate indicates indicated demonstrate demonstrates demonstrated recommend recommends recommended ensure possible impossible thought'.split(
    ' ',
  ),
);

/**
 * A negated relative clause with its "that" left out, after a noun ("avoiding NSAIDs
 * you do not need protects…"): it restricts the noun and denies nothing about the claim.
 */
const REDUCED_RELATIVE =
  /\b([A-Za-z][\w-]*\s+)((?:that\s+|which\s+)?(?:you|we|they|i)\s+(?:do|does|did|can|could|would|should|will)\s*(?:not|n['’]t)\s+[a-z]+)/gi;

/** Words after which "you do not …" starts a clause of its own, not a relative one. */
const FUNCTION_WORDS = new Set(
  'and but or so if then because since when while although though that which where why how what yes no please also still just even only now today here there'.split(
    ' ',
  ),
);

/**
 * An adverbial clause, or a coordinate one with a subject of its own (", and many of them
 * do not know it"), from its first word to the next comma, semicolon or dash.
 */
const SUBORDINATE =
  /\b(?:because|since|unless|if|when|whenever|although|though|whereas|until|so\s+that|as\s+long\s+as|who|whose)\b[^,;:–—]*|,\s+and\s+(?:many|most|some|few|they|it|this|these|those|we|you|he|she|i)\b[^,;:–—]*/gi;

/** Is any of the ascending `positions` inside (from, to)? Binary search: pages have thousands. */
function anyWithin(positions: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && (positions[lo] as number) < to;
}

/** Sentences that lean on the one before for their subject. */
const ANAPHOR =
  /^(?:(?:while|although|though|because|since|as|and|but|so)\s+)?(?:this|these|that|those|it|it['’]s|they|they['’]re|such)\b/i;
/** Bullets that start with a verb ("Reduces bloating") or a label ("Gas: …"). */
const SUBJECTLESS = /^(?:[A-Z][a-z]+s\b|[A-Z][\w ]{1,30}:\s)/;

/**
 * An instruction ("Aim for beans and oats", "For fizzy kombucha, bottle it…"): advice or a
 * recipe step. Matched against an entry it may still carry a claim; unmatched, it asserts nothing.
 */
const INSTRUCTION =
  /^(?:(?:for|to|if|when|once)\s+[^,]{1,40},\s+)?(?:aim|add|mix|stir|pour|bake|bottle|leave|place|put|cover|heat|boil|simmer|serve|store|keep|use|try|choose|swap|pick|start|stop|make\s+sure|remember|ask|see|consider|look\s+for|go\s+for|take|eat|drink|include|opt|buy|check|read|cut|reduce)\b/i;

/** Two list joints (", … and …"): the cheap test before `predicateList` asks the tagger. */
const LIST_JOINTS = /,[^,]+(?:,|\band\b|\bor\b)/;

const wordCount = (t: string) => t.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length;

/** How near (in characters) an unambiguous anchor must be to vouch for an ambiguous one. */
const CONTEXT = 400;

/** The paragraphs (blank-line separated blocks) that contain a hit, as [start, end). */
function paragraphs(text: string, hits: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last[1]) continue;
    const before = text.lastIndexOf('\n\n', h.start);
    const after = text.indexOf('\n\n', h.end);
    out.push([before < 0 ? 0 : before + 1, after < 0 ? text.length : after]);
  }
  return out;
}

/** Sentence count without segmenting: terminal punctuation and non-empty lines. */
function countSentences(text: string): number {
  const ends = text.match(/[.!?]+(?=\s)|\n\s*(?=\S)/g);
  return (ends?.length ?? 0) + (/\S/.test(text) ? 1 : 0);
}
