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

/** The part of a word every regular inflection starts with ("cause" → "caus", "dye" → "dy"). */
function root(word: string): string {
  return word.length > 1 && /[ey]$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * What may follow `root(word)` in a text word that `variants` maps back to
 * `word` (see tokens.ts): the cut e/y, then -s, -es, -ed, -d, -ing, a doubled
 * consonant + -ed/-ing, or -ies/-ied for a cut y; then a possessive; then the
 * end of the word. A superset of those forms (a false hit only costs a
 * check), but not of every word the root starts: "wind" no longer stops at
 * every "window", which on a page without gut vocabulary was most of the
 * gate's work.
 */
const INFLECTION = "(?:[ey]?(?:s|es|e?d|ing|[a-z](?:ed|ing))?|ies|ied)(?:['\u2019]s)?(?![a-z0-9])";

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

/** How much of a term's second word the prefilter checks: enough to tell "at home" from "at the". */
const SECOND_WORD_CHARS = 3;

/**
 * The prefilter: one small regex matching where a term may start. A
 * one-word term is its root followed by an inflection ("repair" also finds
 * "repairs", "repaired", not "repairman"); a longer term is its first word
 * and the start of its second ("leaky gu"); a prefix term ("inflam*") its
 * stem. Each kind is a character prefix tree, so V8 rejects most positions
 * after a letter or two, and the whole stays a few kB: compiling a regex
 * that spells out every term in full took V8 50 ms or more, on every page.
 * The tokens and the term trie then confirm each hit.
 */
export function prefilterSource(terms: readonly string[]): string {
  const SEP = '\u0001';
  const single = new Set<string>();
  const multi = new Set<string>();
  const prefix = new Set<string>();
  for (const t of terms) {
    const words = termWords(t);
    if (!words.length) continue;
    if (words.length > 1) {
      const second = t.endsWith('*') && words.length === 2 ? (words[1] as string) : root(words[1] as string);
      multi.add(`${words[0] as string}${SEP}${second.slice(0, SECOND_WORD_CHARS)}`);
    } else if (t.endsWith('*')) prefix.add(words[0] as string);
    else single.add(root(words[0] as string));
  }
  const parts: string[] = [];
  if (single.size) parts.push(`${group(alternation([...single].sort()))}${INFLECTION}`);
  if (multi.size) parts.push(alternation([...multi].sort()).replaceAll(SEP, "[\\s\\-']+"));
  if (prefix.size) parts.push(alternation([...prefix].sort()));
  if (!parts.length) return '(?!)';
  // `alternation` escapes regex syntax but leaves the separator alone.
  return `\\b(?:${parts.join('|')})`;
}

/** A regex made one atom (so a suffix applies to all of it). */
const group = (re: string) => (re.startsWith('(?:') && re.endsWith(')') ? re : `(?:${re})`);

export function compileGate(gate: Pick<GateIndex, 'terms' | 'exclude'>): Gate {
  // ASCII \b with the plain `gi` flags keeps V8 on its fast path; terms are ASCII.
  const prefilter = new RegExp(prefilterSource(gate.terms), 'gi');
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
      const trie = getTrie();
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
