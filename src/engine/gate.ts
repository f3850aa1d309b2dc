/**
 * The cheap gate: does a text mention gut-health vocabulary at all, and where?
 *
 * The content script imports this module alone on every page with only
 * `gate.json`, so it must stay small: no compromise, no claims index. A single
 * precompiled regex over the first words of the anchor terms finds candidate
 * positions; only there do we tokenise a small window and confirm the whole
 * term (and that no exclusion phrase such as "gut feeling" covers it).
 */
import { TermTrie, termWords } from './term-trie';
import { tokenize } from './tokens';
import type { GateIndex } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Gate {
  /** True when `text` mentions at least one anchor term (not excluded). */
  test(text: string): boolean;
  /** Every anchor mention in `text`, in order. */
  find(text: string): Span[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The part of a word every regular inflection starts with ("cause" → "caus"). */
function root(word: string): string {
  return word.length > 3 && /[ey]$/.test(word) ? word.slice(0, -1) : word;
}

/** Builds a regex alternation as a prefix tree so the engine can reject early. */
export function alternation(words: Iterable<string>): string {
  type T = Map<string, T>;
  const tree: T = new Map();
  const END = '';
  for (const w of words) {
    let node = tree;
    for (const ch of w) {
      let child = node.get(ch);
      if (!child) node.set(ch, (child = new Map()));
      node = child;
    }
    node.set(END, new Map());
  }
  const build = (node: T): string => {
    const opt = node.has(END);
    const branches = [...node.entries()].filter(([k]) => k !== END).map(([k, c]) => escape(k) + build(c));
    if (!branches.length) return '';
    const body = branches.length === 1 && !opt ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return opt ? `${body.startsWith('(?:') ? body : `(?:${body})`}?` : body;
  };
  return build(tree);
}

/** Term starts the window may reach back to find an exclusion ("natural gas"). */
const LOOKBACK = 48;
const LOOKAHEAD = 96;

export function compileGate(gate: Pick<GateIndex, 'terms' | 'exclude'>): Gate {
  const trie = new TermTrie<boolean>();
  for (const t of gate.terms) trie.add(t, true);
  for (const t of gate.exclude) trie.add(t, false);
  const firsts = new Set<string>();
  for (const t of gate.terms) {
    const w = termWords(t)[0];
    if (w) firsts.add(t.endsWith('*') && termWords(t).length === 1 ? w : root(w));
  }
  // Case-insensitive, starting on a word boundary; inflections extend the root.
  const source = firsts.size ? `(?<![\\p{L}\\p{N}])${alternation([...firsts].sort())}` : '(?!)';
  const prefilter = new RegExp(source, 'giu');

  function scan(text: string, firstOnly: boolean): Span[] {
    const found: Span[] = [];
    prefilter.lastIndex = 0;
    let coveredTo = -1;
    for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
      const at = m.index;
      if (at < coveredTo) continue;
      const tokens = tokenize(text, Math.max(0, at - LOOKBACK), Math.min(text.length, at + LOOKAHEAD));
      const k = tokens.findIndex(t => t.start === at);
      if (k < 0) continue;
      const matches = trie.matchAll(tokens);
      const excluded = matches.filter(x => !x.payload);
      let best = -1;
      for (const x of matches) {
        if (!x.payload || x.from !== k) continue;
        if (excluded.some(e => e.from <= x.from && e.to >= x.to)) continue;
        best = Math.max(best, x.to);
      }
      if (best < 0) continue;
      const end = (tokens[best - 1] as { end: number }).end;
      found.push({ start: at, end });
      coveredTo = end;
      prefilter.lastIndex = end;
      if (firstOnly) break;
    }
    return found;
  }

  return { test: text => scan(text, true).length > 0, find: text => scan(text, false) };
}
