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
  return {
    similarity(clause, entryId) {
      const bag = bags.get(entryId);
      if (!bag || !clause.size) return 0;
      let dot = 0;
      let q = 0;
      for (const [w, c] of clause) {
        const weight = c * idf(w);
        q += weight * weight;
        const e = bag.get(w);
        if (e) dot += weight * e * idf(w);
      }
      return q ? dot / (Math.sqrt(q) * (norms.get(entryId) as number)) : 0;
    },
  };
}
