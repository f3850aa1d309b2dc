/**
 * The cheap gate: does a text mention gut-health vocabulary at all, and where?
 *
 * The content script imports this module alone on every page with only
 * `gate.json`, so it must stay small: no compromise, no claims index. A single
 * precompiled regex over the first words of the anchor terms finds candidate
 * positions; only there do we tokenise a small window and confirm the whole
 * term (and that no exclusion phrase such as "gut feeling" covers it).
 */
import { TermTrie, termWords, type TrieMatch } from './term-trie';
import { tokenize, type Token } from './tokens';
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

/** How far around a key word the window reaches to see a whole term or exclusion. */
const LOOKBACK = 48;
const LOOKAHEAD = 80;

/**
 * The prefilter: one regex matching the start of every term, its words
 * separated by spaces or hyphens, its last word cut to the root every
 * inflection shares ("repair" also finds "repairs", "repaired"). Built as a
 * character prefix tree, so V8 rejects most positions after a letter or two.
 */
export function prefilterSource(terms: readonly string[]): string {
  const SEP = '\u0001';
  const forms = new Set<string>();
  for (const t of terms) {
    const words = termWords(t);
    if (!words.length) continue;
    const last = words.length - 1;
    if (!t.endsWith('*')) words[last] = root(words[last] as string);
    forms.add(words.join(SEP));
  }
  if (!forms.size) return '(?!)';
  // `alternation` escapes regex syntax but leaves the separator alone.
  return `\\b${alternation([...forms].sort()).replaceAll(SEP, "[\\s\\-']+")}`;
}

export function compileGate(gate: Pick<GateIndex, 'terms' | 'exclude'>): Gate {
  const trie = new TermTrie<boolean>();
  for (const t of gate.terms) trie.add(t, true);
  for (const t of gate.exclude) trie.add(t, false);
  // ASCII \b with the plain `gi` flags keeps V8 on its fast path; terms are ASCII.
  const prefilter = new RegExp(prefilterSource(gate.terms), 'gi');

  function scan(text: string, firstOnly: boolean): Span[] {
    const found: Span[] = [];
    prefilter.lastIndex = 0;
    let coveredTo = -1;
    for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
      const at = m.index;
      if (at < coveredTo) continue;
      const tokens = tokenize(text, Math.max(0, at - LOOKBACK), Math.min(text.length, at + LOOKAHEAD));
      const k = tokens.findIndex(t => t.start <= at && t.end > at);
      if (k < 0) continue;
      // Resume after this word, not after the whole regex match: a longer prefix
      // ("gut microbi…") may hide a term that starts inside it ("microbiome").
      prefilter.lastIndex = (tokens[k] as Token).end;
      // Only terms and exclusions that start at or before the hit can cover it.
      const matches: TrieMatch<boolean>[] = [];
      for (let i = Math.max(0, k - trie.maxWords); i <= k; i++) trie.matchAt(tokens, i, matches);
      const excluded = matches.filter(x => !x.payload);
      let from = -1;
      let to = -1;
      for (const x of matches) {
        if (!x.payload || x.from > k || x.to <= k) continue;
        if (excluded.some(e => e.from <= x.from && e.to >= x.to)) continue;
        if (from < 0 || x.from < from) from = x.from;
        to = Math.max(to, x.to);
      }
      if (from < 0) continue;
      const span = { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end };
      const last = found[found.length - 1];
      if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
      else found.push(span);
      coveredTo = span.end;
      if (firstOnly) break;
    }
    return found;
  }

  return { test: text => scan(text, true).length > 0, find: text => scan(text, false) };
}
