/**
 * The relation vocabulary of the parse, as data: which verbs, adjectives and
 * light-verb phrases relate a subject to an object, and in which direction.
 * These are closed, general classes of English (verbs of causing, curing,
 * containing, testing), not phrases from any one page.
 *
 * `kind` is the verb's own meaning:
 * - `harm` (damage, irritate): the subject is bad for the object → causes.
 * - `benefit` (heal, relieve, support): good for the object → treats.
 * - `up` (increase, boost, feed) and `down` (reduce, block, kill): direction
 *   of an amount; the object's valence decides (reduce bloating → treats,
 *   reduce diversity → causes; no valence: up → causes, down → treats).
 * - `cause` (cause, trigger, lead to): brings the object about → causes,
 *   unless the object is good ("contributes to healthy digestion" → treats).
 * - `link`, `contain`, `test`, `be`: associated, contains, diagnoses, is.
 */
import type { RelationClass } from '../types';

export type RelationKind = 'harm' | 'benefit' | 'up' | 'down' | 'cause' | 'link' | 'contain' | 'test' | 'be';

/** Verbs by kind, base forms; inflections come from compromise's conjugation model. */
export const RELATION_VERBS: Record<RelationKind, readonly string[]> = {
  harm: [
    'damage',
    'harm',
    'hurt',
    'injure',
    'irritate',
    'inflame',
    'disrupt',
    'disturb',
    'weaken',
    'worsen',
    'aggravate',
    'exacerbate',
    'impair',
    'erode',
    'upset',
    'compromise',
    'endanger',
    'poison',
    'degrade',
    'break down',
    'throw off',
    'mess up',
    'infect',
    'scar',
  ],
  benefit: [
    'heal',
    'treat',
    'cure',
    'relieve',
    'ease',
    'soothe',
    'calm',
    'help',
    'improve',
    'support',
    'aid',
    'benefit',
    'repair',
    'restore',
    'rebuild',
    'protect',
    'ward off',
    'stave off',
    'fend off',
    'fight off',
    'strengthen',
    'nourish',
    'alleviate',
    'mitigate',
    'ameliorate',
    'attenuate',
    'manage',
    'resolve',
    'reverse',
    'fix',
    'rebalance',
    'balance',
    'regulate',
    'normalise',
    'normalize',
    'optimise',
    'optimize',
    'maintain',
    'promote health',
    'save lives',
    'seal',
    'settle',
    'tame',
    'combat',
    'fight',
    'counteract',
    'defend',
    'guard',
    'shield',
    'cleanse',
    'detoxify',
    'detox',
    'purify',
    'revitalise',
    'revitalize',
    'rejuvenate',
    'reset',
    'replenish',
    'repopulate',
    'recolonise',
    'recolonize',
    'colonise',
    'colonize',
    'heal up',
    'clear up',
    'work',
    'tackle',
    'overcome',
    'get over',
  ],
  up: [
    'increase',
    'raise',
    'boost',
    'enhance',
    'stimulate',
    'promote',
    'elevate',
    'amplify',
    'accelerate',
    'speed up',
    'feed',
    'fuel',
    'multiply',
    'grow',
    'double',
    'triple',
    'add',
    'encourage',
    'activate',
    'intensify',
    'spike',
    'heighten',
    'build up',
    'bulk up',
    'prolong',
  ],
  down: [
    // Preventing a harm treats; preventing a good thing ("prevents the absorption of calories") harms.
    // So does getting rid of a thing: "wipes out candida" treats, "kills beneficial bacteria" harms.
    'kill',
    'eliminate',
    'eradicate',
    'destroy',
    'wipe out',
    'kill off',
    'deplete',
    'starve',
    'starve out',
    'get rid of',
    'banish',
    // A thing made to end: "the right diet makes IBS go away".
    'go away',
    'prevent',
    'reduce',
    'lower',
    'decrease',
    'cut',
    'shorten',
    'slow',
    'inhibit',
    'block',
    'suppress',
    'limit',
    'lessen',
    'minimise',
    'minimize',
    'diminish',
    'dampen',
    'halve',
    'remove',
    'flush',
    'clear',
    'bind',
    'absorb',
    'neutralise',
    'neutralize',
    'counter',
    'stop',
    'curb',
    'flush out',
    'wash out',
    'draw out',
    'mop up',
    'soak up',
    'trap',
    'shrink',
    'restrict',
    // Holding a process back: "delays healing" harms, "delays relapse" treats.
    'delay',
    'hinder',
    'impede',
    'hamper',
    'obstruct',
    'interfere with',
    'hold back',
  ],
  cause: [
    'cause',
    'trigger',
    'induce',
    'provoke',
    'lead to',
    'result in',
    'bring on',
    'bring about',
    'set off',
    'contribute to',
    'drive',
    'produce symptoms',
    'give rise to',
    'spark',
    'generate',
    'create',
    'precipitate',
    'predispose',
    'make',
    'let',
    'allow',
    'enable',
    'transmit',
    'spread',
    'pass on',
  ],
  link: [
    'link',
    'associate',
    'correlate',
    'relate',
    'connect',
    'tie',
    'affect',
    'influence',
    'impact',
    'alter',
    'change',
    'shape',
    'modulate',
    'modify',
    'interact',
    'communicate',
    'signal',
    'predict',
    'coincide',
    'accompany',
    'mediate',
    'underlie',
    'depend on',
    'rely on',
    // Things that occur together: "IBS and anxiety often go together", "co-exist", "overlap".
    'go together',
    'go hand in hand',
    'coexist',
    'co-exist',
    'co-occur',
    'overlap',
  ],
  contain: [
    'contain',
    'produce',
    // Making one thing out of another: "bacteria turn fibre into short-chain fatty acids".
    'convert',
    'turn',
    'provide',
    'supply',
    'deliver',
    'house',
    'host',
    'harbour',
    'harbor',
    'hold',
    'carry',
    'include',
    'release',
    'secrete',
    'synthesise',
    'synthesize',
    'manufacture',
    'generate',
    'ferment',
    'digest',
    'absorb nutrients',
    'break down food',
    'pack',
    'offer',
    'yield',
    'store',
    'have',
  ],
  test: [
    'diagnose',
    'detect',
    'test',
    'measure',
    'identify',
    'screen',
    'assess',
    'reveal',
    'determine',
    'confirm',
    'rule out',
    'show whether',
    'pinpoint',
    'check',
    'evaluate',
    'monitor',
  ],
  be: [
    'be',
    'become',
    'remain',
    'seem',
    'appear',
    'affect people',
    'occur',
    'develop',
    'happen',
    // Being a share of a whole: "makes up 70% of the immune system", "accounts for most cases".
    'make up',
    'account for',
    'constitute',
    'comprise',
    // A definition: "dysbiosis refers to an imbalance of gut microbes".
    'refer to',
    // Serving as: "inulin acts as a prebiotic".
    'work as',
    'act as',
    'serve as',
  ],
};

