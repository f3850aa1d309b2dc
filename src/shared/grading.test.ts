import { describe, expect, it } from 'vitest';

import { CONFIDENT, matchKind, shownKey, shownLevel } from './grading';

const entry = { via: 'entry' as const };

describe('what a reader is shown', () => {
  it('a grade at or above the confidence at which grades are usually right', () => {
    const sure = { evidence: 'limited' as const, confidence: CONFIDENT, match: entry };
    expect(shownLevel(sure)).toBe('limited');
    expect(shownKey(sure)).toBe('limited');
    expect(matchKind({ ...sure, match: { via: 'class' as const } })).toBe('class');
  });
  it('below it, only the closest claim: no level', () => {
    const unsure = { evidence: 'strong' as const, confidence: 0.61, match: entry };
    expect(matchKind(unsure)).toBe('closest');
    expect(shownLevel(unsure)).toBeNull();
    expect(shownKey(unsure)).toBe('unmatched');
    // A confidence that is not a number is not a sure one.
    expect(shownLevel({ ...unsure, confidence: Number.NaN })).toBeNull();
  });
  it('a closest entry the engine did not grade, and no entry at all', () => {
    expect(matchKind({ evidence: null, confidence: 0.5, match: entry })).toBe('closest');
    expect(matchKind({ evidence: null, confidence: 0, match: null })).toBe('none');
    expect(shownKey({ evidence: null, confidence: 0, match: null })).toBe('unmatched');
  });
});
