import { describe, expect, it } from 'vitest';

import { compileGate } from './gate';

const gate = compileGate({
  terms: [
    'gut',
    'gut lining',
    'gut microbe',
    'microbiome',
    'probiotic',
    'fibre',
    'fiber',
    'colon',
    'leaky gut',
    'inflam*',
    's. boulardii',
    'digest',
  ],
  exclude: [
    'gut feeling',
    'gut-wrenching',
    'fibre broadband',
    'fiber optic',
    'colon character',
    "reader's digest",
    'beer gut',
  ],
});

describe('gate', () => {
  const rows: [string, string, string[]][] = [
    ['plain anchor', 'Probiotics can help.', ['Probiotics']],
    ['longest term wins', 'It repairs the gut lining.', ['gut lining']],
    ['inflection', 'She digested it; digests; gut’s role', ['digested', 'digests', 'gut’s']],
    ['prefix term', 'Inflammation and inflamed tissue', ['Inflammation', 'inflamed']],
    ['hyphen = space', 'a leaky-gut diet', ['leaky-gut']],
    ['exclusion', 'I had a gut feeling about the match.', []],
    ['exclusion with hyphen', 'a gut-wrenching loss', []],
    ['exclusion before the term', 'He has a beer gut.', []],
    ['exclusion, other sense', 'Fibre broadband reached the village.', []],
    ['punctuation sense', 'Note: the colon character separates hours and minutes.', []],
    ['magazine', "I read it in Reader's Digest.", []],
    ['excluded and real in one text', 'A gut feeling told me fibre matters.', ['fibre']],
    ['term inside a longer prefix', 'It disrupts the gut microbiome.', ['gut', 'microbiome']],
    ['no vocabulary', 'The council approved a new budget for road repairs.', []],
    ['no partial words', 'Gutenberg printed colonial fibreglass', []],
  ];
  it.each(rows)('%s', (where, text, expected) => {
    expect(
      gate.find(text).map(s => text.slice(s.start, s.end)),
      `gate › ${where}`,
    ).toEqual(expected);
    expect(gate.test(text), `gate › ${where} › test`).toBe(expected.length > 0);
  });

  it('names the anchor words a text uses in another sense, not those another term names', () => {
    expect(
      [...gate.otherSenses('A gut feeling, then fibre broadband; my gut microbiome is fine.')],
      'gate › other senses',
    ).toEqual(['gut', 'fibre']);
    const withTerm = compileGate({ terms: ['gluten', 'gluten-free'], exclude: ['gluten-free'] });
    expect([...withTerm.otherSenses('A gluten-free diet.')], 'gate › a term names the phrase').toEqual([]);
  });

  it('finds hits far into a long text', () => {
    const text = `${'The weather stayed mild all week. '.repeat(2000)}Kefir is a probiotic drink.`;
    const [hit] = gate.find(text);
    expect(hit && text.slice(hit.start, hit.end), 'gate › long text').toBe('probiotic');
  });
});
