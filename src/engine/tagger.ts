/**
 * A fast part-of-speech tagger for the clauses the parse reads.
 *
 * Closed classes come from data/function-words.ts, open classes from
 * compromise's lexicon and its conjugation model (so "relieved", "shown",
 * "broken" are known verb forms), and a handful of contextual rules settle
 * the noun/verb words health prose is full of ("the cause of" / "stress can
 * cause"). A full compromise parse of every candidate clause would cost
 * about 110 ms per 2,000-word page on this hardware against a budget of 40
 * (measured, see the bench), so the tagger reads compromise's model and
 * does its own cheap disambiguation.
 */
import nlp from 'compromise';

import {
  BE_FORMS,
  CHAIN_VERBS,
  COORDINATORS,
  DETERMINERS,
  DO_FORMS,
  HAVE_FORMS,
  LIGHT_VERBS,
  MODALS,
  NEGATIONS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  REPORTING_VERBS,
  SUBORDINATORS,
} from './data/function-words';
import { RELATION_VERBS, type RelationKind } from './data/relations';
import { tokenize, type Token } from './tokens';

export type Tag =
  | 'DET'
  | 'POSS'
  | 'PRON'
  | 'PREP'
  | 'TO'
  | 'CC'
  | 'SUB'
  | 'WH'
  | 'MODAL'
  | 'BE'
  | 'HAVE'
  | 'DO'
  | 'NEG'
  | 'ADV'
  | 'ADJ'
  | 'NOUN'
  | 'VERB'
  | 'VBD'
  | 'VBN'
  | 'VBG'
  | 'NUM';

export type VerbForm = 'base' | '3sg' | 'past' | 'part' | 'ger';

export interface Word {
  /** Lowercased, apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  tag: Tag;
  /** The word carries a negation of its own ("don't", "isn't", "cannot"). */
  neg: boolean;
  /** Punctuation between the previous word and this one (",", " (", "; "…), trimmed of spaces. */
  before: string;
  /** Verb forms: the lemma and, for relation verbs, their kind. */
  lemma?: string;
  kind?: RelationKind;
}

interface VerbEntry {
  lemma: string;
  form: VerbForm;
  kind?: RelationKind;
}

const CLOSED = new Map<string, Tag>();
const closed = (words: readonly string[], tag: Tag) => {
  for (const w of words) if (!CLOSED.has(w)) CLOSED.set(w, tag);
};
closed(NEGATIONS, 'NEG');
closed(MODALS, 'MODAL');
closed(BE_FORMS, 'BE');
closed(HAVE_FORMS, 'HAVE');
closed(DO_FORMS, 'DO');
closed(['to'], 'TO');
closed(POSSESSIVES, 'POSS');
closed(PRONOUNS, 'PRON');
closed(['which', 'who', 'whom', 'whose', 'what', 'where', 'why', 'how'], 'WH');
closed(COORDINATORS, 'CC');
closed(
  SUBORDINATORS.filter(w => !['so', 'as', 'after', 'before', 'since', 'until', 'once'].includes(w)),
  'SUB',
);
closed(PREPOSITIONS, 'PREP');
closed(DETERMINERS, 'DET');
closed(
  [
    'also',
    'often',
    'usually',
    'sometimes',
    'always',
    'only',
    'just',
    'even',
    'very',
    'really',
    'still',
    'already',
    'however',
    'therefore',
    'too',
    'actually',
    'generally',
    'typically',
    'commonly',
    'especially',
    'particularly',
    'then',
    'now',
    'here',
    'there',
    'not',
  ],
  'ADV',
);
CLOSED.set('not', 'NEG');
CLOSED.set('no', 'DET');
CLOSED.set('that', 'DET');

const NEGATED = /n't$|^cannot$|^never$|^not$|^no$/;

let verbs: Map<string, VerbEntry> | undefined;
let lexicon: Map<string, Tag> | undefined;

