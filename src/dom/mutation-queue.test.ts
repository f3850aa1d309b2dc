import { describe, expect, it } from 'vitest';

import { nextDelay } from './mutation-queue';

describe('mutation queue back-off', () => {
  const rows: [string, number, number, number][] = [
    ['a calm page is processed at once', 5000, 0, 0],
    ['a second batch soon after starts the back-off', 100, 0, 100],
    ['a storm doubles the wait', 300, 100, 200],
    ['… up to the cap', 2000, 1600, 2000],
    ['… and stays there', 2400, 2000, 2000],
    ['quiet for the gap after the wait ends it', 2600, 2000, 0],
  ];
  it.each(rows)('%s', (where, sinceLast, delay, expected) => {
    expect(nextDelay(sinceLast, delay), `mutation-queue › ${where}`).toBe(expected);
  });

  it('a page mutating every 100 ms settles at the cap, not at every frame', () => {
    let delay = 0;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      // The next batch comes one wait (plus the page's 100 ms) after this one.
      delay = nextDelay(delay + 100, delay);
      seen.push(delay);
    }
    expect(seen, 'mutation-queue › storm').toEqual([100, 200, 400, 800, 1600, 2000, 2000, 2000]);
  });
});
