/**
 * What a sentence asserts when it denies a database claim, and how well
 * supported that denial is.
 *
 * The entry's own `negation` block wins. Otherwise the rule is:
 *
 * | entry level  | evidential denial ("no evidence that X") | plain denial ("X does not Y") |
 * |--------------|------------------------------------------|-------------------------------|
 * | strong       | contradicted (the evidence exists)        | contradicted                  |
 * | moderate     | unsupported (overstates the doubt)        | unsupported                   |
 * | limited      | moderate (doubt is fair, slightly strong) | limited (unknown either way)  |
 * | unsupported  | strong (accurate)                         | moderate (likely, not shown)  |
 * | contradicted | strong (accurate)                         | strong (good evidence agrees) |
 *
 * An evidential denial only says the evidence is missing, so it is accurate
 * whenever the claim is unsupported; a plain denial says the claim is false,
 * which needs evidence against it to be fully right.
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

/** The entry as the sentence states it: affirmed as is, or denied. */
export function grade(entry: ClaimEntry, negation: NegationKind | null): Graded {
  if (!negation) return { statement: entry.statement, evidence: entry.evidence, verdict: entry.verdict };
  if (entry.negation) return { ...entry.negation };
  const evidence = (negation === 'evidential' ? EVIDENTIAL : PLAIN)[entry.evidence];
  const claim = lcFirst(entry.statement).replace(/\.$/, '');
  const statement =
    negation === 'evidential' ? `There is no good evidence that ${claim}.` : `It is not true that ${claim}.`;
  return { statement, evidence, verdict: `${NOTE[evidence]} ${entry.verdict}` };
}
