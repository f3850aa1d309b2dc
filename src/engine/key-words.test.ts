import { describe, expect, it } from 'vitest';

import { compileFromDisk } from '../db/load-files';
import { compileGate } from './gate';
import { gateKeys, inflections, KeyScanner, keyWordOf, type GateKeys } from './key-words';

const { index, gate } = compileFromDisk();
const anchorTerms = index.concepts.filter(c => c.anchor).flatMap(c => c.terms);
const scanner = new KeyScanner(gate);

describe('keyWordOf', () => {
  it.each([
    [['small', 'intestine'], 'intestine'],
    [['second', 'brain'], 'brain'],
    [['gut'], 'gut'],
    [['leaky', 'gut', 'syndrome'], 'syndrome'],
  ])('%j → %s', (words, want) => {
    expect(keyWordOf(words)).toBe(want);
  });
});

describe('inflections', () => {
  it('covers the forms the tokenizer maps back to a base word', () => {
    expect(inflections('heal')).toEqual(expect.arrayContaining(['heals', 'healed', 'healing', "heal's"]));
    expect(inflections('cause')).toEqual(expect.arrayContaining(['causes', 'caused', 'causing']));
    expect(inflections('remedy')).toEqual(expect.arrayContaining(['remedies', 'remedied']));
    expect(inflections('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
  });
});

describe('KeyScanner (the content script gate)', () => {
  it('gate.json carries the key words the compiler derives from the anchor terms', () => {
    expect(gate.keys.length).toBeGreaterThan(50);
    expect(
      gateKeys(anchorTerms.map(t => ({ words: t.replace(/\*$/, '').split(/[\s-]+/), prefix: t.endsWith('*') }))),
    ).toEqual(expect.objectContaining({ stems: gate.stems }));
  });

  // The page-side gate must never reject what the engine's full gate accepts:
  // a miss there is a claim lost for good.
  const full = compileGate({ terms: anchorTerms, exclude: [] });
  it.each(anchorTerms.map(t => [t.replace(/\*$/, 'ation')]))('passes a sentence with "%s"', term => {
    const sentence = `Readers often ask whether ${term} matters here.`;
    if (full.test(sentence)) expect(scanner.test(sentence)).toBe(true);
  });

  it('passes inflected and capitalised forms and curly possessives', () => {
    expect(scanner.test('PROBIOTICS were given.')).toBe(true);
    expect(scanner.test('The microbiome’s role is debated.')).toBe(true);
    expect(scanner.test('Her bloating eased.')).toBe(true);
  });

  it('rejects text with no gut vocabulary, and words glued to digits or accented letters', () => {
    expect(scanner.test('The river market opened at nine; silver and orange pencils sold out.')).toBe(false);
    expect(scanner.test('Model X9gut and Zürichgut are product names.')).toBe(false);
  });

  it('reports every hit in order and stops when asked', () => {
    const hits: string[] = [];
    const text = 'Probiotics and the gut microbiome.';
    scanner.scan(text, (s, e) => void hits.push(text.slice(s, e)));
    expect(hits).toEqual(['Probiotics', 'gut', 'microbiome']);
    const first: string[] = [];
    scanner.scan(text, (s, e) => (first.push(text.slice(s, e)), true));
    expect(first).toEqual(['Probiotics']);
  });

  // The scanner is a regex plus an exact check; this is the plain statement
  // of what it must find, run on text built from near misses and awkward
  // neighbours (digits, underscores, apostrophes, other scripts).
  it('finds exactly the words a plain word-by-word reading finds', () => {
    const keys: GateKeys = { keys: ['cause', 'gut', 'remedy', 'stop', 'wind', 'bloat'], stems: ['inflam'] };
    const forms = new Set(keys.keys.flatMap(inflections));
    const reference = (text: string) => {
      const out: [number, number][] = [];
      for (const m of text.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)*/g)) {
        const prev = text.charAt(m.index - 1);
        if (/[0-9]/.test(prev) || (prev > '\x7f' && prev.toLowerCase() !== prev.toUpperCase())) continue;
        const w = m[0].toLowerCase().replace(/’/g, "'");
        if (forms.has(w) || keys.stems.some(s => w.startsWith(s))) out.push([m.index, m.index + m[0].length]);
      }
      return out;
    };
    const pieces = [
      ...[...forms].flatMap(f => [f, f.toUpperCase()]),
      'window',
      'guts’s',
      'stoped',
      'remedys',
      'causeing',
      'inflammation',
      'Inflam',
      'inflamm’d',
      'x',
      'ab',
      ' ',
      ' ',
      ' ',
      '\n',
      "'",
      '’',
      '9',
      '_',
      '-',
      'é',
      'É',
      '中',
      'ſ',
      'K',
      '.',
    ];
    const scanner = new KeyScanner(keys);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 12 }, () => pieces[next()]).join('');
      const hits: [number, number][] = [];
      scanner.scan(text, (s, e) => void hits.push([s, e]));
      expect(hits, JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
