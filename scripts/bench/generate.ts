/**
 * Seeded generator of long benchmark texts from sentence templates written
 * for this project (no third-party prose). Three kinds:
 *  - `gut`: a gut-health article (claims, hedges, denials, headings, bullets);
 *  - `mixed`: general news prose with ~10% gut-health sentences;
 *  - `none`: general prose with no gut vocabulary at all.
 */
import { seededRandom } from '../seeded-random';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Fills `{slot}` placeholders from `slots`. */
function fill(r: () => number, template: string, slots: Record<string, readonly string[]>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => pick(r, slots[k] ?? [k]));
}

const GUT_SLOTS = {
  agent: [
    'Probiotics',
    'Fermented foods',
    'A high-fibre diet',
    'Prebiotic fibre',
    'Kefir',
    'Live yoghurt',
    'Resistant starch',
    'A daily probiotic supplement',
    'Whole grains',
    'Bone broth',
  ],
  verb: [
    'improve',
    'support',
    'may help',
    'can ease',
    'are thought to relieve',
    'might reduce',
    'heal',
    'restore',
    'protect',
    'boost',
  ],
  target: [
    'gut health',
    'digestion',
    'bloating',
    'constipation',
    'the gut lining',
    'the gut microbiome',
    'leaky gut',
    'symptoms of irritable bowel syndrome',
    'diarrhoea after antibiotics',
    'the balance of gut bacteria',
  ],
  harm: [
    'Chronic stress',
    'Alcohol',
    'Ultra-processed food',
    'Painkillers such as ibuprofen',
    'Poor sleep',
    'A low-fibre diet',
    'Gut infections',
    'Artificial sweeteners',
  ],
  harmVerb: ['can damage', 'may disrupt', 'is linked to changes in', 'weakens', 'can irritate', 'harms'],
  harmTarget: ['the intestinal lining', 'the gut microbiome', 'gut bacteria', 'the gut barrier', 'digestion'],
  symptom: ['bloating', 'gas', 'diarrhoea', 'constipation', 'abdominal pain', 'cramping'],
  heading: [
    'What Causes Bloating',
    'Key Takeaways',
    'How Probiotics Work',
    'Foods for a Healthy Gut',
    'The Gut-Brain Connection',
    'Why Fibre Matters',
  ],
  who: ['Some researchers', 'Many people', 'Nutritionists', 'Gastroenterologists', 'Proponents of cleanses'],
};

const GUT_TEMPLATES = [
  '{agent} {verb} {target}.',
  '{agent} {verb} {target}, according to several small trials.',
  '{harm} {harmVerb} {harmTarget}.',
  'There is no good evidence that {agent} cure {target}.',
  '{who} say that {agent} {verb} {target}.',
  'Some studies suggest that {agent} {verb} {target}, but the results are mixed.',
  '{target} can be repaired by {agent}, some people claim.',
  'Leaky gut is not a recognised medical diagnosis.',
  'Your gut is home to trillions of microbes that help digest food.',
  'Eating more fibre feeds beneficial gut bacteria and keeps bowel movements regular.',
  'People with {symptom} often notice that {agent} {verb} {target}.',
  'Does {agent} really help with {symptom}?',
  '{heading}',
  '- {agent} {verb} {target}',
  'Subscribe to our newsletter for more gut health tips!',
  'Colon cleansing products are not supported by science and can cause harm.',
  'The large intestine absorbs water and salts from what remains of a meal.',
];

const NEWS_SLOTS = {
  place: [
    'The city council',
    'The regional transport authority',
    'A local school board',
    'The national weather service',
    'The football club',
    'The central bank',
    'A small software company',
    'The museum',
  ],
  act: ['announced', 'postponed', 'approved', 'criticised', 'reviewed', 'celebrated', 'delayed', 'confirmed'],
  thing: [
    'a new budget for road repairs',
    'plans for a riverside park',
    'the opening of a second library',
    'changes to the bus timetable',
    'an exhibition of early photography',
    'a reduction in interest rates',
    'the annual marathon route',
    'a partnership with two universities',
  ],
  when: [
    'on Tuesday',
    'last week',
    'earlier this month',
    'after a long debate',
    'despite strong objections',
    'in a brief statement',
  ],
  person: ['The mayor', 'A spokesperson', 'The head coach', 'One resident', 'The director', 'An economist'],
  said: [
    'said the decision was overdue',
    'described the mood as cautious',
    'expected more details by the spring',
    'thanked volunteers for their patience',
    'warned that costs could still rise',
    'called it a turning point for the area',
  ],
  weather: [
    'Heavy rain is expected across the north',
    'Temperatures will climb steadily through the weekend',
    'Strong winds closed two bridges overnight',
    'A dry spell has lowered reservoir levels',
  ],
  other: [
    'I had a gut feeling the match would end in a draw.',
    'It was a gut-wrenching loss for the home side.',
    'The company is rolling out fibre broadband to rural villages.',
    'Note: the colon character separates the hours from the minutes.',
    'Brewers let the beer ferment for two weeks before bottling.',
    'She feeds her sourdough starter every morning before work.',
    'A digital detox weekend helped him sleep better.',
    'The new skin barrier cream sold out within a day.',
  ],
};

const NEWS_TEMPLATES = [
  '{place} {act} {thing} {when}.',
  '{person} {said}.',
  '{weather}, forecasters said.',
  '{person} {said}, adding that {place} had {act} {thing}.',
  'Officials {act} {thing} {when}, and {person} {said}.',
  '{other}',
];

export type BenchKind = 'gut' | 'mixed' | 'none';

/** A text of about `words` words, paragraphs of 3 to 7 sentences. */
export function generate(kind: BenchKind, words: number, seed = 42): string {
  const r = seededRandom(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const gut = kind === 'gut' || (kind === 'mixed' && r() < 0.1);
      const s = gut ? fill(r, pick(r, GUT_TEMPLATES), GUT_SLOTS) : fill(r, pick(r, NEWS_TEMPLATES), NEWS_SLOTS);
      // Keep the "none" page free of gut vocabulary, even in other senses.
      if (kind === 'none' && NEWS_SLOTS.other.includes(s)) continue;
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    // Headings and bullets stand on their own lines; prose sentences share one.
    paragraphs.push(sentences.map(s => (/[.!?]$/.test(s) ? s : `\n${s}\n`)).join(' '));
  }
  return paragraphs.join('\n\n').replace(/\n{3,}/g, '\n\n');
}

/** Issue 15's repro vocabulary: gut-health words with no punctuation, the worst case for sentence bounds. */
const UNPUNCTUATED_VOCABULARY = 'probiotics heal leaky gut fibre digestion the of microbiome'.split(' ');

/** About `bytes` of those words on one line, space-separated, drawn from `random`. */
export function unpunctuatedWords(bytes: number, random: () => number): string {
  const words: string[] = [];
  let n = 0;
  while (n < bytes) {
    const w = UNPUNCTUATED_VOCABULARY[Math.floor(random() * UNPUNCTUATED_VOCABULARY.length)] as string;
    words.push(w);
    n += w.length + 1;
  }
  return words.join(' ');
}