/** Every form of every verb the parse cares about, and compromise's lexicon as coarse tags: built once. */
function model(): { verbs: Map<string, VerbEntry>; lexicon: Map<string, Tag> } {
  if (verbs && lexicon) return { verbs, lexicon };
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, string | string[]> } };
    methods: { two: { transform: { verb: { conjugate(v: string, m: unknown): Record<string, string> } } } };
  };
  const source = world.model.one.lexicon;
  lexicon = new Map();
  for (const [word, value] of Object.entries(source)) {
    const tag = lexTag(value);
    if (tag) lexicon.set(word, tag);
  }
  verbs = new Map();
  const table = verbs;
  const add = (base: string, kind?: RelationKind) => {
    const c = world.methods.two.transform.verb.conjugate(base, world.model);
    const forms: [string | undefined, VerbForm][] = [
      [base, 'base'],
      [c.PresentTense, '3sg'],
      [c.PastTense, 'past'],
      [c.Participle, 'part'],
      [c.Gerund, 'ger'],
    ];
    for (const [f, form] of forms) {
      if (!f || f.includes(' ')) continue;
      const seen = table.get(f);
      // A relation verb's reading wins over a plain one ("ferments" is a verb of containing).
      if (!seen || (kind && !seen.kind)) table.set(f, { lemma: base, form, ...(kind ? { kind } : {}) });
    }
  };
  for (const [kind, list] of Object.entries(RELATION_VERBS) as [RelationKind, readonly string[]][]) {
    for (const v of list) if (!v.includes(' ')) add(v, kind);
  }
  // Multi-word relation verbs ("lead to", "break down") are read by the parse; their first word is a verb here.
  for (const list of Object.values(RELATION_VERBS))
    for (const v of list) if (v.includes(' ')) add(v.split(' ')[0] as string);
  for (const v of [...REPORTING_VERBS, ...CHAIN_VERBS]) add(v.replace(/(?:s|ed)$/, '') || v);
  // Light verbs carry a relation noun's relation ("plays a role in"); compromise's lexicon lacks some.
  for (const v of LIGHT_VERBS) add(v);
  // Every other verb compromise knows, so "plays", "stays", "thrives" can be read as verbs in context.
  for (const [word, tag] of Object.entries(source)) {
    const tags = Array.isArray(tag) ? tag : tag.split(',');
    if (tags.includes('Infinitive') && !word.includes(' ') && !table.has(word)) add(word);
  }
  return { verbs, lexicon };
}

function lexTag(value: string | string[] | undefined): Tag | null {
  if (!value) return null;
  const tags = Array.isArray(value) ? value : value.split(',');
  if (tags.includes('Copula')) return 'BE';
  if (tags.includes('Modal')) return 'MODAL';
  if (tags.includes('Determiner')) return 'DET';
  if (tags.includes('Possessive')) return 'POSS';
  if (tags.includes('Pronoun')) return 'PRON';
  if (tags.includes('Preposition')) return 'PREP';
  if (tags.includes('Negative')) return 'NEG';
  if (tags.includes('Adverb')) return 'ADV';
  if (tags.includes('Gerund')) return 'VBG';
  if (tags.includes('Participle')) return 'VBN';
  if (tags.includes('PastTense')) return 'VBD';
  if (tags.includes('Infinitive') || tags.includes('PresentTense')) return 'VERB';
  if (tags.some(t => t === 'Adjective' || t === 'Comparative' || t === 'Superlative')) return 'ADJ';
  if (tags.some(t => t === 'Cardinal' || t === 'Ordinal' || t === 'TextValue')) return 'NUM';
  if (tags.includes('QuestionWord')) return 'WH';
  if (tags.includes('Conjunction')) return 'CC';
  return 'NOUN';
}

function suffixTag(w: string): Tag {
  if (/^\d/.test(w)) return 'NUM';
  if (w.length > 4 && w.endsWith('ly')) return 'ADV';
  if (w.length > 4 && w.endsWith('ing')) return 'VBG';
  // An unknown word in "-eed" is a compound noun ("flaxseed", "duckweed"); verbs in "-ee" that take
  // "-d" (agreed, guaranteed) are in the lexicon.
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return 'VBD';
  if (/(?:ous|ful|ive|able|ible|less|ary|ic|ical|al)$/.test(w) && w.length > 5) return 'ADJ';
  return 'NOUN';
}

