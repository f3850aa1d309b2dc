/**
 * A word trie over listed terms ("leaky gut", "inflam*"), matched against
 * tokens. Hyphens and spaces are equivalent ("high-fibre" = "high fibre"),
 * words may carry regular inflections, a trailing `*` makes the last word a
 * prefix. Used by the gate (anchor terms only) and the concept matcher (all).
 */
import { tokenize, variants, type Token } from './tokens';

interface Node<P> {
  next: Map<string, Node<P>>;
  /** Payloads of terms ending here. */
  ends: P[];
  /** Prefix terms ending here: last word stem → payloads. */
  prefixes: [string, P[]][];
}

export interface TrieMatch<P> {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  payload: P;
}

const newNode = <P>(): Node<P> => ({ next: new Map(), ends: [], prefixes: [] });

/** Words of a listed term, lowercased, hyphen/space-insensitive. */
export function termWords(term: string): string[] {
  return tokenize(term.replace(/\*$/, '')).map(t => t.norm);
}

export class TermTrie<P> {
  private readonly root: Node<P> = newNode();
  /** Longest term in words: bounds how far a match can reach. */
  maxWords = 0;

  add(term: string, payload: P): void {
    const words = termWords(term);
    if (!words.length) return;
    this.maxWords = Math.max(this.maxWords, words.length);
    let node = this.root;
    const prefix = term.endsWith('*');
    const last = prefix ? words.length - 1 : words.length;
    for (let i = 0; i < last; i++) {
      const w = words[i] as string;
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = newNode()));
      node = child;
    }
    if (prefix) {
      const stem = words[words.length - 1] as string;
      const slot = node.prefixes.find(([s]) => s === stem);
      if (slot) slot[1].push(payload);
      else node.prefixes.push([stem, [payload]]);
    } else node.ends.push(payload);
  }

  /** Every term match starting at token `i` (all lengths). */
  matchAt(tokens: readonly Token[], i: number, out: TrieMatch<P>[]): void {
    let frontier: Node<P>[] = [this.root];
    for (let j = i; j < tokens.length && frontier.length; j++) {
      const word = (tokens[j] as Token).norm;
      const forms = variants(word);
      const nextFrontier: Node<P>[] = [];
      for (const node of frontier) {
        for (const [stem, payloads] of node.prefixes) {
          if (word.startsWith(stem)) for (const p of payloads) out.push({ from: i, to: j + 1, payload: p });
        }
        for (const f of forms) {
          const child = node.next.get(f);
          if (!child) continue;
          for (const p of child.ends) out.push({ from: i, to: j + 1, payload: p });
          if (child.next.size || child.prefixes.length) nextFrontier.push(child);
        }
      }
      frontier = nextFrontier;
    }
  }

  /** Every term match in `tokens`. */
  matchAll(tokens: readonly Token[]): TrieMatch<P>[] {
    const out: TrieMatch<P>[] = [];
    for (let i = 0; i < tokens.length; i++) this.matchAt(tokens, i, out);
    return out;
  }
}