/**
 * Adjectives and participles after a copula that carry a relation
 * ("is linked to", "is good for", "is rich in"), with the preposition that
 * must follow them. Passive participles of the verbs above are read from
 * the verb lists ("is caused by", "is relieved by").
 */
export const RELATION_ADJECTIVES: readonly { words: string; prep: readonly string[]; kind: RelationKind }[] = [
  // "Stress is behind many gut complaints": what stands behind a thing causes it (no preposition after).
  { words: 'behind', prep: [], kind: 'cause' },
  { words: 'linked', prep: ['to', 'with'], kind: 'link' },
  // "Leaky gut is blamed for fatigue": what is blamed is said to cause.
  { words: 'blamed', prep: ['for'], kind: 'cause' },
  { words: 'associated', prep: ['with'], kind: 'link' },
  { words: 'related', prep: ['to'], kind: 'link' },
  { words: 'connected', prep: ['to', 'with'], kind: 'link' },
  { words: 'correlated', prep: ['with'], kind: 'link' },
  { words: 'tied', prep: ['to'], kind: 'link' },
  { words: 'common', prep: ['in', 'among'], kind: 'link' },
  { words: 'more common', prep: ['in', 'among'], kind: 'link' },
  { words: 'higher', prep: ['in', 'among'], kind: 'link' },
  { words: 'lower', prep: ['in', 'among'], kind: 'link' },
  { words: 'involved', prep: ['in'], kind: 'link' },
  { words: 'implicated', prep: ['in'], kind: 'link' },
  { words: 'good', prep: ['for'], kind: 'benefit' },
  { words: 'great', prep: ['for'], kind: 'benefit' },
  { words: 'beneficial', prep: ['for', 'to'], kind: 'benefit' },
  { words: 'helpful', prep: ['for', 'in'], kind: 'benefit' },
  { words: 'effective', prep: ['for', 'against', 'in', 'at'], kind: 'benefit' },
  { words: 'useful', prep: ['for', 'in'], kind: 'benefit' },
  { words: 'essential', prep: ['for', 'to'], kind: 'benefit' },
  { words: 'important', prep: ['for', 'to', 'in'], kind: 'benefit' },
  { words: 'crucial', prep: ['for', 'to', 'in'], kind: 'benefit' },
  { words: 'vital', prep: ['for', 'to', 'in'], kind: 'benefit' },
  { words: 'key', prep: ['to', 'for', 'in'], kind: 'benefit' },
  { words: 'necessary', prep: ['for'], kind: 'benefit' },
  { words: 'needed', prep: ['for'], kind: 'benefit' },
  { words: 'protective', prep: ['against', 'of'], kind: 'benefit' },
  { words: 'healthy', prep: ['for'], kind: 'benefit' },
  { words: 'best', prep: ['for'], kind: 'benefit' },
  { words: 'bad', prep: ['for'], kind: 'harm' },
  { words: 'harmful', prep: ['to', 'for'], kind: 'harm' },
  { words: 'toxic', prep: ['to', 'for'], kind: 'harm' },
  { words: 'dangerous', prep: ['for', 'to'], kind: 'harm' },
  { words: 'damaging', prep: ['to', 'for'], kind: 'harm' },
  { words: 'responsible', prep: ['for'], kind: 'cause' },
  { words: 'to blame', prep: ['for'], kind: 'cause' },
  { words: 'a cause', prep: ['of'], kind: 'cause' },
  { words: 'the cause', prep: ['of'], kind: 'cause' },
  { words: 'a common cause', prep: ['of'], kind: 'cause' },
  { words: 'a risk factor', prep: ['for'], kind: 'cause' },
  { words: 'a trigger', prep: ['for', 'of'], kind: 'cause' },
  { words: 'a sign', prep: ['of'], kind: 'link' },
  { words: 'a symptom', prep: ['of'], kind: 'link' },
  { words: 'a side effect', prep: ['of'], kind: 'link' },
  { words: 'a complication', prep: ['of'], kind: 'link' },
  { words: 'a marker', prep: ['of', 'for'], kind: 'link' },
  { words: 'rich', prep: ['in'], kind: 'contain' },
  { words: 'high', prep: ['in'], kind: 'contain' },
  { words: 'packed', prep: ['with'], kind: 'contain' },
  { words: 'loaded', prep: ['with'], kind: 'contain' },
  { words: 'full', prep: ['of'], kind: 'contain' },
  { words: 'a source', prep: ['of'], kind: 'contain' },
  { words: 'a good source', prep: ['of'], kind: 'contain' },
  { words: 'home', prep: ['to'], kind: 'contain' },
  { words: 'made', prep: ['of', 'from', 'by', 'with'], kind: 'contain' },
  { words: 'low', prep: ['in'], kind: 'contain' },
  { words: 'used', prep: ['to', 'for'], kind: 'benefit' },
  { words: 'a treatment', prep: ['for'], kind: 'benefit' },
  { words: 'a remedy', prep: ['for'], kind: 'benefit' },
  { words: 'a cure', prep: ['for'], kind: 'benefit' },
  { words: 'the cure', prep: ['for'], kind: 'benefit' },
  { words: 'a test', prep: ['for'], kind: 'test' },
  { words: 'a way', prep: ['to', 'of'], kind: 'benefit' },
];

