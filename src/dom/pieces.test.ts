import { describe, expect, it } from 'vitest';

import { pieces } from './pieces';

const para = (text: string) => ({ start: 0, end: text.length, role: 'paragraph' as const });
const texts = (text: string, max: number) => pieces(text, para(text), max).map(b => text.slice(b.start, b.end));

describe('pieces of a long block', () => {
  it('leaves a block within the limit whole', () => {
    expect(texts('Kefir contains live bacteria.', 100)).toEqual(['Kefir contains live bacteria.']);
  });
  it('cuts after the last sentence end in reach, closing quotes included', () => {
    const text = 'Probiotics heal leaky gut. Fibre feeds “good” bacteria.” Kombucha cures IBS! Done';
    expect(texts(text, 60)).toEqual([
      'Probiotics heal leaky gut. Fibre feeds “good” bacteria.” ',
      'Kombucha cures IBS! Done',
    ]);
  });
  it('cuts unpunctuated text at a space, and a run with no space at the limit; pieces tile the block', () => {
    const words = 'probiotics heal leaky gut '.repeat(400);
    const parts = pieces(words, para(words), 1000);
    expect(parts.every(p => p.end - p.start <= 1000)).toBe(true);
    expect(parts.every(p => p.role === 'paragraph')).toBe(true);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end);
    expect(parts.at(-1)!.end).toBe(words.length);
    expect(
      texts(words, 1000)
        .slice(0, -1)
        .every(t => t.endsWith(' ')),
    ).toBe(true);
    expect(texts('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
  it('keeps offsets into the whole text for a block that starts later', () => {
    const text = `Heading\n${'gut words here. '.repeat(10)}`;
    const block = { start: 8, end: text.length, role: 'paragraph' as const };
    const parts = pieces(text, block, 50);
    expect(parts[0]!.start).toBe(8);
    expect(parts.map(p => text.slice(p.start, p.end)).join('')).toBe(text.slice(8));
  });
});