/** Verbs that take a bare verb after them ("helps relieve", "let it heal"). */
const CHAIN_LEMMAS = new Set(['help', 'let', 'make']);
/** Degree words that stand as adverbs between "be" and a participle ("is best avoided"). */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['best', 'better']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'who', 'which', 'that']);
const NOUNISH: ReadonlySet<Tag> = new Set(['DET', 'POSS', 'ADJ', 'NUM']);
/**
 * Determiners that take a singular noun: after "a probiotic" no plural noun can follow. ("That" is
 * left out: it is as often the "that" of "studies show that acidic drinks irritate…".)
 */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'this',
  'each',
  'every',
  'another',
  'one',
  'either',
  'neither',
]);

/** Tags that open an object noun phrase ("helps digestion", "eases your bloating"). */
const OBJECT_START: ReadonlySet<Tag> = new Set(['DET', 'POSS', 'NOUN', 'ADJ', 'VBG', 'NUM']);

/**
 * Is the adjective-looking word after `determiner` the noun of a subject? After a singular
 * determiner always; after "the" or a possessive only when the dictionary does not know it as an
 * adjective ("the probiotic helps digestion", not "the main reasons colostrum is…") and an object follows.
 */
function nounAfterDeterminer(determiner: Word | undefined, next: Word | undefined, unknownAdjective: boolean): boolean {
  if (!determiner) return false;
  if (SINGULAR_DETERMINERS.has(determiner.norm)) return true;
  const definite = determiner.norm === 'the' || determiner.tag === 'POSS';
  return definite && unknownAdjective && !!next && !next.lemma && OBJECT_START.has(next.tag);
}

/** Subject pronouns that open a relative clause without "that" after a noun ("the foods you eat"). */
const CONTACT_SUBJECTS: ReadonlySet<string> = new Set(['you', 'we', 'they', 'i', 'he', 'she']);

/**
 * Does the verb group at `k` open a relative clause without "that": a noun, then a subject pronoun,
 * then the group ("the foods [that] you eat", "NSAIDs [that] you do not need")?
 */
