import { describe, expect, it } from 'vitest';

import { grade } from './grade';
import type { ClaimEntry, EvidenceLevel } from './types';

const entry = (evidence: EvidenceLevel, negation?: ClaimEntry['negation']): ClaimEntry => ({
  id: 'x',
  statement: 'Probiotics heal leaky gut.',
  topics: ['t'],
  topic: 't',
  match: { all: [['probiotics']] },
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
    expect(g.evidence, `grade › ${level}/${negation}`).toBe(expected);
    if (negation) expect(g.statement, `grade › ${level}/${negation} › statement`).toMatch(/probiotics heal leaky gut/);
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
