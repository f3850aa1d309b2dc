import { describe, expect, it } from 'vitest';

import { luminance, parseColour } from './page-tone';

describe('parseColour', () => {
  it('reads the forms browsers compute', () => {
    expect(parseColour('rgb(17, 17, 17)')).toEqual([17 / 255, 17 / 255, 17 / 255, 1]);
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColour('rgb(255 255 255 / 50%)')).toEqual([1, 1, 1, 0.5]);
    expect(parseColour('color(srgb 0.1 0.2 0.3)')).toEqual([0.1, 0.2, 0.3, 1]);
    expect(parseColour('oklch(0.5 0.1 200)')).toBeNull();
  });
});

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance([0, 0, 0, 1])).toBe(0);
    expect(luminance([1, 1, 1, 1])).toBeCloseTo(1);
    expect(luminance(parseColour('rgb(17, 17, 17)')!)).toBeLessThan(0.18);
  });
});
