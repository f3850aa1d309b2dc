import { describe, expect, it } from 'vitest';

import { getMockReport } from './mock';
import { isRevealed, scoreOf } from './score';

describe('scoreOf', () => {
  const [a, b, c, unmatched] = getMockReport().claims;
  it('counts right guesses out of scorable guesses', () => {
    expect(
      scoreOf([{ ...a!, guess: 'unsupported' }, { ...b!, guess: 'limited' }, c!, { ...unmatched!, guess: 'strong' }]),
    ).toEqual({ right: 1, total: 2 });
  });
  it('is zero with no guesses', () => {
    expect(scoreOf(getMockReport().claims)).toEqual({ right: 0, total: 0 });
  });
  it('reveals a claim once guessed', () => {
    expect(isRevealed(a!)).toBe(false);
    expect(isRevealed({ ...a!, guess: 'strong' })).toBe(true);
    expect(isRevealed(unmatched!)).toBe(true);
    // A grade too unsure to show has nothing to guess, and no guess on it is scored.
    const unsure = { ...a!, confidence: 0.5 };
    expect(isRevealed(unsure)).toBe(true);
    expect(scoreOf([{ ...unsure, guess: 'unsupported' }])).toEqual({ right: 0, total: 0 });
  });
});
