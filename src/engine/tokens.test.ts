import { describe, expect, it } from 'vitest';

import { tokenize } from './tokens';

const words = (text: string) => tokenize(text).map(t => t.norm);

describe('tokenize', () => {
  it.each([
    ['makes up 70% (1) of the immune system', ['makes', 'up', '70', 'of', 'the', 'immune', 'system']],
    ['as trials show [3, 4] and reviews (5–7) agree', ['as', 'trials', 'show', 'and', 'reviews', 'agree']],
    ['(2) a large amount', ['a', 'large', 'amount']],
  ])('leaves reference markers out: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it.each([
    ['about (30%) of adults', ['about', '30', 'of', 'adults']],
    ['a review (2019) found', ['a', 'review', '2019', 'found']],
    ['take 2 (two) capsules', ['take', '2', 'two', 'capsules']],
  ])('keeps numbers that are not markers: %s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
  it('keeps offsets into the text', () => {
    const t = tokenize('gut (1) flora').map(x => [x.start, x.end]);
    expect(t).toEqual([
      [0, 3],
      [8, 13],
    ]);
  });
});
