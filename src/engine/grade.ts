/**
 * What a sentence asserts when it denies a database claim, and how well
 * supported that denial is.
 *
 * The entry's own `negation` block wins. Otherwise the rule is:
 *
 * | entry level  | evidential ("no evidence that X")      | weak ("only limited evidence")  | plain ("X does not Y")        |
 * |--------------|----------------------------------------|---------------------------------|-------------------------------|
 * | strong       | contradicted (the evidence exists)      | unsupported (understates it)    | contradicted                  |
 * | moderate     | unsupported (overstates the doubt)      | moderate (fair, a little harsh) | unsupported                   |
 * | limited      | moderate (doubt is fair, slightly strong) | strong (accurate)             | limited (unknown either way)  |
 * | unsupported  | strong (accurate)                       | strong (accurate enough)        | moderate (likely, not shown)  |
 * | contradicted | strong (accurate)                       | moderate (too kind)             | strong (good evidence agrees) |
 *
 * An evidential denial only says the evidence is missing, so it is accurate
 * whenever the claim is unsupported; a plain denial says the claim is false,
 * which needs evidence against it to be fully right.
 *
 * Some statements are negative-shaped themselves ("The exact cause of IBS is
 * not known", "IBS is diagnosed from symptoms, not by ruling out everything
 * else"). A sentence that matches such an entry with a plain or evidential
 * negation ("There is no single test for IBS, so…") states the claim, it does
 * not deny it. Entries with a `negation` block keep it, as before; a weak
 * cue ("only limited evidence") is still a judgement on the evidence.
 */
import type { NegationKind } from './cues';
import type { ClaimEntry, EvidenceLevel } from './types';

const EVIDENTIAL: Record<EvidenceLevel, EvidenceLevel> = {
  strong: 'contradicted',
  moderate: 'unsupported',
  limited: 'moderate',
  unsupported: 'strong',
  contradicted: 'strong',
};
// "Only limited evidence that X": right when X is limited or unsupported, too harsh otherwise.
const WEAK: Record<EvidenceLevel, EvidenceLevel> = {
  strong: 'unsupported',
  moderate: 'moderate',
  limited: 'strong',
  unsupported: 'strong',
  contradicted: 'moderate',
};
const PLAIN: Record<EvidenceLevel, EvidenceLevel> = {
  strong: 'contradicted',
  moderate: 'unsupported',
  limited: 'limited',
  unsupported: 'moderate',
  contradicted: 'strong',
};

const NOTE: Record<EvidenceLevel, string> = {
  strong: 'Right to doubt it.',
  moderate: 'Probably right to doubt it.',
  limited: 'Uncertain either way.',
  unsupported: 'This doubt goes beyond the evidence.',
  contradicted: 'The evidence says otherwise.',
};

export interface Graded {
  statement: string;
  evidence: EvidenceLevel;
  verdict: string;
}

const lcFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

/**
 * The entry as the sentence states it, or null when the sentence's denial cannot be graded
 * against it. `negation` is the sentence's own (null: affirmed); `deniedBooster` the word of a
 * stronger claim the sentence denies ("cure" in "does not cure"). An entry whose statement is itself a denial
 * (`claim.negated`, "leaky gut is not a recognised diagnosis") agrees with a
 * sentence that denies too and is denied by one that affirms.
 */
export function grade(
  entry: ClaimEntry,
  negation: NegationKind | null,
  deniedBooster: string | null = null,
): Graded | null {
  const entryDenies = !!entry.claim.negated;
  const sentenceDenies = negation === 'plain' || negation === 'evidential';
  // "Probiotics do not cure IBS", "is no cure for": the sentence denies a stronger claim than the
  // entry's. Below strong, no evidence shows the cure, so the denial is right; a strong entry may be
  // contradicted by it or not ("PPIs do not cure reflux" denies no PPI benefit), so it is not graded.
  if (deniedBooster && negation === 'plain' && !entryDenies) {
    if (entry.evidence === 'strong') return null;
    return {
      statement: `“${deniedBooster}” goes beyond what the research shows. The closest claim we grade: ${entry.statement}`,
      evidence: 'strong',
      verdict: `${NOTE.strong} ${entry.verdict}`,
    };
  }
  // Same polarity: the sentence states the entry's claim.
  if (entryDenies === sentenceDenies && negation !== 'weak')
    return { statement: entry.statement, evidence: entry.evidence, verdict: entry.verdict };
  if (entry.negation) return { ...entry.negation };
  // An affirmation of a negative-shaped entry denies it plainly.
  const kind: NegationKind = negation ?? 'plain';
  const evidence = { evidential: EVIDENTIAL, weak: WEAK, plain: PLAIN }[kind][entry.evidence];
  const claim = lcFirst(entry.statement).replace(/\.$/, '');
  const statement = {
    evidential: `There is no good evidence that ${claim}.`,
    weak: `There is only limited evidence that ${claim}.`,
    plain: `It is not true that ${claim}.`,
  }[kind];
  return { statement, evidence, verdict: `${NOTE[evidence]} ${entry.verdict}` };
}

/**
 * Overstatement: the page states a claim more strongly than its evidence
 * allows. A word of certainty ("cures", "proven", "guaranteed") on anything
 * short of strong evidence, or an unhedged assertion of an unsupported or
 * contradicted claim. Denials and claims the page reports as someone
 * else's ("proponents say") are not overstatements by the page.
 */
export function overstatement(
  level: EvidenceLevel,
  reading: { booster: string | null; hedged: boolean; negated: boolean; attributed: boolean; verb: string | null },
): string | null {
  if (reading.negated || reading.attributed) return null;
  if (reading.booster && level !== 'strong') return reading.booster;
  if (!reading.hedged && (level === 'unsupported' || level === 'contradicted')) return reading.verb;
  return null;
}
