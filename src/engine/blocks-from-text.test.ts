import { describe, expect, it } from 'vitest';

import { blocksFromText } from './blocks-from-text';

const read = (text: string) => blocksFromText(text).map(b => [b.role, text.slice(b.start, b.end)]);

describe('blocksFromText', () => {
  it('gives every line its block and guesses its role from layout', () => {
    expect(read('Benefits of kefir\nKefir is a fermented milk drink.\n- It contains live microbes.\n')).toEqual([
      ['heading', 'Benefits of kefir'],
      ['paragraph', 'Kefir is a fermented milk drink.'],
      ['list-item', '- It contains live microbes.'],
    ]);
  });
  it('joins a line that plainly wraps the paragraph before', () => {
    const text =
      'Kefir is a fermented milk drink made with grains of yeast and bacteria, and it\ncontains live microbes.\n';
    expect(read(text)).toEqual([['paragraph', text.trimEnd()]]);
  });
  it('reads the line after a bare list marker as that item', () => {
    expect(read('Key benefits:\n-\nReduces bloating\n•\nEases constipation\n2.\nSupports digestion\n')).toEqual([
      ['paragraph', 'Key benefits:'],
      ['list-item', '-\nReduces bloating'],
      ['list-item', '•\nEases constipation'],
      ['list-item', '2.\nSupports digestion'],
    ]);
  });
  it('does not join across a blank line after a bare marker', () => {
    expect(read('-\n\nReduces bloating\n').map(([role]) => role)).toEqual(['list-item', 'heading']);
  });
});
