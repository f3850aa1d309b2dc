import { describe, expect, it } from 'vitest';

import { stepIndex } from './step';

describe('stepIndex', () => {
  it('starts at the first claim going forward and the last going back', () => {
    expect(stepIndex(5, -1, 1)).toBe(0);
    expect(stepIndex(5, -1, -1)).toBe(4);
  });
  it('wraps at both ends', () => {
    expect(stepIndex(5, 4, 1)).toBe(0);
    expect(stepIndex(5, 0, -1)).toBe(4);
    expect(stepIndex(5, 2, 1)).toBe(3);
  });
});
