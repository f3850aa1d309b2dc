/**
 * The cheap gate: does a text mention gut-health vocabulary at all, and where?
 *
 * The key-word scanner (key-words.ts) finds words that may belong to an
 * anchor term; only there do we tokenise a small window and confirm the
 * whole term (and that no exclusion phrase such as "gut feeling" covers it).
 * The engine uses this full gate; the content script runs the scanner alone.
 */
import { gateKeys, KEY_REACH, KeyScanner } from './key-words';
import { TermTrie, termWords, type TrieMatch } from './term-trie';
import { tokenize, type Token } from './tokens';

export interface Span {
  start: number;
  end: number;
}

export interface Gate {
  /** True when `text` mentions at least one anchor term (not excluded). */
  test(text: string): boolean;
  /** Every anchor mention in `text`, in order. */
  find(text: string): Span[];
  /** Anchor words `text` uses inside an exclusion phrase ("detox" in "digital detox"), lowercased. */
  otherSenses(text: string): Set<string>;
}

/** How far around a key word the window reaches to see a whole term or exclusion. */
const LOOKBACK = KEY_REACH + 8;
const LOOKAHEAD = 80;

export function compileGate(gate: { terms: readonly string[]; exclude: readonly string[] }): Gate {
  const scanner = new KeyScanner(gateKeys(gate.terms.map(t => ({ words: termWords(t), prefix: t.endsWith('*') }))));
  // Built at the first candidate: a page without gut vocabulary never needs it.
  let built: TermTrie<boolean> | undefined;
  const getTrie = () => {
    if (!built) {
      built = new TermTrie<boolean>();
      for (const t of gate.terms) built.add(t, true);
      for (const t of gate.exclude) built.add(t, false);
    }
    return built;
  };

  function scan(text: string, firstOnly: boolean, senses?: Set<string>): Span[] {
    const found: Span[] = [];
    let coveredTo = -1;
    scanner.scan(text, at => {
      if (at < coveredTo) return false;
      const tokens = tokenize(text, Math.max(0, at - LOOKBACK), Math.min(text.length, at + LOOKAHEAD));
      const k = tokens.findIndex(t => t.start <= at && t.end > at);
      if (k < 0) return false;
      const trie = getTrie();
      // Only terms and exclusions that start at or before the hit can cover it.
      const matches: TrieMatch<boolean>[] = [];
      for (let j = Math.max(0, k - trie.maxWords); j <= k; j++) trie.matchAt(tokens, j, matches);
      const excluded = matches.filter(x => !x.payload);
      let from = -1;
      let to = -1;
      for (const x of matches) {
        if (!x.payload || x.from > k || x.to <= k) continue;
        const cover = excluded.find(e => e.from <= x.from && e.to >= x.to);
        if (cover) {
          // Another sense only when no other term names the phrase ("gluten-free" is a diet).
          const named = matches.some(y => y.payload && y.from <= cover.from && y.to >= cover.to);
          if (!named) senses?.add((tokens[k] as Token).norm);
          continue;
        }
        if (from < 0 || x.from < from) from = x.from;
        to = Math.max(to, x.to);
      }
      if (from < 0) return false;
      const span = { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
      const last = found[found.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else found.push(span);
      coveredTo = span.end;
      return firstOnly;
    });
    return found;
  }

  return {
    test: text => scan(text, true).length > 0,
    find: text => scan(text, false),
    otherSenses: text => {
      const senses = new Set<string>();
      scan(text, false, senses);
      return senses;
    },
  };
}
