import { describe, expect, it } from 'vitest';

import type { LevelCounts } from '../messaging/protocol';
import { LEVEL } from '../shared/evidence-levels';
import { badgeFor } from './badge';

const zero: LevelCounts = { strong: 0, moderate: 0, limited: 0, unsupported: 0, contradicted: 0, unmatched: 0 };

describe('badgeFor', () => {
  it('counts unsupported + contradicted, coloured by the worst level, and says so in the tooltip', () => {
    expect(badgeFor({ ...zero, strong: 2, unsupported: 1, contradicted: 2 }, false)).toEqual({
      text: '3',
      colour: LEVEL.contradicted.colour,
      title: 'Gut Check: 3 claims with weak or contrary evidence (of 5 found)',
    });
    expect(badgeFor({ ...zero, unsupported: 1 }, false)).toEqual({
      text: '1',
      colour: LEVEL.unsupported.colour,
      title: 'Gut Check: 1 claim with weak or contrary evidence (of 1 found)',
    });
  });
  it('shows no number when claims were found but none is weak (no alarming “0”)', () => {
    expect(badgeFor({ ...zero, strong: 9, limited: 1 }, false)).toEqual({
      text: '',
      colour: LEVEL.unmatched.colour,
      title: 'Gut Check: 10 claims found, none with weak or contrary evidence',
    });
    expect(badgeFor({ ...zero, unmatched: 1 }, false).title).toBe(
      'Gut Check: 1 claim found, none with weak or contrary evidence',
    );
  });
  it('is empty when nothing was found or paused, and the tooltip says which', () => {
    expect(badgeFor(zero, false)).toMatchObject({
      text: '',
      title: 'Gut Check: no gut-health claims found on this page',
    });
    expect(badgeFor({ ...zero, contradicted: 3 }, true)).toMatchObject({
      text: '',
      title: 'Gut Check: paused on this page',
    });
  });
});
