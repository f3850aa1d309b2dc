import { describe, expect, it } from 'vitest';

import type { LevelCounts } from '../messaging/protocol';
import { LEVEL } from '../shared/evidence-levels';
import { badgeFor } from './badge';

const zero: LevelCounts = { strong: 0, moderate: 0, limited: 0, unsupported: 0, contradicted: 0, unmatched: 0 };

describe('badgeFor', () => {
  it('counts unsupported + contradicted, coloured by the worst level', () => {
    expect(badgeFor({ ...zero, strong: 2, unsupported: 1, contradicted: 2 }, false)).toEqual({
      text: '3',
      colour: LEVEL.contradicted.colour,
    });
    expect(badgeFor({ ...zero, unsupported: 4 }, false)).toEqual({
      text: '4',
      colour: LEVEL.unsupported.colour,
    });
  });
  it('shows 0 in the worst colour when claims were found but none is weak', () => {
    expect(badgeFor({ ...zero, strong: 1, limited: 1 }, false)).toEqual({
      text: '0',
      colour: LEVEL.limited.colour,
    });
  });
  it('is empty when nothing was found or paused', () => {
    expect(badgeFor(zero, false).text).toBe('');
    expect(badgeFor({ ...zero, contradicted: 3 }, true).text).toBe('');
  });
  it('uses the neutral colour when only unmatched claims were found', () => {
    expect(badgeFor({ ...zero, unmatched: 2 }, false)).toEqual({ text: '0', colour: LEVEL.unmatched.colour });
  });
});
