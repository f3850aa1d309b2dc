/**
 * Word overlap between a clause and an entry's own wording (its statement
 * and verdict), weighted by how rare each word is among entries. It tells
 * apart entries that share subject and object ("the anti-candida diet starves
 * yeast" vs "diet affects IBD symptoms") without any page's phrasing.
 */
import { tokenize, variants } from './tokens';

/** Function words and words every entry uses: they say nothing about which claim it is. */
const STOP = new Set(
  'a an the and or but of in on at by for with to from into as is are was were be been being it its this that these those which who whom whose what when where why how than then so such can could may might will would should must do does did have has had not no nor only also more most less least very much many some any all each every other your you our we they their there here just about over under after before between through during up down out off again further once both few own same too s t don i me my he she his her him them us'.split(
    ' ',
  ),
);

/** A word reduced to a base form (the shortest of its regular-inflection variants). */
export function stem(word: string): string {
  const v = variants(word);
  let best = word;
  for (const x of v) if (x.length >= 3 && x.length < best.length) best = x;
  return best;
}

export function bagOf(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokenize(text)) {
    if (t.norm.length < 3 || STOP.has(t.norm) || /^\d/.test(t.norm)) continue;
    const s = stem(t.norm);
    bag.set(s, (bag.get(s) ?? 0) + 1);
  }
  return bag;
}

export interface LexicalIndex {
  /** Cosine (0..1) between a clause's words and an entry's, TF-IDF weighted. */
  similarity(clause: ReadonlyMap<string, number>, entryId: string): number;
}

export function compileLexical(entries: readonly { id: string; statement: string; verdict: string }[]): LexicalIndex {
  const bags = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const e of entries) {
    const bag = bagOf(`${e.statement} ${e.verdict}`);
    bags.set(e.id, bag);
    for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = Math.max(1, entries.length);
  const idf = (w: string) => Math.log(1 + n / (df.get(w) ?? 0.5));
  const norms = new Map<string, number>();
  for (const [id, bag] of bags) {
    let s = 0;
    for (const [w, c] of bag) s += (c * idf(w)) ** 2;
    norms.set(id, Math.sqrt(s) || 1);
  }
  /**
   * A clause's weighted words and its squared norm, computed once per clause rather than once per
   * candidate entry (the matcher asks about dozens of entries per clause). The arithmetic is the
   * same, in the same order, so the similarity is bit-for-bit what it was.
   */
  interface Weighted {
    words: string[];
    weights: number[];
    idfs: number[];
    q: number;
  }
  const weighted = new WeakMap<ReadonlyMap<string, number>, Weighted>();
  const weigh = (clause: ReadonlyMap<string, number>): Weighted => {
    let known = weighted.get(clause);
    if (known) return known;
    known = { words: [], weights: [], idfs: [], q: 0 };
    for (const [w, c] of clause) {
      const i = idf(w);
      const weight = c * i;
      known.q += weight * weight;
      known.words.push(w);
      known.weights.push(weight);
      known.idfs.push(i);
    }
    weighted.set(clause, known);
    return known;
  };
  return {
    similarity(clause, entryId) {
      const bag = bags.get(entryId);
      if (!bag || !clause.size) return 0;
      const { words, weights, idfs, q } = weigh(clause);
      let dot = 0;
      for (let k = 0; k < words.length; k++) {
        const e = bag.get(words[k] as string);
        if (e) dot += (weights[k] as number) * e * (idfs[k] as number);
      }
      return q ? dot / (Math.sqrt(q) * (norms.get(entryId) as number)) : 0;
    },
  };
}
