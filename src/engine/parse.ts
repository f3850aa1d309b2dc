/**
 * Reads a clause as a structured statement: who (subject) does what
 * (relation, with its direction) to whom (object), and how it is said
 * (negated, hedged, overstated, attributed, reported as evidence).
 *
 * Shallow and deterministic over the tagger's words and the lexicon's
 * concept mentions: strip a reporting wrapper ("studies show that…",
 * "there is no evidence that…"), skip a leading subordinate clause and
 * relative clauses, find the main verb group, follow chain verbs ("helps
 * reduce", "has been shown to improve") to the verb that carries the
 * relation, and put mentions before it on the subject side and after it on
 * the object side (swapped in a passive with "by").
 */
import { readCues, type NegationKind } from './cues';
import {
  BOOSTER_WORDS,
  CHAIN_VERBS,
  EVIDENCE_NOUNS,
  HEDGE_WORDS,
  LIGHT_VERBS,
  PARTISAN_NOUNS,
  REPORTING_VERBS,
} from './data/function-words';
import {
  BENEFIT_FRAME_NOUNS,
  EFFECT_NOUNS,
  flipKind,
  frameNounAt,
  GOVERNING_TEST_VERBS,
  LOWERING_COMPARATIVES,
  RELATION_ADJECTIVES,
  RELATION_NOUNS,
  RELATION_VERBS,
  relationOf,
  type RelationKind,
} from './data/relations';
import type { Mention } from './lexicon';
import { DEGREE_ADVERBS, inContactClause, isVerb, namingAppositive, relativeWhose, type Word } from './tagger';
import type { RelationClass } from './types';

/** Pronouns that can only be a subject when a verb follows them. */
const SUBJECT_PRONOUN_OPENERS = new Set(['it', 'they', 'we', 'you', 'he', 'she', 'i']);

export interface Parse {
  /** Opened by a rhetorical "did you know (that) …": the question asserts what follows. */
  rhetorical: boolean;
  /** Mentions on the subject side of the main verb (the agent of a passive). */
  subject: Mention[];
  /** Mentions on the object side (the patient of a passive), including a leading "In people with IBS," phrase. */
  object: Mention[];
  relation: RelationClass | null;
  kind: RelationKind | null;
  /** The main verb group, as offsets into the text. */
  verb: { start: number; end: number } | null;
  /** The clause has a finite predicate of its own. */
  finite: boolean;
  passive: boolean;
  /** The subject is a pronoun or demonstrative ("it", "they", "this", "these"): it leans on an earlier sentence. */
  anaphoric: boolean;
  /** "There is/are …": the clause introduces what follows the verb; it has no subject to borrow. */
  existential: boolean;
  /** The predicate starts the clause: "Reduces bloating" (a bullet under its subject). */
  subjectless: boolean;
  /**
   * The clause names a subject the vocabulary does not know ("Chewing each bite thirty times
   * cures…"): it is about something else than any entry, so no entry may be matched by its object alone.
   */
  subjectUnknown: boolean;
  /** Starts with a bare verb: "Eat more fibre." */
  imperative: boolean;
  negation: NegationKind | null;
  hedged: boolean;
  /** The page's own word that overstates ("cures", "proven"), or null. */
  booster: string | null;
  /** Such a word under the clause's negation ("does not cure", "is no cure for"), or null. */
  deniedBooster: string | null;
  /** Reported as a party's claim ("proponents say", "is said to"). */
  attributed: boolean;
  /** Reported as what research found ("studies show that"). */
  evidential: boolean;
  firstPerson: boolean;
  secondPerson: boolean;
  /** The main verb is in the past tense (a study or a story, not a general claim). */
  past: boolean;
  /** Where the asserted content starts (after a wrapper or a leading clause; at the means in "… by eating X"). */
  contentStart: number;
}

const REPORTING = new Set(REPORTING_VERBS);
const EVIDENCE = new Set(EVIDENCE_NOUNS);
const PARTISAN = new Set(PARTISAN_NOUNS);
const CHAIN = new Set(CHAIN_VERBS.map(v => v.replace(/(?:s|ed|ing)$/, '')));
const HEDGES = new Set(HEDGE_WORDS);
const COMPARATIVE = new Set(['more', 'less', 'most', 'least']);
const BOOSTERS = new Set(BOOSTER_WORDS);
/** Passive participles that pass a relation on to an infinitive: "is thought to cause". */
const CHAIN_PARTICIPLES = new Map<string, 'hedge' | 'attribution' | 'evidence' | 'plain'>([
  ['thought', 'hedge'],
  ['believed', 'hedge'],
  ['suspected', 'hedge'],
  ['considered', 'hedge'],
  ['said', 'attribution'],
  ['claimed', 'attribution'],
  ['touted', 'attribution'],
  ['marketed', 'attribution'],
  ['promoted', 'attribution'],
  ['advertised', 'attribution'],
  ['purported', 'attribution'],
  ['supposed', 'attribution'],
  ['rumored', 'attribution'],
  ['rumoured', 'attribution'],
  ['known', 'evidence'],
  ['shown', 'evidence'],
  ['proven', 'evidence'],
  ['proved', 'evidence'],
  ['found', 'evidence'],
  ['reported', 'evidence'],
  ['designed', 'plain'],
  ['used', 'plain'],
  ['able', 'plain'],
  ['likely', 'hedge'],
  ['unlikely', 'hedge'],
  ['expected', 'hedge'],
  ['meant', 'plain'],
  ['going', 'plain'],
]);

/** Multi-word relation verbs by first word: "lead" → [["lead","to"], kind]. */
const PHRASAL = new Map<string, [string[], RelationKind][]>();
for (const [kind, list] of Object.entries(RELATION_VERBS) as [RelationKind, readonly string[]][]) {
  for (const v of list) {
    const words = v.split(' ');
    if (words.length < 2) continue;
    const key = words[0] as string;
    PHRASAL.set(key, [...(PHRASAL.get(key) ?? []), [words.slice(1), kind]]);
  }
}
/** Relation adjectives by their first word, longest first. */
const ADJECTIVES = new Map<string, { seq: string[]; prep: readonly string[]; kind: RelationKind }[]>();
for (const a of [...RELATION_ADJECTIVES].sort((x, y) => y.words.split(' ').length - x.words.split(' ').length)) {
  const seq = a.words.split(' ');
  const key = seq[0] as string;
  ADJECTIVES.set(key, [...(ADJECTIVES.get(key) ?? []), { seq, prep: a.prep, kind: a.kind }]);
}
/**
 * "There is no cure for", "is no treatment for": the phrases of benefit that open with an article,
 * by their word after it, for when "no" stands in the article's place (the cue reads the denial).
 */
const AFTER_NO = new Map<string, { seq: string[]; prep: readonly string[]; kind: RelationKind }[]>();
for (const list of ADJECTIVES.values())
  for (const a of list)
    if (a.kind === 'benefit' && a.seq.length > 1 && /^(?:a|an|the)$/.test(a.seq[0] as string)) {
      const key = a.seq[1] as string;
      AFTER_NO.set(key, [...(AFTER_NO.get(key) ?? []), { ...a, seq: a.seq.slice(1) }]);
    }
const NOUNS = RELATION_NOUNS.map(n => ({ ...n, seq: n.words.split(' ') })).sort((a, b) => b.seq.length - a.seq.length);
const LIGHT = new Set(LIGHT_VERBS);

/** Options the parse needs from the vocabulary. */
export interface ParseContext {
  /** Valence of a concept (inherited from its parents), for the direction of "reduce"/"increase". */
  valence(concept: string): 'good' | 'bad' | undefined;
  /** Is the concept a person or group of people ("doctors", "you", "infants")? */
  person(concept: string): boolean;
  /** Is the concept a property (how common, safe, recurrent…) rather than a thing? */
  property(concept: string): boolean;
  /** Is the concept a test or a way of diagnosing? */
  test(concept: string): boolean;
}

const RHETORICAL_VERBS = new Set(['know', 'heard', 'realise', 'realize', 'notice']);

/**
 * Gerunds of processing food: as a subject ("heating yogurt", "cooking kimchi") the act on the
 * food is the agent, not the food.
 */
const PROCESSING_GERUNDS = new Set([
  'heating',
  'reheating',
  'cooking',
  'boiling',
  'baking',
  'frying',
  'roasting',
  'grilling',
  'toasting',
  'microwaving',
  'steaming',
  'pasteurising',
  'pasteurizing',
  'sterilising',
  'sterilizing',
  'freezing',
  'canning',
  'processing',
  'refining',
  'storing',
  'irradiating',
]);