/**
 * Comparatives that lower the quantity a noun of causing names ("a lower risk of", "fewer symptoms
 * of"): with a light verb ("people who eat fibre have a lower risk of colon cancer") the phrase
 * lowers what follows, as "lowers the risk of" does.
 */
export const LOWERING_COMPARATIVES: ReadonlySet<string> = new Set([
  'lower',
  'lowered',
  'reduced',
  'decreased',
  'diminished',
  'smaller',
  'less',
  'lesser',
  'fewer',
]);

/**
 * Noun phrases that name a relation ("the risk of", "relief from"), read when
 * a sentence's verb is light ("lowers the risk of", "provides relief from").
 * `flip` turns the verb's direction: lowering a risk treats, raising it causes.
 */
export const RELATION_NOUNS: readonly { words: string; kind: RelationKind; flip?: boolean }[] = [
  { words: 'risk', kind: 'cause' },
  { words: 'chance', kind: 'cause' },
  { words: 'odds', kind: 'cause' },
  { words: 'incidence', kind: 'cause' },
  { words: 'likelihood', kind: 'cause' },
  { words: 'severity', kind: 'cause' },
  { words: 'duration', kind: 'cause' },
  { words: 'symptoms', kind: 'cause' },
  { words: 'relief', kind: 'benefit' },
  { words: 'protection', kind: 'benefit' },
  { words: 'support', kind: 'benefit' },
  { words: 'benefits', kind: 'benefit' },
  { words: 'benefit', kind: 'benefit' },
  { words: 'risks', kind: 'cause' },
  { words: 'side effects', kind: 'cause' },
  { words: 'a role', kind: 'link' },
  { words: 'role', kind: 'link' },
  { words: 'an effect', kind: 'link' },
  { words: 'effect', kind: 'link' },
  { words: 'an impact', kind: 'link' },
  { words: 'impact', kind: 'link' },
  { words: 'a link', kind: 'link' },
  { words: 'link', kind: 'link' },
  { words: 'connection', kind: 'link' },
  { words: 'relationship', kind: 'link' },
  { words: 'association', kind: 'link' },
];

