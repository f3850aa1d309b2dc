import { describe, expect, it } from 'vitest';

import { grade } from './grade';
import type { ClaimEntry, EvidenceLevel } from './types';

const entry = (evidence: EvidenceLevel, negation?: ClaimEntry['negation']): ClaimEntry => ({
  id: 'x',
  statement: 'Probiotics heal leaky gut.',
  topics: ['t'],
  topic: 't',
  claim: { subject: ['probiotics'], relation: 'treats', object: ['leaky-gut'] },
  evidence,
  verdict: 'Verdict text for the test entry.',
  summary: '',
  ...(negation ? { negation } : {}),
  citations: [],
  reviewed: '2026-01-01',
});

describe('grade', () => {
  const rows: [EvidenceLevel, 'evidential' | 'weak' | 'plain' | null, EvidenceLevel][] = [
    ['limited', 'weak', 'strong'],
    ['strong', 'weak', 'unsupported'],
    ['limited', null, 'limited'],
    ['unsupported', 'evidential', 'strong'],
    ['contradicted', 'evidential', 'strong'],
    ['limited', 'evidential', 'moderate'],
    ['moderate', 'evidential', 'unsupported'],
    ['strong', 'evidential', 'contradicted'],
    ['strong', 'plain', 'contradicted'],
    ['moderate', 'plain', 'unsupported'],
    ['limited', 'plain', 'limited'],
    ['unsupported', 'plain', 'moderate'],
    ['contradicted', 'plain', 'strong'],
  ];
  it.each(rows)('%s denied as %s → %s', (level, negation, expected) => {
    const g = grade(entry(level), negation);
    expect(g?.evidence, `grade › ${level}/${negation}`).toBe(expected);
    if (negation) expect(g?.statement, `grade › ${level}/${negation} › statement`).toMatch(/probiotics heal leaky gut/);
  });

  describe('negative-shaped statements', () => {
    // The entry says its statement is a denial (claim.negated), as the database does.
    const shaped = (statement: string): ClaimEntry => {
      const e = entry('strong');
      return { ...e, statement, claim: { ...e.claim, negated: true } };
    };
    const diagnosed =
      'IBS is diagnosed from its pattern of symptoms (the Rome criteria) with a few targeted tests, not by ruling out everything else.';
    it.each([
      ['The exact cause of IBS is not known.', 'plain'],
      ['The exact cause of IBS is not known.', 'evidential'],
      // "There is no single test for IBS, so it is diagnosed from symptoms" reads as evidential.
      [diagnosed, 'evidential'],
      [diagnosed, 'plain'],
    ] as const)('%s, sentence negated as %s, agrees with it', (statement, negation) => {
      const g = grade(shaped(statement), negation);
      expect(g, `grade › shaped › ${negation}`).toEqual({
        statement,
        evidence: 'strong',
        verdict: 'Verdict text for the test entry.',
      });
    });
    it('still reads "only limited evidence" as a judgement on the evidence', () => {
      expect(grade(shaped('The exact cause of IBS is not known.'), 'weak')?.evidence, 'grade › shaped › weak').toBe(
        'unsupported',
      );
    });
    it('ignores a negation inside a relative clause', () => {
      const e = {
        ...entry('unsupported'),
        statement: 'A gluten-free diet helps people who do not have coeliac disease.',
      };
      const g = grade(e, 'plain');
      expect(g?.evidence, 'grade › relative clause').toBe('moderate');
      expect(g?.statement, 'grade › relative clause › statement').toMatch(/^It is not true that/);
    });
  });

  describe('a denial of a stronger claim than the entry ("does not cure", "is no cure for")', () => {
    const rows: [EvidenceLevel, EvidenceLevel | null][] = [
      ['moderate', 'strong'],
      ['limited', 'strong'],
      ['unsupported', 'strong'],
      ['contradicted', 'strong'],
      // A strong entry may be contradicted by the denial or not ("PPIs do not cure reflux").
      ['strong', null],
    ];
    it.each(rows)('%s entry → %s', (level, expected) => {
      const g = grade(entry(level), 'plain', 'cure');
      expect(g?.evidence ?? null, `grade › denied cure › ${level}`).toBe(expected);
      if (g)
        expect(g.statement, `grade › denied cure › ${level} › statement`).toMatch(/“cure”.*Probiotics heal leaky gut/);
    });
    it('applies only to a plain denial', () => {
      expect(grade(entry('moderate'), 'evidential', 'proven')?.evidence, 'grade › not proven').toBe('unsupported');
      expect(grade(entry('moderate'), null, 'cure')?.evidence, 'grade › affirmed').toBe('moderate');
    });
  });

  it("uses the entry's own negation block", () => {
    const neg = {
      statement: 'Probiotics do not heal leaky gut.',
      evidence: 'moderate' as const,
      verdict: 'A verdict of twenty chars.',
    };
    expect(grade(entry('unsupported', neg), 'plain'), 'grade › negation block').toEqual(neg);
  });
});
