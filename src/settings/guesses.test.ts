import { describe, expect, it } from 'vitest';

import { MAX_GUESS_PAGES, withGuess, withoutPage, type GuessRecord } from './guesses';

const rec = (guess: GuessRecord['guess']): GuessRecord => ({ guess, evidence: 'limited', text: 'x', at: '2026-01-01' });

describe('guesses', () => {
  it('keys guesses by page (fragment dropped) and by claim', () => {
    let map = withGuess({}, 'https://a.example/p#s', { claimId: 'kefir-x', text: 'Kefir x' }, rec('strong'));
    map = withGuess(map, 'https://a.example/p', { claimId: null, text: 'Odd claim' }, rec('limited'));
    expect(Object.keys(map)).toEqual(['https://a.example/p']);
    expect(Object.keys(map['https://a.example/p']!)).toEqual(['kefir-x', 'text:Odd claim']);
  });
  it('a new guess on a claim replaces the old one', () => {
    let map = withGuess({}, 'https://a.example/', { claimId: 'c', text: 't' }, rec('strong'));
    map = withGuess(map, 'https://a.example/', { claimId: 'c', text: 't' }, rec('limited'));
    expect(map['https://a.example/']!['c']!.guess).toBe('limited');
  });
  it('forgets a page, and the oldest pages beyond the cap', () => {
    let map = {};
    for (let i = 0; i <= MAX_GUESS_PAGES; i++)
      map = withGuess(map, `https://a.example/${i}`, { claimId: 'c', text: 't' }, rec('strong'));
    expect(Object.keys(map)).toHaveLength(MAX_GUESS_PAGES);
    expect(map).not.toHaveProperty('https://a.example/0');
    expect(withoutPage(map, 'https://a.example/5#x')).not.toHaveProperty('https://a.example/5');
  });
});