export function inContactClause(words: readonly Word[], k: number): boolean {
  const pronoun = words[k - 1];
  const noun = words[k - 2];
  return (
    !!pronoun && !!noun && CONTACT_SUBJECTS.has(pronoun.norm) && noun.tag === 'NOUN' && !/[,;:(—–]/.test(pronoun.before)
  );
}

/** Is the verb at `v` the end of a relative clause without "that": noun, pronoun, (do not), verb? */
function afterContactClause(out: readonly Word[], v: number): boolean {
  let j = v - 1;
  while (j >= 0 && /^(?:DO|NEG|MODAL|ADV)$/.test((out[j] as Word).tag)) j--;
  return inContactClause(out, j + 1);
}

interface WordTag {
  tag: Tag;
  neg: boolean;
  /** The verb entry whose lemma and kind the word carries (not for closed-class words). */
  verb?: VerbEntry;
}

const wordTags = new Map<string, WordTag>();

/** A word's tag out of context: a function of the word alone, so looked up once per word. */
function wordTag(norm: string): WordTag {
  let known = wordTags.get(norm);
  if (known) return known;
  const { verbs: verbTable, lexicon: lex } = model();
  const verb = verbTable.get(norm);
  const tag: Tag = CLOSED.get(norm) ?? lex.get(norm) ?? (verb ? verbTag(verb.form) : suffixTag(norm));
  known = { tag, neg: NEGATED.test(norm) };
  if (verb && !CLOSED.has(norm)) known.verb = verb;
  if (wordTags.size > 50_000) wordTags.clear();
  wordTags.set(norm, known);
  return known;
}

/** Tagged words of `text.slice(from, to)`, offsets into `text`. */
export function tagWords(text: string, from = 0, to = text.length): Word[] {
  return tagTokens(text, tokenize(text, from, to), from);
}

/**
 * Tags tokens already cut (a clause's share of its sentence's tokens); `from` is where the clause
 * starts. `compounds` are multi-word concept mentions ("breath test", "colon cleanse"): a word
 * after the first in one of them is part of a name, not a verb.
 */
export function tagTokens(
  text: string,
  tokens: readonly Token[],
  from: number,
  compounds: readonly { start: number; end: number }[] = [],
): Word[] {
  const { verbs: verbTable, lexicon: lex } = model();
  const out: Word[] = [];
  let prevEnd = from;
  for (const t of tokens) {
    const gap = t.start - prevEnd;
    const before =
      gap === 0 || (gap === 1 && text.charCodeAt(prevEnd) === 32)
        ? ''
        : text.slice(prevEnd, t.start).replace(/\s+/g, '');
    prevEnd = t.end;
    const norm = t.norm;
    const known = wordTag(norm);
    const w: Word = { norm, start: t.start, end: t.end, tag: known.tag, neg: known.neg, before };
    // "Having Crohn's disease raises the risk of…": "having" that opens a clause is a gerund (the
    // subject) or a participle ("Having eaten, …"), never the main verb.
    if (norm === 'having' && (!out.length || /[,;:(—–]/.test(before))) w.tag = 'VBG';
    if (known.verb) {
      w.lemma = known.verb.lemma;
      if (known.verb.kind) w.kind = known.verb.kind;
    }
    out.push(w);
  }
  // "Probiotics likely help", "stress likely worsens reflux": "likely" after a subject and before a
  // word that can be a verb is an adverb (the adjective takes a copula: "is likely to help").
  for (let i = 1; i + 1 < out.length; i++) {
    const w = out[i] as Word;
    const prev = out[i - 1] as Word;
    if (w.norm === 'likely' && (prev.tag === 'NOUN' || prev.tag === 'PRON') && out[i + 1]?.lemma && !w.before)
      w.tag = 'ADV';
  }
  // Context: noun or verb, past tense or participle.
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as Word;
    // A word neither table knows, right after a modal or "do", is a verb ("can tolerate", "may
    // dehydrate"): nothing else stands there.
    if (!w.lemma && w.tag === 'NOUN' && !lex.has(w.norm) && !CLOSED.has(w.norm)) {
      const prev = out[i - 1];
      const lead = auxiliaryBefore(out, i);
      if (lead && (lead.tag === 'MODAL' || lead.tag === 'DO') && w.before === '' && (prev as Word).before === '') {
        w.tag = 'VERB';
        w.lemma = w.norm;
        continue;
      }
    }
    if (!w.lemma && (w.tag === 'VBD' || w.tag === 'VBN')) {
      // An -ed word the verb table does not know: the same attributive reading as below.
      const prev = out[i - 1];
      const next = out[i + 1];
      if (attributive(prev, w, next) || complementParticiple(prev, w, next, out[i + 2])) w.tag = 'ADJ';
      continue;
    }
    // A word inside a compound name after its first is part of the name ("juice fasts", "gut
    // flora"), whether or not the verb table knows it.
    if (!CLOSED.has(w.norm) && compounds.some(c => c.start < w.start && w.end <= c.end)) {
      w.tag = 'NOUN';
      continue;
    }
    if (!w.lemma || CLOSED.has(w.norm)) continue;
    // The first word of a compound name ("detox tea", "cleanse protocol") modifies the noun after it.
    const nextWord = out[i + 1];
    if (
      nextWord &&
      !nextWord.lemma &&
      (nextWord.tag === 'NOUN' || nextWord.tag === 'ADJ') &&
      compounds.some(c => c.start === w.start && nextWord.end <= c.end)
    ) {
      w.tag = 'NOUN';
      continue;
    }
    const entry = verbTable.get(w.norm) as VerbEntry;
    const prev = out[i - 1];
    const next = out[i + 1];
    const boundary = !prev || /[,;:(—–]/.test(w.before);
    // A base form just before a finite verb is the subject's head ("Regular exercise helps…"),
    // unless a modal or "to" governs it: "can cause cramps" has its verb already.
    if (
      entry.form === 'base' &&
      !governed(auxiliaryBefore(out, i)) &&
      next &&
      !/[,;:(—–]/.test(next.before) &&
      startsPredicate(next, verbTable)
    ) {
      w.tag = 'NOUN';
      continue;
    }
    let tag: Tag = w.tag;
    if (entry.form === 'ger') tag = 'VBG';
    // A participle before a noun, with no subject before it, modifies that noun: "processed foods",
    // "from leaked substances", "Unabsorbed food".
    else if (
      (entry.form === 'past' || entry.form === 'part') &&
      (attributive(prev, w, next) || complementParticiple(prev?.tag === 'ADV' ? out[i - 2] : prev, w, next, out[i + 2]))
    )
      tag = 'ADJ';
    else if (entry.form === 'past' || entry.form === 'part') {
      // "Is best avoided", "are better taken with food": the degree word is an adverb of the passive.
      if (prev && DEGREE_ADVERBS.has(prev.norm) && out[i - 2]?.tag === 'BE') out[i - 1] = { ...prev, tag: 'ADV' };
      const before = out[i - 1];
      tag =
        before && (before.tag === 'BE' || before.tag === 'HAVE' || (before.tag === 'ADV' && out[i - 2]?.tag === 'BE'))
          ? 'VBN'
          : 'VBD';
      if (entry.form === 'part' && tag === 'VBD') tag = 'VBN';
    } else if (
      entry.form === '3sg' &&
      prev?.tag === 'ADJ' &&
      nounAfterDeterminer(out[i - 2], next, !lex.has(prev.norm))
    ) {
      // "A probiotic eases bloating", "the antibiotic kills gut bacteria": after a determiner, an
      // adjective-looking word is the noun itself and the third-person form its verb, when the
      // determiner is singular (no plural noun can follow "a probiotic") or an object follows
      // ("the acidic drinks irritate…" keeps "drinks" a noun: a verb follows it).
      (prev as Word).tag = 'NOUN';
      tag = 'VERB';
    } else if (
      (entry.form === '3sg' || entry.form === 'base') &&
      (prev?.tag === 'VERB' || prev?.tag === 'VBD') &&
      afterContactClause(out, i - 1)
    ) {
      // "NSAIDs you do not need protect the lining", "the foods you eat affect…": the relative
      // clause without "that" ends at its verb, and the present form after it is the main verb.
      tag = 'VERB';
    } else if (
      entry.form === '3sg' &&
      prev?.tag === 'ADJ' &&
      next &&
      (next.tag === 'POSS' || next.norm === 'the' || next.norm === 'a' || next.norm === 'an')
    )
      // An adjective ends the subject and a third-person form takes its object: "being active keeps your…".
      tag = 'VERB';
    else if (entry.form === '3sg' && prev?.tag === 'ADJ' && predicativeAfterGerund(out, i - 1))
      // "Being more active reduces IBS symptoms", "staying calm helps": the gerund's adjective ends the subject.
      tag = 'VERB';
    else if (
      prev &&
      !boundary &&
      !relativeThat(prev, out[i - 2]) &&
      (NOUNISH.has(prev.tag) || (prev.tag === 'PREP' && prev.norm !== 'to' && !particle(prev, out[i - 2])))
    )
      tag = 'NOUN';
    // A heading's or label's first word before "of"/"for" names things: "Benefits for digestion".
    else if (!prev && entry.form === '3sg' && (next?.norm === 'for' || next?.norm === 'of')) tag = 'NOUN';
    // An item of a list of nouns: "bloating, gas, cramps and tiredness".
    else if (
      boundary &&
      prev?.tag === 'NOUN' &&
      w.before.includes(',') &&
      entry.form === '3sg' &&
      (!next || next.tag === 'CC' || next.before.includes(','))
    )
      tag = 'NOUN';
    else if (next?.norm === 'of' && !(prev?.tag === 'MODAL' || prev?.tag === 'TO' || prev?.tag === 'DO' || prev?.neg))
      tag = 'NOUN';
    else if (
      !prev ||
      boundary ||
      prev.tag === 'MODAL' ||
      prev.tag === 'TO' ||
      prev.tag === 'DO' ||
      prev.tag === 'NEG' ||
      prev.tag === 'ADV' ||
      prev.tag === 'NOUN' ||
      prev.tag === 'CC' ||
      (prev.tag === 'PRON' && (SUBJECT_PRONOUNS.has(prev.norm) || partitiveSubject(out, i - 1))) ||
      prev.tag === 'WH' ||
      prev.tag === 'VBG' ||
      particle(prev, out[i - 2]) ||
      (prev.tag === 'VERB' && !!prev.lemma && CHAIN_LEMMAS.has(prev.lemma)) ||
      (prev.tag === 'DET' && prev.norm === 'that')
    )
      tag = 'VERB';
    else tag = 'NOUN';
    w.tag = tag;
  }
  // Coordinated participles before a noun, with no subject before them, modify it: "cooked and
  // cooled potatoes feed…", "fermented and pickled vegetables".
  for (let i = 0; i + 3 < out.length; i++) {
    const a = out[i] as Word;
    const cc = out[i + 1] as Word;
    const b = out[i + 2] as Word;
    const noun = out[i + 3] as Word;
    if (cc.tag !== 'CC' || noun.tag !== 'NOUN' || (b.tag !== 'VBD' && b.tag !== 'VBN')) continue;
    if (a.tag !== 'ADJ' && a.tag !== 'VBD' && a.tag !== 'VBN') continue;
    const before = out[i - 1];
    if (before && !/^(?:DET|POSS|PREP|ADJ|VBG)$/.test(before.tag) && !/[,;:(—–]/.test(a.before)) continue;
    a.tag = 'ADJ';
    b.tag = 'ADJ';
  }
  // "Can be upset by", "is spread by": a verb whose participle is its base form, between "be" and
  // "by", is a passive participle.
  for (let i = 1; i + 1 < out.length; i++) {
    const w = out[i] as Word;
    if (!w.lemma || w.lemma !== w.norm || (out[i + 1] as Word).norm !== 'by') continue;
    const aux = auxiliaryBefore(out, i);
    if (aux?.tag === 'BE') w.tag = 'VBN';
  }
  // A gerund that opens a comma list of nouns is one of them: "signs are bloating, gas and cramps".
  for (let i = 0; i + 1 < out.length; i++) {
    const w = out[i] as Word;
    const next = out[i + 1] as Word;
    if (w.tag === 'VBG' && next.before.includes(',') && next.tag === 'NOUN' && out[i - 1]?.tag === 'BE') w.tag = 'NOUN';
  }
  return out;
}

/** "Most of us", "some of them": an object pronoun after a quantifier and "of" heads a subject. */
function partitiveSubject(out: readonly Word[], p: number): boolean {
  return /^(?:us|them|you)$/.test((out[p] as Word).norm) && out[p - 1]?.norm === 'of' && out[p - 2]?.tag === 'DET';
}

/** Is the adjective at `a` the complement of a gerund ("being (more) active", "staying calm")? */
function predicativeAfterGerund(out: readonly Word[], a: number): boolean {
  let j = a - 1;
  if (out[j] && /^(?:more|less|very|so|too|fully|physically)$/.test((out[j] as Word).norm)) j--;
  const g = out[j];
  return !!g && (g.tag === 'VBG' || (g.tag === 'BE' && g.norm === 'being')) && g.before === '' && j <= 1;
}

/** The word before `i`, skipping one adverb or "not" ("can also", "do not"): where an auxiliary stands. */
function auxiliaryBefore(out: readonly Word[], i: number): Word | undefined {
  const prev = out[i - 1];
  return prev?.tag === 'ADV' || prev?.tag === 'NEG' ? out[i - 2] : prev;
}
const governed = (w: Word | undefined): boolean => !!w && (w.tag === 'MODAL' || w.tag === 'DO' || w.tag === 'TO');

/** "foods that promote…": "that" after a noun opens a relative clause; its next word is the verb. */
export const relativeThat = (w: Word, before: Word | undefined): boolean =>
  w.norm === 'that' && before?.tag === 'NOUN' && w.before === '';
/** "People whose symptoms…": "whose" after a noun opens a relative clause. */
export const relativeWhose = (w: Word, before: Word | undefined): boolean =>
  w.norm === 'whose' && before?.tag === 'NOUN';

const NAMING = new Set(['called', 'known', 'termed', 'named', 'dubbed', 'nicknamed', 'referred']);

/**
 * ", also called increased intestinal permeability," / ", known as IBS,": a naming appositive
 * between commas is not a predicate. Returns the index of the first word after it, or -1.
 */
export function namingAppositive(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w || !NAMING.has(w.norm)) return -1;
  const prev = words[k - 1];
  const opens = w.before.includes(',') || (prev?.tag === 'ADV' && prev.before.includes(','));
  if (!opens) return -1;
  for (let j = k + 1; j < Math.min(words.length, k + 10); j++) {
    if ((words[j] as Word).before.includes(',')) return j;
  }
  return -1;
}

/** Adverbial particles that end a phrasal verb ("working out", "cutting back"), not prepositions. */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'over']);
const particle = (w: Word, before: Word | undefined): boolean =>
  PARTICLES.has(w.norm) && !!before && (before.tag === 'VBG' || before.tag === 'VERB');

/** A participle before a noun with no subject before it modifies the noun ("processed foods"). */
function attributive(prev: Word | undefined, w: Word, next: Word | undefined): boolean {
  if (next?.tag !== 'NOUN' || next.lemma) return false;
  return (
    !prev ||
    /[,;:(—–]/.test(w.before) ||
    prev.tag === 'DET' ||
    prev.tag === 'ADJ' ||
    (prev.tag === 'PREP' && prev.norm !== 'by')
  );
}

/** Verbs whose passive takes a bare noun after it: giving ("are fed sugar"), naming ("is called leaky gut"). */
const TWO_OBJECT_VERBS = new Set([
  'feed',
  'give',
  'offer',
  'prescribe',
  'show',
  'teach',
  'tell',
  'deny',
  'grant',
  'allow',
  'call',
  'name',
  'term',
  'dub',
  'label',
  'consider',
  'deem',
]);

/**
 * After a copula, a participle right before a bare noun modifies the noun: "the result is
 * increased permeability", "these are delayed reactions", "kombucha is sweetened tea". A passive
 * takes no bare noun after it, except after verbs of giving and naming, which are left as verbs.
 */
function complementParticiple(
  be: Word | undefined,
  w: Word,
  next: Word | undefined,
  afterNext: Word | undefined,
): boolean {
  if (be?.tag !== 'BE' || w.kind === 'contain' || TWO_OBJECT_VERBS.has(w.lemma ?? '') || w.before !== '') return false;
  // "is traced back to": a particle, not a noun.
  const bare = (x: Word | undefined) => x?.tag === 'NOUN' && !x.lemma && x.before === '' && !PARTICLES.has(x.norm);
  // "is increased intestinal permeability": an adjective may stand before the noun.
  return bare(next) || (next?.tag === 'ADJ' && next.before === '' && bare(afterNext));
}

/** Does `w` begin a predicate: a modal, a copula, or a third-person verb form ("helps", "causes")? */
function startsPredicate(w: Word, verbTable: ReadonlyMap<string, VerbEntry>): boolean {
  if (w.tag === 'MODAL' || w.tag === 'BE') return true;
  const v = verbTable.get(w.norm);
  return !!v && v.form === '3sg' && !CLOSED.has(w.norm);
}

function verbTag(form: VerbForm): Tag {
  return form === 'ger' ? 'VBG' : form === 'past' ? 'VBD' : form === 'part' ? 'VBN' : 'VERB';
}

/** Is the word a verb that can head a predicate? */
export const isVerb = (w: Word | undefined): boolean =>
  !!w &&
  (w.tag === 'VERB' ||
    w.tag === 'VBD' ||
    w.tag === 'VBN' ||
    w.tag === 'BE' ||
    w.tag === 'MODAL' ||
    w.tag === 'HAVE' ||
    w.tag === 'DO');