/** Pronouns for the reader, the writer or people in general. */
const PERSON_PRONOUNS = new Set(['you', 'we', 'i']);

/** Kinds of verb whose means may follow "with"/"using": treating, testing, changing an amount, harming. */
const MEANS_KINDS: ReadonlySet<RelationKind> = new Set(['benefit', 'test', 'down', 'up', 'harm']);

/**
 * "People with IBS benefit from peppermint oil", "find relief with", "respond well to": the
 * subject is who is helped and the thing after the preposition helps. Verbs that take the helper
 * directly, with the preposition each takes.
 */
const BENEFICIARY_VERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['benefit', ['from']],
  ['respond', ['to']],
  ['improve', ['with', 'on']],
]);
/** Verbs that take a noun of being helped ("get relief from", "see improvement with"). */
const RECEIVING_VERBS = new Set(['get', 'find', 'experience', 'feel', 'gain', 'obtain', 'report', 'see', 'notice']);
const HELPED_NOUNS = new Set(['relief', 'improvement', 'improvements', 'benefit', 'benefits', 'results']);
const HELPER_PREPOSITIONS: readonly string[] = ['from', 'with', 'on', 'after'];

/** A negation answered by "without" within the same phrase: "cannot absorb B12 without intrinsic factor". */
const NEEDED_WITHOUT =
  /\b(?:cannot|can['’]t|can not|could not|couldn['’]t|won['’]t|will not|does not|doesn['’]t|do not|don['’]t|is not|isn['’]t|are not|aren['’]t)\b(?=[^,;:.]*\bwithout\b)/gi;

const NEGATING_TERM = /\b(?:not|never|no|cannot)\b|n['’]t\b/i;

/** Tags that open a finite verb group ("won't go", "does not", "causes"). */
const VERB_GROUP_START: ReadonlySet<string> = new Set(['MODAL', 'DO', 'BE', 'HAVE', 'VERB', 'VBD', 'NEG']);

/** Verbs whose object is an instrument for the verb after "to": "doctors use X to treat Y". */
const INSTRUMENT_VERBS = new Set([
  'use',
  'give',
  'take',
  'need',
  'prescribe',
  'recommend',
  'try',
  'require',
  'employ',
  // "You drink a laxative to clear the bowel", "eat prunes to stay regular".
  'drink',
  'eat',
  'swallow',
  'chew',
]);

const isBoundary = (w: Word) => /[,;:(—–]/.test(w.before);
const lemmaOf = (w: Word) => w.lemma ?? (w.tag === 'HAVE' ? 'have' : w.norm);

/** Reads one clause (its tagged words and its concept mentions, outer mentions only). */
export function parseClause(
  text: string,
  words: readonly Word[],
  mentions: readonly Mention[],
  ctx: ParseContext,
): Parse {
  const n = words.length;
  const result: Parse = {
    rhetorical: false,
    subject: [],
    object: [],
    relation: null,
    kind: null,
    verb: null,
    finite: false,
    passive: false,
    anaphoric: false,
    existential: false,
    subjectless: false,
    subjectUnknown: false,
    imperative: false,
    negation: null,
    hedged: false,
    booster: null,
    deniedBooster: null,
    attributed: false,
    evidential: false,
    firstPerson: false,
    secondPerson: false,
    past: false,
    contentStart: words[0]?.start ?? 0,
  };
  if (!n) return result;

  // 1. A leading adverbial or subordinate clause up to its comma ("However,", "In people with IBS,",
  //    "While research is ongoing,", "According to proponents,").
  let i = 0;
  let lead: { from: number; to: number; kind: 'sub' | 'pp' | 'adv' } | null = null;
  const first = words[0] as Word;
  // A participle opens one too: "Taken internally, aloe juice…", "Compared with placebo, …".
  const participial = (first.tag === 'VBN' || first.tag === 'VBD') && !!first.lemma;
  if (first.tag === 'SUB' || first.tag === 'PREP' || first.tag === 'ADV' || first.norm === 'as' || participial) {
    for (let j = 1; j < Math.min(n, participial ? 6 : 24); j++) {
      if ((words[j] as Word).before.includes(',')) {
        // A prepositional or adverbial opener has no finite verb of its own ("About one in a
        // hundred people have coeliac disease, and…" is a clause, not an opener).
        const finite = words
          .slice(0, j)
          .some(
            x => x.tag === 'VERB' || x.tag === 'MODAL' || x.tag === 'HAVE' || (x.tag === 'BE' && x.norm !== 'being'),
          );
        if (first.tag !== 'SUB' && finite) break;
        // A participial clause cut off on its own ("Found in yogurt, kefir and kimchi") opens nothing.
        if (participial && !words.slice(j).some(x => x.tag === 'VERB' || x.tag === 'MODAL' || x.tag === 'BE')) break;
        lead = { from: 0, to: j, kind: first.tag === 'SUB' ? 'sub' : first.tag === 'PREP' ? 'pp' : 'adv' };
        break;
      }
    }
    // Without its comma: "In most healthy people it does no harm": a subject pronoun right after
    // the phrase's noun, before any verb, starts the clause.
    if (!lead && first.tag === 'PREP') {
      for (let j = 2; j < Math.min(n - 1, 10); j++) {
        const w = words[j] as Word;
        if (isVerb(w)) break;
        if (!SUBJECT_PRONOUN_OPENERS.has(w.norm) || (words[j - 1] as Word).tag !== 'NOUN') continue;
        if (isVerb(words[j + 1])) lead = { from: 0, to: j, kind: 'pp' };
        break;
      }
    }
    // "According to researchers, …": who is reporting.
    if (lead && first.norm === 'according') {
      const who = words.slice(2, lead.to).map(w => w.norm);
      if (who.some(w => EVIDENCE.has(w))) result.evidential = true;
      else result.attributed = true;
    }
    if (lead) i = lead.to;
  }

  // 2. A reporting wrapper: "There is no evidence that …", "Studies show (that) …", "It is thought that …".
  // "…, but there is no evidence that …": a joining word may stand before the wrapper.
  const wrapper = findWrapper(words, i) ?? (words[i]?.tag === 'CC' ? findWrapper(words, i + 1) : null);
  if (wrapper) {
    const wrapText = text.slice((words[i] as Word).start, (words[wrapper.end - 1] as Word).end);
    const cues = readCues(wrapText);
    if (cues.negation === 'evidential' || cues.negation === 'weak') result.negation = cues.negation;
    else if (cues.negation === 'plain') result.negation = 'evidential';
    if (cues.hedged) result.hedged = true;
    if (wrapper.who === 'party') result.attributed = true;
    else if (wrapper.who === 'author') result.rhetorical = true;
    else result.evidential = true;
    i = wrapper.end;
  }
  result.contentStart = (words[Math.min(i, n - 1)] as Word).start;

  // 3. The main verb group: the first finite verb outside relative clauses and reduced relatives.
  //    A clause that opens with a relation participle (", leading to dysbiosis", ", causing
  //    diarrhoea") predicates of the clause before it: the participle is its verb.
  const found = pseudoCleft(words, findPredicate(words, i));
  const participle = participialHead(words, i, found);
  const head = participle ?? found;
  const subjectFrom = (words[i] as Word | undefined)?.start ?? 0;
  if (!head) {
    result.object = mentions.filter(m => m.start >= subjectFrom);
    result.subject = [];
    readModifiers(text, words, i, n, result);
    return result;
  }
  result.finite = !participle;
  result.subjectless = head.start === i;
  const startWord = words[head.start] as Word;
  // "Is best avoided", "are better taken with food" instruct as "avoid", "take" do.
  result.imperative =
    (result.subjectless && startWord.tag === 'VERB' && !/s$/.test(startWord.norm)) ||
    (head.passive && words.slice(head.start, head.end).some(w => w.tag === 'ADV' && DEGREE_ADVERBS.has(w.norm)));
  result.passive = head.passive;
  result.past = head.past;
  result.verb = { start: startWord.start, end: (words[head.end - 1] as Word).end };
  if (head.chain) {
    if (head.chain === 'hedge') result.hedged = true;
    else if (head.chain === 'attribution') result.attributed = true;
    else if (head.chain === 'evidence') result.evidential = true;
  }

  // 4. Sides: before the verb group is the subject, after it the object; "by …" in a passive is the agent.
  const verbStart = startWord.start;
  const verbEnd = (words[head.end - 1] as Word).end;
  const before = mentions.filter(m => m.start >= subjectFrom && m.end <= verbStart);
  // A verb that names a concept itself ("detoxes", "affects" millions) names the outcome.
  // So does a term that holds the verb and its negation ("never have symptoms").
  const after = mentions.filter(
    m =>
      m.start >= verbEnd ||
      (m.start >= verbStart && m.end <= verbEnd) ||
      (m.start >= subjectFrom &&
        m.start < verbStart &&
        m.end > verbStart &&
        NEGATING_TERM.test(text.slice(m.start, m.end))),
  );
  const leadMentions = lead && lead.kind === 'pp' ? mentions.filter(m => m.end <= subjectFrom) : [];
  const by = words.findIndex((w, k) => k >= head.end && w.norm === 'by');
  // "X is linked to Y" relates X and Y as an active verb would: only a passive with an agent,
  // or one of doing ("the lining is damaged"), turns its subject into the object.
  // Nor does one of filling ("the colon is packed with bacteria"): what follows "with" is the content.
  const filledWith = head.kind === 'contain' && by < 0 && words[head.end]?.norm === 'with';
  // "… are not supported by science": the agent is the evidence, not a cause; the thing stays the subject.
  const byEvidence = by >= 0 && words.slice(by + 1, by + 4).some(w => EVIDENCE.has(w.norm));
  if (byEvidence) result.evidential = true;
  // "X is linked to Y", "X is blamed for Y": a participle that takes its relation's preposition
  // is a state of X, not something done to it.
  const headWord = words[head.end - 1] as Word;
  const adjectival = by < 0 && !!ADJECTIVES.get(headWord.norm)?.some(a => a.prep.includes(words[head.end]?.norm ?? ''));
  if (head.passive && !(head.kind === 'link' && by < 0) && !adjectival && !filledWith && !byEvidence) {
    const byAt = by >= 0 ? (words[by] as Word).start : Infinity;
    result.subject = after.filter(m => m.start > byAt);
    result.object = [...before, ...after.filter(m => m.start < byAt), ...leadMentions];
  } else {
    result.subject = before;
    result.object = [...after, ...leadMentions];
  }
  const subjectWords = words.slice(i, head.start);
  result.subjectUnknown =
    !head.passive &&
    !before.length &&
    subjectWords.some(w => w.tag === 'NOUN' || w.tag === 'VBG' || w.tag === 'PRON') &&
    !subjectWords.some(w => /^(?:it|they|this|these|that|those|such|which|who|there)$/.test(w.norm));
  // "Heating yogurt kills its bacteria": what a gerund of processing acts on is not the agent
  // (eating or taking yogurt is, in effect, the yogurt; heating it is not). Only the process
  // itself, when the vocabulary names it ("baking"), stays the subject.
  const opener = subjectWords[0];
  if (
    !head.passive &&
    opener?.tag === 'VBG' &&
    PROCESSING_GERUNDS.has(opener.norm) &&
    result.subject.some(m => m.start >= opener.end)
  ) {
    result.subject = result.subject.filter(m => m.start < opener.end);
    if (!result.subject.length) result.subjectUnknown = true;
  }
  // "…, as it may cause…", "and they…": a linking word before the pronoun does not change it.
  const linker = subjectWords.findIndex(w => !(w.tag === 'SUB' || w.tag === 'CC' || w.norm === 'as'));
  const ownWords = linker > 0 ? subjectWords.slice(linker) : subjectWords;
  result.existential = ownWords.length === 1 && (ownWords[0] as Word).norm === 'there';
  result.anaphoric =
    !before.length &&
    ownWords.length > 0 &&
    ownWords.length <= 3 &&
    /^(?:it|they|this|these|that|those|such|its|their|both|each|which)$/.test((ownWords[0] as Word).norm);

  // 5. The relation the head carries, with its direction.
  // A light verb that also has a sense of its own ("have", "offer": contain) takes the relation
  // of the noun it carries when there is one ("has no proven benefit", "offers protection against").
  const light = LIGHT.has(lemmaOf(words[head.end - 1] as Word));
  let kind =
    causativeKind(words, head) ??
    (light && head.kind ? lightVerbRelation(words, head) : head.kind) ??
    relationAfterCopula(words, head) ??
    lightVerbRelation(words, head);
  // "Your diet determines which microbes thrive": said of what neither tests nor is a person, a
  // testing verb with a governing sense links rather than diagnoses.
  const agents = result.subject.filter(m => !m.nested);
  if (
    kind === 'test' &&
    GOVERNING_TEST_VERBS.has(lemmaOf(words[head.end - 1] as Word)) &&
    agents.length &&
    !agents.some(m => ctx.test(m.concept) || ctx.person(m.concept))
  )
    kind = 'link';
  if (kind) {
    // The object's head decides its valence: in "gut dysbiosis" it is dysbiosis, not the gut.
    const own = result.object.filter(m => !m.nested);
    let t = 0;
    // Mentions that overlap ("bad bacteria" and "bacteria in your gut") share a head noun: the
    // first carries the modifier that gives the valence, so only a compound that follows moves on.
    const compound = (a: Mention, b: Mention) => b.start >= a.end && /^[\s-]*$/.test(text.slice(a.end, b.start));
    while (t + 1 < own.length && compound(own[t] as Mention, own[t + 1] as Mention)) t++;
    const target = own[t] ?? result.object[0];
    result.kind = kind;
    // People are good to have: what lowers or kills them, and them alone, harms ("C. diff kills
    // thousands of people a year"); with another thing named, that thing is the target.
    const onlyPeople = own.length > 0 && own.every(m => ctx.person(m.concept));
    const valence = target ? (ctx.valence(target.concept) ?? (onlyPeople ? 'good' : undefined)) : undefined;
    result.relation = relationOf(kind, valence);
    // A disease that "causes weight loss" brings on a symptom, not a benefit: what a bad thing
    // causes is an effect of it, whatever the effect's valence elsewhere.
    const agent = result.subject.find(m => !m.nested);
    if (kind === 'cause' && result.relation === 'treats' && agent && ctx.valence(agent.concept) === 'bad')
      result.relation = 'causes';
  } else if (head.copula) {
    result.kind = 'be';
    result.relation = 'is';
  }
  readInstrument(words, head, result, ctx);
  readBeneficiary(words, head, result, ctx);
  readSource(words, head, result, ctx);
  readListFrame(words, head, subjectWords, result);
  // A property in the subject is said of the things beside it ("many people get diarrhoea on
  // antibiotics", "recurring SIBO is common"): it belongs with what is predicated.
  const properties = result.subject.filter(m => ctx.property(m.concept));
  if (properties.length) {
    result.subject = result.subject.filter(m => !properties.includes(m));
    result.object = [...properties, ...result.object];
    // "Over 70 million Americans have a digestive disorder", "1 in 10 people have IBS": people who
    // have a condition, counted, say how common the condition is.
    const conditions = result.object.filter(m => ctx.valence(m.concept) === 'bad');
    if (
      result.kind === 'contain' &&
      !head.passive &&
      conditions.length &&
      result.subject.every(m => ctx.person(m.concept))
    ) {
      result.subject = conditions;
      result.object = result.object.filter(m => !conditions.includes(m));
      result.kind = 'be';
      result.relation = 'is';
    }
  }
  readModifiers(text, words, i, n, result, head, subjectWords);
  if (!result.negation && hasNone(words, head, mentions, result)) result.negation = 'plain';
  // "A healthy small intestine is free of bacteria": being free of a thing is not containing it
  // ("is not free of side effects" contains them).
  if (head.copula && freeOf(words, head.end)) {
    result.kind = 'contain';
    result.relation = 'contains';
    result.negation = result.negation === 'plain' ? null : (result.negation ?? 'plain');
  }
  if (result.negation === 'plain' && adviceAgainstUse(words, head)) result.negation = null;
  // "You carry about three pounds of bacteria", "we host trillions of microbes": a reader or
  // writer as the one who has something stands for any person; the claim is about what is had.
  if (
    result.subjectUnknown &&
    result.kind === 'contain' &&
    !result.negation &&
    ownWords.length === 1 &&
    PERSON_PRONOUNS.has((ownWords[0] as Word).norm)
  )
    result.subjectUnknown = false;
  return result;
}

/**
 * "causes the bowel muscles to weaken", "causes the lining to break down", "makes IBS go away": what
 * the thing is caused to do carries the relation, said of the object between.
 */
function causativeKind(words: readonly Word[], head: Head): RelationKind | null {
  const verb = words[head.end - 1] as Word;
  const lemma = lemmaOf(verb);
  if (head.passive || (lemma !== 'cause' && lemma !== 'make')) return null;
  // "Smoking makes Crohn's more likely", "fibre makes constipation less likely": a change in how
  // likely the object is, up or down.
  if (lemma === 'make') {
    for (let k = head.end + 1; k < Math.min(words.length, head.end + 8); k++) {
      const w = words[k] as Word;
      if (isBoundary(w) || w.tag === 'VERB' || w.tag === 'MODAL') break;
      if (w.norm === 'unlikely' || (w.norm === 'likely' && words[k - 1]?.norm === 'less')) return 'down';
      if (w.norm === 'likely' && words[k - 1]?.norm === 'more') return 'up';
    }
  }
  for (let k = head.end + 1; k < Math.min(words.length - 1, head.end + 7); k++) {
    const w = words[k] as Word;
    // "makes IBS go away": "make" takes its verb bare.
    if (lemma === 'make' && w.tag === 'VERB' && !isBoundary(w)) {
      const kind = phrasalKind(words, k)?.kind ?? w.kind ?? null;
      return kind === 'be' ? null : kind;
    }
    if (isBoundary(w) || w.tag === 'VERB' || w.tag === 'MODAL') return null;
    if (w.tag !== 'TO') continue;
    const inner = words[k + 1] as Word;
    if (inner.tag !== 'VERB' || isBoundary(inner)) return null;
    // "causes the lining to become leaky": a verb of being leaves the causing to "cause".
    const kind = phrasalKind(words, k + 1)?.kind ?? inner.kind ?? null;
    return kind === 'be' ? null : kind;
  }
  return null;
}

/** "Free of" or "free from" right after the copula (and any adverb or "not"). */
function freeOf(words: readonly Word[], from: number): boolean {
  let k = from;
  while (words[k]?.tag === 'ADV' || words[k]?.tag === 'NEG') k++;
  return words[k]?.norm === 'free' && /^(?:of|from)$/.test(words[k + 1]?.norm ?? '');
}

/** After "no", words that make it a comparison or a time, not a denial ("no more than", "no longer"). */
const NO_NOT_DENYING = new Set(['one', 'more', 'less', 'longer', 'later', 'sooner', 'fewer']);

/**
 * "White bread contains no fibre", "cleanses offer no benefits": "no" as what a verb of having or
 * containing has denies it. A concept term that opens with "no" ("no side effects", for safe)
 * carries its own denial, so it does not count twice.
 */
function hasNone(words: readonly Word[], head: Head, mentions: readonly Mention[], r: Parse): boolean {
  if (r.kind !== 'contain' && !LIGHT.has(lemmaOf(words[head.end - 1] as Word))) return false;
  let k = head.end;
  while (words[k]?.tag === 'ADV') k++;
  const no = words[k];
  if (no?.norm !== 'no' || NO_NOT_DENYING.has(words[k + 1]?.norm ?? '')) return false;
  return !mentions.some(m => m.start === no.start);
}

/** Verbs of taking or giving a thing: what advice against use is about. */
const USE_VERBS = new Set(['use', 'take', 'give', 'eat', 'drink', 'consume', 'exceed', 'combine', 'mix', 'swallow']);
const DEONTIC = /^(?:should|must|ought)(?:n't|n’t)?$/;

/**
 * "Laxatives should not be used for more than a week", "don't take loperamide with a fever": the
 * "not" advises against a use; it does not deny what the thing does (the claim is that overuse harms).
 */
function adviceAgainstUse(words: readonly Word[], head: Head): boolean {
  const group = words.slice(head.start, head.end);
  const last = group[group.length - 1];
  if (!last || !USE_VERBS.has(lemmaOf(last))) return false;
  const first = group[0] as Word;
  const deontic = group.some(w => w.tag === 'MODAL' && DEONTIC.test(w.norm));
  const imperative = head.start === 0 && first.tag === 'DO';
  return deontic || imperative;
}

/**
 * "Symptoms of Crohn's include pain and weight loss" says Crohn's causes them; "risk factors for
 * SIBO include opioids" says opioids cause SIBO. The frame noun heads the subject, the thing
 * follows its "of"/"for", and the list is the verb's object.
 */
function readListFrame(words: readonly Word[], head: Head, subjectWords: readonly Word[], r: Parse): void {
  const lemma = lemmaOf(words[head.end - 1] as Word);
  if (!(lemma === 'include' || lemma === 'involve' || (head.copula && !head.passive))) return;
  const norms = subjectWords.map(w => w.norm);
  for (let k = 0; k + 1 < subjectWords.length; k++) {
    if (BENEFIT_FRAME_NOUNS.has(norms[k] as string)) {
      // "One of the benefits of kefir is its ability to support digestion": kefir does the good.
      const prep = subjectWords[k + 1] as Word;
      if (prep.norm !== 'of') return;
      const verbStart = (words[head.start] as Word).start;
      const all = [...r.subject, ...r.object];
      const thing = all.filter(m => m.start >= prep.end && m.end <= verbStart);
      const outcome = r.object.filter(m => m.start >= (words[head.end - 1] as Word).end);
      if (!thing.length || !outcome.length) return;
      r.subject = thing;
      r.subjectUnknown = false;
      r.object = outcome;
      r.kind = 'benefit';
      r.relation = 'treats';
      return;
    }
    const frame = frameNounAt(norms, k);
    if (!frame) continue;
    const { effect } = frame;
    const prep = subjectWords[k + frame.span];
    if (!prep || (prep.norm !== 'of' && prep.norm !== 'for' && prep.norm !== 'from')) return;
    const thing = r.subject.filter(m => m.start >= prep.end);
    const list = r.object.filter(m => m.start >= (words[head.end - 1] as Word).end);
    if (!thing.length || !list.length) return;
    r.subject = effect ? thing : list;
    r.object = effect ? list : thing;
    // What a thing's symptoms or risk factors name are harms it brings or suffers, whatever
    // their valence elsewhere ("weight loss" among Crohn's symptoms).
    r.kind = 'cause';
    r.relation = 'causes';
    return;
  }
}

/**
 * When people are only the users of a thing, the thing is what the claim is about: "doctors use
 * antibiotics to treat diverticulitis" (antibiotics treat diverticulitis), "coeliac disease is
 * diagnosed with a blood test" (a blood test diagnoses it), "you can treat reflux with antacids".
 */
function readInstrument(words: readonly Word[], head: Head, r: Parse, ctx: ParseContext): void {
  // The subject is people ("doctors", "many people with IBS": the first thing named heads it) or nothing.
  const who = r.subject.find(m => !ctx.property(m.concept));
  if (who && !ctx.person(who.concept) && !head.passive) return;
  if (head.passive && r.subject.length) return;
  const n = words.length;
  const verbWord = words[head.end - 1] as Word;
  const lemma = lemmaOf(verbWord);
  const after = (w: Word) => r.object.filter(m => m.start >= w.end);
  const between = (a: Word, b: Word) => r.object.filter(m => m.start >= a.end && m.end <= b.start);
  if (!head.passive && INSTRUMENT_VERBS.has(lemma)) {
    // "use X to V Y": X between the verb and "to", the relation and Y from the verb after it.
    for (let k = head.end; k < n - 1; k++) {
      const w = words[k] as Word;
      if (isBoundary(w) && k > head.end) return;
      if (w.tag !== 'TO') continue;
      // The verb after "to" may be phrasal ("to soak up poisons", "to get over an attack").
      const phrasal = phrasalKind(words, k + 1);
      const v = words[phrasal ? phrasal.end - 1 : k + 1] as Word;
      // "need stomach acid to digest food": a term that opens with the verb ("digest food") is
      // the process the instrument brings about.
      const process = r.object.filter(m => m.start >= (words[k + 1] as Word).start && m.start < v.end && m.end > v.end);
      const kind = process.length ? 'cause' : (phrasal?.kind ?? v.kind);
      if (!kind) return;
      const instrument = between(verbWord, w);
      const outcome = [...process, ...after(v)];
      if (!instrument.length || !outcome.length) return;
      r.subject = instrument;
      r.subjectUnknown = false;
      r.object = outcome;
      r.kind = kind;
      r.relation = relationOf(kind, ctx.valence((outcome[0] as Mention).concept));
      return;
    }
    return;
  }
  // "You can ease bloating by eating more slowly": the means after "by" and a gerund does the
  // verb. The claim starts at the gerund, so doing without ("by cutting out X") turns it as it
  // would at the head of a sentence.
  if (!head.passive) {
    for (let k = head.end; k < n - 1; k++) {
      const w = words[k] as Word;
      if (isBoundary(w) && k > head.end) break;
      const gerund = words[k + 1] as Word;
      if (w.norm !== 'by' || gerund.tag !== 'VBG') continue;
      // The gerund may open the means' own term ("drinking less alcohol").
      const means = r.object.filter(m => m.start >= gerund.start);
      const target = between(verbWord, w);
      if (!means.length || !target.length) break;
      r.subject = means;
      r.subjectUnknown = false;
      r.object = target;
      r.contentStart = gerund.start;
      return;
    }
  }
  // "treat/diagnose Y with X", "Y is diagnosed with X", "get rid of Y with X": X after
  // "with"/"using" does the verb.
  if (!r.kind || !MEANS_KINDS.has(r.kind)) return;
  for (let k = head.end; k < n; k++) {
    const w = words[k] as Word;
    if (isBoundary(w) && k > head.end) return;
    if (w.norm !== 'with' && w.norm !== 'using') continue;
    // "people with IBS", "those with coeliac disease": "with" says who, not by what means.
    const before = r.object.find(m => m.end <= w.start && m.end >= (words[k - 1] as Word).end);
    if (
      (before && ctx.person(before.concept)) ||
      /^(?:those|anyone|someone|people|patients|children|adults)$/.test((words[k - 1] as Word).norm)
    )
      continue;
    const instrument = after(w);
    const target = head.passive ? r.object.filter(m => m.end <= w.start) : between(verbWord, w);
    if (!instrument.length || !target.length) return;
    r.subject = instrument;
    r.subjectUnknown = false;
    r.object = target;
    return;
  }
}

interface Head {
  /** Word indices of the verb group [start, end). */
  start: number;
  end: number;
  /** The relation kind of the verb that carries the relation, if it has one. */
  kind: RelationKind | null;
  passive: boolean;
  copula: boolean;
  past: boolean;
  /** A chain that passed the relation on ("is thought to", "has been shown to"). */
  chain: 'hedge' | 'attribution' | 'evidence' | 'plain' | null;
}

/** "There is (no) evidence that", "<evidence noun> show(s) (that)", "It is thought that", "<party> claim(s) (that)". */
function findWrapper(
  words: readonly Word[],
  from: number,
): { end: number; who: 'evidence' | 'party' | 'author' } | null {
  const n = words.length;
  const w = (k: number) => words[k] as Word | undefined;
  // "Did you know (that) …?", "Have you heard that …?": the writer asserts what follows.
  if (
    (w(from)?.norm === 'did' || w(from)?.norm === 'have') &&
    w(from + 1)?.norm === 'you' &&
    RHETORICAL_VERBS.has(w(from + 2)?.norm ?? '')
  ) {
    const e = w(from + 3)?.norm === 'that' ? from + 4 : from + 3;
    return e < n ? { end: e, who: 'author' } : null;
  }
  // There is/are … evidence/proof/research … (that | to suggest/show | for)
  if (w(from)?.norm === 'there' && w(from + 1)?.tag === 'BE') {
    for (let k = from + 2; k < Math.min(n, from + 9); k++) {
      if (EVIDENCE.has((words[k] as Word).norm)) {
        let e = k + 1;
        while (
          e < n &&
          [
            'to',
            'suggest',
            'show',
            'support',
            'prove',
            'that',
            'confirm',
            'indicate',
            'showing',
            'suggesting',
            'supporting',
            'for',
            'of',
          ].includes((words[e] as Word).norm) &&
          e < k + 4
        )
          e++;
        if ((words[e - 1] as Word).norm === 'for' || (words[e - 1] as Word).norm === 'of') {
          // "no evidence for/of X": what follows is a noun phrase naming the claim.
          return { end: e, who: 'evidence' };
        }
        return e > k + 1 ? { end: e, who: 'evidence' } : null;
      }
    }
    return null;
  }
  // It is thought/believed/known/said/claimed that …
  if (w(from)?.norm === 'it' && w(from + 1)?.tag === 'BE') {
    let k = from + 2;
    while (k < n && ((words[k] as Word).tag === 'ADV' || (words[k] as Word).tag === 'NEG')) k++;
    const p = w(k);
    if (p && (REPORTING.has(p.norm) || CHAIN_PARTICIPLES.has(p.norm)) && w(k + 1)?.norm === 'that') {
      const who = ['said', 'claimed', 'touted', 'believed'].includes(p.norm) ? 'party' : 'evidence';
      return { end: k + 2, who };
    }
    return null;
  }
  // <subject of up to 11 words> (has/have been)? <reporting verb> (that)? <clause>: the subject
  // may carry its own phrase ("a study published in a journal of gastroenterology found…").
  for (let k = from + 1; k < Math.min(n - 2, from + 13); k++) {
    const v = words[k] as Word;
    if (isBoundary(v) && k > from + 1) return null;
    if (!REPORTING.has(v.norm) || v.tag === 'NOUN') continue;
    const who = words.slice(from, k).map(x => x.norm);
    // An evidence word modifying another noun is not the one reporting: "stool analysis kits reveal…".
    const evidence = who.some((x, j) => EVIDENCE.has(x) && !(from + j + 1 < k && words[from + j + 1]?.tag === 'NOUN'));
    const party = who.some(x => PARTISAN.has(x)) || who.includes('some') || who.includes('many');
    // "We now know how/that …": the writer asserts what follows.
    const author = !evidence && !party && (who[0] === 'we' || who[0] === 'i') && who.length <= 3;
    if (!evidence && !party && !author) return null;
    let e = k + 1;
    if (w(e)?.norm === 'that' || w(e)?.norm === 'how') e++;
    // What follows must be a clause: it needs a verb of its own.
    if (
      !words
        .slice(e, Math.min(n, e + 12))
        .some(x => x.tag === 'VERB' || x.tag === 'MODAL' || x.tag === 'BE' || x.tag === 'VBD')
    )
      return null;
    return { end: e, who: author ? 'author' : evidence && !party ? 'evidence' : 'party' };
  }
  return null;
}

/** The main verb group from word `from` on, skipping relative clauses and reduced relatives. */
function findPredicate(words: readonly Word[], from: number): Head | null {
  const n = words.length;
  let relative = false;
  let paren = 0;
  for (let k = from; k < n; k++) {
    const w = words[k] as Word;
    if (w.before.includes('(')) paren++;
    if (paren > 0) {
      if (w.before.includes(')')) paren = Math.max(0, paren - 1);
      else continue;
    }
    const after = namingAppositive(words, k);
    if (after > 0) {
      k = after - 1;
      continue;
    }
    const prev = words[k - 1];
    // A relative clause after a noun: its verb group is not the main one.
    if (
      (w.tag === 'WH' ||
        (w.norm === 'that' && prev && (prev.tag === 'NOUN' || prev.tag === 'ADJ')) ||
        // "Bloating that won't go away": after a gerund used as a noun, "that" before a verb group
        // is a relative pronoun ("eating that cake" keeps it a determiner).
        (w.norm === 'that' && prev?.tag === 'VBG' && VERB_GROUP_START.has(words[k + 1]?.tag ?? '')) ||
        relativeWhose(w, prev)) &&
      k > from
    ) {
      if (w.norm !== 'how' && w.norm !== 'why' && w.norm !== 'what') relative = true;
      continue;
    }
    // A clause-initial "being" opens a gerund subject ("Being more active reduces…"), not a verb group.
    if (k === from && w.norm === 'being') continue;
    if (!startsGroup(words, k)) continue;
    const head = readGroup(words, k);
    if (!head) continue;
    if (relative) {
      relative = false;
      k = head.end - 1;
      continue;
    }
    // "NSAIDs you do not need protect the lining": a verb group right after a noun and a subject
    // pronoun is a relative clause without its "that" when another verb follows it.
    if (inContactClause(words, k) && words.slice(head.end).some(x => x.tag === 'VERB' || x.tag === 'MODAL')) {
      k = head.end - 1;
      continue;
    }
    // "Probiotics found in yogurt help …": a participle with a preposition, and a finite verb later.
    const hw = words[head.start] as Word;
    if ((hw.tag === 'VBD' || hw.tag === 'VBN') && head.end === head.start + 1 && words[head.end]?.tag === 'PREP') {
      const later = words.slice(head.end).some(x => x.tag === 'VERB' || x.tag === 'MODAL' || x.tag === 'BE');
      if (later && k > from) {
        k = head.end - 1;
        continue;
      }
    }
    return head;
  }
  return null;
}

/**
 * "Dysbiosis is what causes eczema": a copula before "what" and a verb is the verb's clause
 * turned round; the verb after "what" carries the relation.
 */
function pseudoCleft(words: readonly Word[], head: Head | null): Head | null {
  if (!head?.copula || words[head.end]?.norm !== 'what') return head;
  const inner = readGroup(words, head.end + 1);
  if (!inner || inner.start !== head.end + 1 || inner.copula) return head;
  return { ...inner, start: head.start };
}

/**
 * "leading to dysbiosis", "causing cramps", "contributing to symptoms": a clause-initial present
 * participle that carries a relation, when no finite verb precedes what it governs. A gerund
 * subject ("Reducing sugar helps…") has a finite verb after it and no relation phrase, so it stays.
 */
function participialHead(words: readonly Word[], i: number, found: Head | null): Head | null {
  const w = words[i];
  if (!w || w.tag !== 'VBG') return null;
  const phrasal = phrasalKind(words, i);
  if (phrasal) {
    // "leading to increased permeability": a participle after it modifies the object; a finite
    // group after it ("contributing to health is…") makes the phrase a gerund subject.
    const after = found ? (words[found.start] as Word) : null;
    if (after && after.tag !== 'VBD' && after.tag !== 'VBN') return null;
    return { start: i, end: phrasal.end, kind: phrasal.kind, passive: false, copula: false, past: false, chain: null };
  }
  if (found || !w.kind) return null;
  return { start: i, end: i + 1, kind: w.kind, passive: false, copula: false, past: false, chain: null };
}

function startsGroup(words: readonly Word[], k: number): boolean {
  const w = words[k] as Word;
  const prev = words[k - 1];
  if (w.tag === 'MODAL' || w.tag === 'BE' || w.tag === 'DO') return true;
  if (w.tag === 'HAVE') return true;
  if (w.tag === 'VERB') return true;
  if (w.tag !== 'VBN' && w.tag !== 'VBD') return false;
  // After an article and modifiers, a participle modifies a noun: "the best known benefits",
  // "the most well-known", "the widely used drugs" (a demonstrative may be the subject: "this
  // often helped").
  let j = k - 1;
  const modifier = (x: Word) => x.tag === 'ADJ' || x.tag === 'ADV' || /^(?:most|more|least|less)$/.test(x.norm);
  while (j >= k - 3 && j >= 0 && modifier(words[j] as Word)) j--;
  if (j < k - 1 && j >= 0 && /^(?:a|an|the)$/.test((words[j] as Word).norm)) return false;
  // A participle right after a gerund completes it: "staying hydrated is…", "getting tested helps…".
  if ((prev?.tag === 'VBG' || prev?.norm === 'being') && w.before === '') return false;
  // An adverb and a participle before a noun, with no subject before them, modify the noun:
  // "eating soft, finely textured food helps…" ("smoking greatly increased the risk" has one).
  const next = words[k + 1];
  if (prev?.tag === 'ADV' && next?.tag === 'NOUN' && w.before === '' && next.before === '') {
    const lead = words[k - 2];
    if (!lead || prev.before !== '' || /^(?:ADJ|PREP|VBG|DET)$/.test(lead.tag)) return false;
  }
  return w.tag === 'VBD' || !prev || prev.tag !== 'DET';
}

/** Reads the verb group starting at `k`: auxiliaries, negation, adverbs, the head, and chains. */
function readGroup(words: readonly Word[], k: number): Head | null {
  const n = words.length;
  let j = k;
  let sawBe = false;
  let sawHave = false;
  let past = false;
  while (j < n) {
    const w = words[j] as Word;
    if (j > k && isBoundary(w)) break;
    if (w.tag === 'MODAL' || w.tag === 'DO' || w.tag === 'NEG' || (w.tag === 'ADV' && j > k)) {
      if (w.tag === 'DO' && /^did/.test(w.norm)) past = true;
      j++;
      continue;
    }
    if (w.tag === 'BE') {
      if (/^(?:was|were)/.test(w.norm) && j === k) past = true;
      sawBe = true;
      j++;
      continue;
    }
    if (w.tag === 'HAVE') {
      const next = words[j + 1];
      // "has been", "have shown": an auxiliary; otherwise "has trillions of microbes": a verb of containing.
      if (
        next &&
        (next.tag === 'BE' || next.tag === 'VBN' || next.tag === 'VBD' || next.tag === 'NEG' || next.tag === 'ADV')
      ) {
        sawHave = true;
        j++;
        continue;
      }
      return {
        start: k,
        end: j + 1,
        kind: 'contain',
        passive: false,
        copula: false,
        past: /^had/.test(w.norm),
        chain: null,
      };
    }
    break;
  }
  const head = words[j];
  if (!head || (j > k && isBoundary(head))) {
    // A copula with no verb after it: "Leaky gut is a condition …", "Kefir is rich in …".
    if (sawBe) return { start: k, end: j, kind: null, passive: false, copula: true, past, chain: null };
    return null;
  }
  if (head.tag === 'VERB' || head.tag === 'VBD' || head.tag === 'VBN' || (head.tag === 'VBG' && sawBe)) {
    if (head.tag === 'VBD' && j === k) past = true;
    const passive = sawBe && (head.tag === 'VBN' || head.tag === 'VBD');
    let end = j + 1;
    let kind: RelationKind | null = head.kind ?? null;
    let chain: Head['chain'] = null;
    // Chains: "is thought to cause", "has been shown to improve", "helps (to) reduce", "tends to worsen".
    const lemma = lemmaOf(head);
    const chainPart =
      passive || head.tag === 'VBN' || head.tag === 'VBD' ? CHAIN_PARTICIPLES.get(head.norm) : undefined;
    if ((chainPart || CHAIN.has(lemma)) && words[end]) {
      let e = end;
      if (words[e]?.norm === 'to') e++;
      // "helps your body absorb …": skip a short object before the bare verb.
      if (lemma === 'help' && words[e] && words[e]?.tag !== 'VERB') {
        for (let s = e; s < Math.min(n, e + 4); s++) {
          if ((words[s] as Word).tag === 'VERB' && (words[s] as Word).kind) {
            e = s;
            break;
          }
        }
      }
      const inner = words[e];
      // A bare verb continues the chain ("helps reduce"); a third-person form starts another
      // clause ("NSAIDs you do not need | protects the lining").
      const finite = e === end && inner?.tag === 'VERB' && !!inner.lemma && inner.norm !== inner.lemma;
      if (inner && (inner.tag === 'VERB' || inner.tag === 'BE') && !isBoundary(inner) && !finite) {
        chain = chainPart ?? (lemma === 'seem' || lemma === 'appear' || lemma === 'tend' ? 'hedge' : 'plain');
        if (inner.tag === 'BE') {
          const rest = readGroup(words, e);
          if (rest) return { ...rest, start: k, chain, past };
        }
        kind = inner.kind ?? (lemma === 'help' ? 'benefit' : null);
        end = e + 1;
        const phrasal = phrasalKind(words, e);
        if (phrasal) {
          kind = phrasal.kind;
          end = phrasal.end;
        }
        return { start: k, end, kind, passive: false, copula: false, past, chain };
      }
      if (chainPart && !kind) {
        // "is used for constipation": the participle is a relation adjective with its preposition,
        // read after the copula like "is linked to" (the subject stays the subject).
        const adjective =
          !durationAt(words, end + 1) &&
          ADJECTIVES.get(head.norm)?.some(a => a.seq.length === 1 && a.prep.includes(words[end]?.norm ?? ''));
        return adjective
          ? { start: k, end: j, kind: null, passive: false, copula: true, past, chain: null }
          : { start: k, end, kind: null, passive: false, copula: true, past, chain: chainPart };
      }
    }
    const phrasal = phrasalKind(words, j);
    if (phrasal) {
      kind = phrasal.kind;
      end = phrasal.end;
    }
    // "makes symptoms worse" / "makes digestion easier".
    if (lemma === 'make') {
      for (let s = end; s < Math.min(n, end + 5); s++) {
        const x = (words[s] as Word).norm;
        if (x === 'worse') kind = 'harm';
        if (x === 'better' || x === 'easier') kind = 'benefit';
      }
    }
    return { start: k, end, kind, passive, copula: false, past, chain };
  }
  if (sawBe) return { start: k, end: j, kind: null, passive: false, copula: true, past, chain: null };
  if (sawHave) return null;
  return null;
}

const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|while|long|longer|ages)$/;
const QUANTITY = new Set([
  'more',
  'less',
  'than',
  'up',
  'to',
  'over',
  'under',
  'several',
  'few',
  'many',
  'a',
  'an',
  'the',
]);

/** "(for) two weeks", "(for) more than a month", "(for) long": a stretch of time starts at `i`. */
function durationAt(words: readonly Word[], i: number): boolean {
  for (let k = i; k < Math.min(words.length, i + 6); k++) {
    const w = words[k] as Word;
    if (TIME_UNIT.test(w.norm)) return true;
    if (!(w.tag === 'NUM' || w.tag === 'ADJ' || QUANTITY.has(w.norm))) return false;
  }
  return false;
}

function phrasalKind(words: readonly Word[], j: number): { kind: RelationKind; end: number } | null {
  const w = words[j] as Word;
  const options = PHRASAL.get(lemmaOf(w)) ?? PHRASAL.get(w.norm);
  if (!options) return null;
  for (const [rest, kind] of options) {
    // Allow one word in between for separable phrasal verbs ("wipe it out", "lead directly to").
    for (let gap = 0; gap <= 1; gap++) {
      if (rest.every((r, k) => words[j + 1 + gap + k]?.norm === r)) return { kind, end: j + 1 + gap + rest.length };
    }
  }
  return null;
}

/** "is linked to", "is good for", "is rich in", "is a common cause of": the relation after a copula. */
function relationAfterCopula(words: readonly Word[], head: Head): RelationKind | null {
  if (!head.copula && !head.passive) return null;
  const n = words.length;
  let k = head.end;
  if (head.passive) k = head.end - 1;
  while (k < n && ((words[k] as Word).tag === 'ADV' || (words[k] as Word).tag === 'NEG')) k++;
  for (let start = k; start < Math.min(n, k + 3); start++) {
    const norm = (words[start] as Word).norm;
    const afterNo = words[start - 1]?.norm === 'no' ? (AFTER_NO.get(norm) ?? []) : [];
    for (const a of [...(ADJECTIVES.get(norm) ?? []), ...afterNo]) {
      const end = matchSkippingModifiers(words, start, a.seq);
      if (end < 0) continue;
      const prep = words[end]?.norm;
      if (!a.prep.length || (prep && a.prep.includes(prep))) return a.kind;
    }
  }
  return head.copula ? compoundEffect(words, k) : null;
}

/**
 * "Bloating is a common IBS symptom", "headaches are gluten reactions": a noun modifying an
 * effect noun names what has the effect, as "a symptom of IBS" does: a link, not a prevalence.
 */
function compoundEffect(words: readonly Word[], k: number): RelationKind | null {
  let modifier = false;
  for (let j = k; j < Math.min(words.length, k + 7); j++) {
    const w = words[j] as Word;
    if (j > k && isBoundary(w)) return null;
    const effect = EFFECT_NOUNS.has(w.norm) || (w.norm === 'side' && /^effects?$/.test(words[j + 1]?.norm ?? ''));
    if (effect) return modifier ? 'link' : null;
    if (w.tag === 'NOUN') modifier = true;
    else if (w.tag !== 'DET' && w.tag !== 'ADJ' && w.tag !== 'ADV') return null;
  }
  return null;
}

/**
 * Matches a phrase ("a cause", "a way") at `start`, letting adjectives and adverbs stand
 * between its words ("the leading cause", "a really good way"). Returns the index after it, or -1.
 */
function matchSkippingModifiers(words: readonly Word[], start: number, seq: readonly string[]): number {
  let k = start;
  for (let m = 0; m < seq.length; m++) {
    if (m > 0)
      while (
        k < words.length &&
        k < start + 6 &&
        ((words[k] as Word).tag === 'ADJ' || (words[k] as Word).tag === 'ADV') &&
        (words[k] as Word).norm !== seq[m]
      )
        k++;
    if (words[k]?.norm !== seq[m]) return -1;
    k++;
  }
  return k;
}

/** Adjectives that judge an effect good or bad; participles carry their verb's kind ("soothing", "damaging"). */
const EVALUATIVE: ReadonlyMap<string, RelationKind> = new Map([
  ...['positive', 'beneficial', 'favourable', 'favorable', 'protective', 'therapeutic', 'healthy', 'good'].map(
    w => [w, 'benefit'] as const,
  ),
  ...['negative', 'harmful', 'detrimental', 'adverse', 'deleterious', 'toxic', 'bad'].map(w => [w, 'harm'] as const),
]);
function evaluative(w: Word | undefined): RelationKind | null {
  if (!w) return null;
  if (w.kind === 'benefit' || w.kind === 'harm') return w.kind;
  return EVALUATIVE.get(w.norm) ?? null;
}

/** A lowering comparative just before word `k`, past adverbs ("a significantly lower risk"). */
function lowered(words: readonly Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && (words[j] as Word).tag === 'ADV' && !LOWERING_COMPARATIVES.has((words[j] as Word).norm)) j--;
  return LOWERING_COMPARATIVES.has(words[j]?.norm ?? '');
}

/** "lowers the risk of", "plays a role in", "provides relief from", "increases symptoms of". */
function lightVerbRelation(words: readonly Word[], head: Head): RelationKind | null {
  const verb = words[head.end - 1] as Word;
  const lemma = lemmaOf(verb);
  if (!head.kind && !LIGHT.has(lemma)) return null;
  const n = words.length;
  for (let k = head.end; k < Math.min(n, head.end + 4); k++) {
    for (const noun of NOUNS) {
      if (!noun.seq.every((s, m) => words[k + m]?.norm === s)) continue;
      const next = words[k + noun.seq.length];
      const after = next?.norm;
      // With a light verb the noun may also end its phrase: "has no proven benefit", "carries
      // risks, too" (the phrase ends at the clause, punctuation or a coordinator).
      const phraseEnds = !next || next.before !== '' || next.tag === 'CC';
      if (
        !(LIGHT.has(lemma) && phraseEnds) &&
        after !== 'of' &&
        after !== 'in' &&
        after !== 'on' &&
        after !== 'from' &&
        after !== 'for' &&
        after !== 'against' &&
        after !== 'to'
      )
        continue;
      // "has a soothing effect on", "a harmful impact": the adjective says which way; "a lower risk
      // of", "fewer symptoms": the comparative lowers what the noun names.
      let kind = noun.kind === 'link' ? (evaluative(words[k - 1]) ?? noun.kind) : noun.kind;
      if (kind === 'cause' && lowered(words, k)) kind = flipKind(kind);
      if (head.kind === 'down') return flipKind(kind);
      return kind;
    }
  }
  return head.kind;
}

/** A negation among the three words before word `k` of the same phrase ("not a cure", "won't completely"). */
function negatedBefore(words: readonly Word[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    if (/[,;:]/.test((words[j + 1] as Word).before)) return false;
    if ((words[j] as Word).neg) return true;
  }
  return false;
}

/** Verbs that name where a thing comes from: "bloating may come from", "ulcers result from". */
const SOURCE_VERBS = new Set(['come', 'result', 'stem', 'arise', 'originate']);

/** "X comes from Y", "X results from Y": Y brings X about (as "X is caused by Y" says), or holds it. */
function readSource(words: readonly Word[], head: Head, r: Parse, ctx: ParseContext): void {
  if (head.passive || !SOURCE_VERBS.has(lemmaOf(words[head.end - 1] as Word))) return;
  let k = head.end;
  while (k < words.length && (words[k] as Word).tag === 'ADV') k++;
  const from = words[k];
  if (from?.norm !== 'from' || !r.subject.length) return;
  const sources = r.object.filter(m => m.start >= from.end);
  if (!sources.length) return;
  r.object = [...r.subject, ...r.object.filter(m => m.start < from.end)];
  r.subject = sources;
  r.subjectUnknown = false;
  // A harm comes from its cause; anything else from its source ("vitamin K comes from gut bacteria").
  r.kind = r.object.some(m => ctx.valence(m.concept) === 'bad') ? 'cause' : 'contain';
  r.relation = relationOf(r.kind, ctx.valence((r.object[0] as Mention).concept));
}

/** Swaps the roles of a clause that says who is helped by what ("X benefits from Y": Y treats X). */
function readBeneficiary(words: readonly Word[], head: Head, r: Parse, ctx: ParseContext): void {
  if (head.passive) return;
  const verb = words[head.end - 1] as Word;
  const lemma = lemmaOf(verb);
  let k = head.end;
  let preps = BENEFICIARY_VERBS.get(lemma);
  if (!preps) {
    if (!RECEIVING_VERBS.has(lemma)) return;
    // "get (some much-needed) relief from": a helped noun within a few words of the verb.
    while (k < Math.min(words.length, head.end + 4) && !HELPED_NOUNS.has((words[k] as Word).norm)) {
      const w = words[k] as Word;
      if (w.tag !== 'DET' && w.tag !== 'ADJ' && w.tag !== 'ADV') return;
      k++;
    }
    if (!HELPED_NOUNS.has(words[k]?.norm ?? '')) return;
    k++;
    preps = HELPER_PREPOSITIONS;
  }
  // "respond well to", "improve greatly with": adverbs may come before the preposition.
  while (k < words.length && (words[k] as Word).tag === 'ADV') k++;
  const prep = words[k];
  if (!prep || !preps.includes(prep.norm)) return;
  let from = prep.end;
  let named: Mention[] = [];
  // "Relief from bloating with peppermint oil": after a helped noun, "from" may name the trouble
  // relieved; the helper then follows "with" or "by".
  const first = r.object.find(m => m.start >= prep.end);
  if (prep.norm === 'from' && k > head.end && first && ctx.valence(first.concept) === 'bad') {
    let j = k + 1;
    while (j < words.length && !/^(?:with|by|using)$/.test((words[j] as Word).norm) && !isBoundary(words[j] as Word))
      j++;
    const by = words[j];
    if (!by || !/^(?:with|by|using)$/.test(by.norm)) return;
    named = r.object.filter(m => m.start >= prep.end && m.end <= by.start);
    from = by.end;
  }
  const helpers = r.object.filter(m => m.start >= from);
  if (!helpers.length) return;
  r.object = [...r.subject, ...r.object.filter(m => m.start < prep.end), ...named];
  r.subject = helpers;
  r.subjectUnknown = false;
  r.kind = 'benefit';
  r.relation = 'treats';
}

/** Negation (scoped to the main clause), hedges, boosters, attribution and person. */
function readModifiers(
  text: string,
  words: readonly Word[],
  from: number,
  to: number,
  r: Parse,
  head?: Head,
  subjectWords: readonly Word[] = [],
): void {
  // The main clause without a leading subordinate clause and without relative clauses before the verb.
  const start = (words[from] as Word | undefined)?.start ?? 0;
  const end = (words[to - 1] as Word | undefined)?.end ?? start;
  let scope = text.slice(start, end);
  /** Blanks scope[a, b) (offsets in the scope): what lies there is read by no cue. */
  const blank = (a: number, b: number) => {
    scope = scope.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + scope.slice(b);
  };
  if (head) {
    // Relative clauses restrict a noun; a negation in them denies nothing about the claim.
    const rel = subjectWords.findIndex(
      (w, k) =>
        k > 0 &&
        (w.tag === 'WH' ||
          w.norm === 'that' ||
          relativeWhose(w, subjectWords[k - 1]) ||
          (k + 1 < subjectWords.length && inContactClause(subjectWords, k + 1))),
    );
    if (rel > 0) {
      const a = (subjectWords[rel] as Word).start - start;
      const b = (words[head.start] as Word).start - start;
      blank(a, b);
    }
    // An independent clause joined by a dash before the verb: "you're not alone — millions are affected".
    for (let k = from + 1; k < head.start; k++) {
      const w = words[k] as Word;
      if (!/[—–]|\s-\s/.test(w.before)) continue;
      const b = w.start - start;
      blank(0, b);
    }
    // After the verb group: "…the gut lining, which cannot repair itself", "laxatives that the body
    // does not need", and adverbial clauses ("…occurs when the body cannot digest lactose").
    for (let k = head.end; k < to; k++) {
      const w = words[k] as Word;
      const prev = words[k - 1] as Word;
      const relative =
        (w.tag === 'WH' && w.norm !== 'how' && w.norm !== 'why' && w.norm !== 'what') ||
        // "…help many people whose symptoms have not improved".
        relativeWhose(w, prev) ||
        (w.norm === 'that' && (prev.tag === 'NOUN' || prev.before.includes(','))) ||
        w.tag === 'SUB' ||
        // ", and many of them do not know it": a coordinated clause denies nothing of this one.
        (w.tag === 'CC' && w.before.includes(','));
      // After a reporting verb, "that" opens what is reported (its negation is the claim's); a
      // question word opens an embedded question ("reveal which foods your gut can't handle"), whose
      // negation denies nothing of the claim.
      if (!relative || (REPORTING.has(prev.norm) && w.tag !== 'WH')) continue;
      let e = k + 1;
      while (e < to && !/[,;:]/.test((words[e] as Word).before)) e++;
      const a = w.start - start;
      const b = (words[e - 1] as Word).end - start;
      blank(a, b);
      k = e - 1;
    }
  }
  // "IBS is diagnosed from symptoms, not by ruling out everything else", "gluten, not sugar, causes
  // it": a "not" that opens a comma phrase of its own (after the comma, or after "and"/"but" there)
  // sets an alternative against the claim; it denies that alternative, not the claim.
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    if (w.norm !== 'not') continue;
    const prev = words[k - 1];
    const opens =
      /,/.test(w.before) || (!!prev && (prev.norm === 'and' || prev.norm === 'but') && /,/.test(prev.before));
    if (!opens) continue;
    let e = k + 1;
    while (e < to && !/[,;:()—–]/.test((words[e] as Word).before)) e++;
    const a = (prev && !/,/.test(w.before) ? prev : w).start - start;
    const b = (words[e - 1] as Word).end - start;
    blank(a, b);
    // What the alternative names is not what the claim is about.
    const outside = (m: Mention) => m.start < start + a || m.end > start + b;
    if (r.subject.some(m => !outside(m)) && r.subject.some(outside)) r.subject = r.subject.filter(outside);
    if (r.object.some(m => !outside(m)) && r.object.some(outside)) r.object = r.object.filter(outside);
    k = e - 1;
  }
  // A term that holds its own negation ("never have symptoms", "no side effects") says it of the
  // claim's things; it does not deny the claim.
  for (const m of [...r.subject, ...r.object]) {
    if (m.start < start || m.end > end || !NEGATING_TERM.test(text.slice(m.start, m.end))) continue;
    blank(m.start - start, m.end - start);
  }
  // "Cannot absorb B12 without intrinsic factor", "won't work without": a negation that "without"
  // answers states what is needed; the two cancel.
  scope = scope.replace(NEEDED_WITHOUT, m => ' '.repeat(m.length));
  const cues = readCues(scope);
  if (!r.negation) r.negation = cues.negation;
  if (cues.hedged) r.hedged = true;
  if (cues.attributed) r.attributed = true;
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    // "More likely" compares ("people with IBS are more likely to have anxiety"); it hedges nothing.
    if (HEDGES.has(w.norm) && !(w.norm === 'likely' && COMPARATIVE.has(words[k - 1]?.norm ?? ''))) r.hedged = true;
    if (!r.booster && !r.deniedBooster && BOOSTERS.has(w.norm)) {
      // "Not proven", "never completely", "is no cure": under a negation the word is denied, not a boost.
      const prev = words[k - 1];
      if (negatedBefore(words, k, from)) r.deniedBooster = text.slice(w.start, w.end);
      else if (!(prev && /^(?:un|not)/.test(prev.norm))) r.booster = text.slice(w.start, w.end);
    }
    if (k < (head?.start ?? to) && /^(?:i|my|me|we|our|us)$/.test(w.norm)) r.firstPerson = true;
    if (/^(?:you|your|yours)$/.test(w.norm)) r.secondPerson = true;
  }
  // A hedged booster ("may cure") still claims a cure; "can help" is not a boost.
  if (r.booster && /^(?:always|forever)$/i.test(r.booster) && r.hedged) r.booster = null;
}
