import { describe, expect, it } from 'vitest';

import { shortName } from './short-name';

describe('shortName', () => {
  it('keeps short claims whole, with runs of spaces collapsed', () => {
    expect(shortName('Probiotics   heal\n leaky gut.')).toBe('Probiotics heal leaky gut.');
  });
  it('cuts long claims at a word boundary with an ellipsis', () => {
    const long =
      'Tens of millions of people in the United States live with a digestive disease, and bloating is common.';
    const name = shortName(long);
    expect(name).toBe('Tens of millions of people in the United States live with a…');
    expect(name.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
  });
  it('drops punctuation left at the cut', () => {
    expect(shortName('aaaa bbbb, cccc dddd', 10)).toBe('aaaa bbbb…');
  });
  it('cuts one very long word', () => {
    expect(shortName('x'.repeat(80), 20)).toBe(`${'x'.repeat(20)}…`);
  });
});