/**
 * Testing verbs with a second sense, governing: a test or a person "determines whether you have
 * SIBO" (tests), but a diet "determines which microbes thrive" (shapes them, a link).
 */
export const GOVERNING_TEST_VERBS: ReadonlySet<string> = new Set(['determine']);

/** What each kind means once the object's valence is known. */
export function relationOf(kind: RelationKind, valence: 'good' | 'bad' | undefined): RelationClass {
  switch (kind) {
    case 'harm':
      return 'causes';
    case 'benefit':
      return 'treats';
    // More or less of something neither good nor bad ("increases bowel movements") says
    // that it changes, not whether that helps.
    case 'up':
      return valence === 'good' ? 'treats' : valence === 'bad' ? 'causes' : 'associated';
    case 'down':
      return valence === 'good' ? 'causes' : valence === 'bad' ? 'treats' : 'associated';
    case 'cause':
      return valence === 'good' ? 'treats' : 'causes';
    case 'link':
      return 'associated';
    case 'contain':
      return 'contains';
    case 'test':
      return 'diagnoses';
    case 'be':
      return 'is';
  }
}

/** The kind that undoes a kind ("lowers the risk" = the opposite of causing). */
export function flipKind(kind: RelationKind): RelationKind {
  switch (kind) {
    case 'up':
      return 'down';
    case 'down':
      return 'up';
    case 'cause':
      return 'benefit';
    case 'harm':
      return 'benefit';
    case 'benefit':
      return 'harm';
    default:
      return kind;
  }
}

/**
 * Verbs of doing without ("avoiding", "cutting down on", "limiting"). As the
 * subject's head they turn the claim around: "cutting alcohol protects the
 * lining" asserts what "alcohol harms the lining" does, so the matcher looks
 * for the converse relation. Gerunds and "less"/"fewer" ("drinking less
 * alcohol" is caught by "less").
 */
export const WITHDRAWAL_WORDS: ReadonlySet<string> = new Set([
  'avoiding',
  'cutting',
  'limiting',
  'reducing',
  'restricting',
  'skipping',
  'quitting',
  'stopping',
  'eliminating',
  'removing',
  'minimising',
  'minimizing',
  'less',
  'fewer',
  'without',
]);

/**
 * Nouns that frame a list as effects of a thing ("symptoms of Crohn's include…") or as its
 * causes ("risk factors for SIBO include…"), read when the list is the object of "include"
 * or a copula.
 */
export const EFFECT_FRAME_NOUNS: ReadonlySet<string> = new Set([
  'symptoms',
  'symptom',
  'signs',
  'side effects',
  'complications',
  'effects',
  'consequences',
]);
export const CAUSE_FRAME_NOUNS: ReadonlySet<string> = new Set(['causes', 'risk factors', 'triggers', 'culprits']);

/**
 * Nouns naming an effect of the noun that modifies them: "a common IBS symptom", "gluten
 * reactions" (after a copula, a link like "a symptom of IBS"; "side effect" is read as a pair).
 */
export const EFFECT_NOUNS: ReadonlySet<string> = new Set([
  'symptom',
  'symptoms',
  'sign',
  'signs',
  'reaction',
  'reactions',
  'complication',
  'complications',
]);

/**
 * Nouns that frame what follows the verb as a thing's benefit: "the benefits of kefir include
 * better digestion", "one benefit of fibre is that it eases constipation".
 */
export const BENEFIT_FRAME_NOUNS: ReadonlySet<string> = new Set(['benefit', 'benefits', 'advantage', 'advantages']);

/** The frame noun starting at `k` of these lowercased words ("side effects" before "side"), if any. */
export function frameNounAt(norms: readonly string[], k: number): { span: 1 | 2; effect: boolean } | null {
  const two = `${norms[k]} ${norms[k + 1] ?? ''}`;
  if (EFFECT_FRAME_NOUNS.has(two) || CAUSE_FRAME_NOUNS.has(two))
    return { span: 2, effect: EFFECT_FRAME_NOUNS.has(two) };
  const one = norms[k] ?? '';
  if (EFFECT_FRAME_NOUNS.has(one) || CAUSE_FRAME_NOUNS.has(one))
    return { span: 1, effect: EFFECT_FRAME_NOUNS.has(one) };
  return null;
}
