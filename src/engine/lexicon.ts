/**
 * The concept matcher: which concepts of the claims index a span of text
 * mentions, and where. One trie holds every concept term and every exclusion
 * phrase; a term inside an exclusion phrase of its own concept is dropped.
 */
import { NUMBER_WORDS, POPULATION_WORDS, PREVALENCE_CONCEPT, SCALE_WORDS } from './data/quantities';
import { TermTrie, type TrieMatch } from './term-trie';
import { tokenize, type Token } from './tokens';
import type { Concept } from './types';

export interface Mention {
  concept: string;
  start: number;
  end: number;
  /** Words in the matched term: longer terms are more specific. */
  words: number;
  /** Lies inside a longer mention of another concept ("gut" in "gut lining"). */
  nested: boolean;
  anchor: boolean;
  /**
   * A one-word term that also appears in its concept's exclusion phrases
   * ("gut" / "gut feeling", "colon" / "colon character"): the database says
   * the word has other senses, so alone it is weak evidence of gut health.
   */
  ambiguous: boolean;
  /** Named after "other" ("kefir, kimchi and other fermented foods"): the family the things before it belong to. */
  other?: true;
}

interface Entry {
  concept: string;
  exclude: boolean;
  anchor: boolean;
  /** A one-word term that is a word (or the base of a word) of one of its concept's exclusion phrases. */
  polysemous: boolean;
}

/** A run of tokens and every term match in it (token indices into `tokens`). */
export interface Scan {
  tokens: readonly Token[];
  raw: readonly TrieMatch<unknown>[];
}

export interface Lexicon {
  /** Concept mentions in `text.slice(from, to)`, offsets into `text`. */
  mentions(text: string, from?: number, to?: number): Mention[];
  /** Same, over tokens already computed. */
  mentionsIn(tokens: readonly Token[]): Mention[];
  /** Tokens of `text.slice(from, to)` and their term matches, for `mentionsOf` and `narrow`. */
  scan(text: string, from: number, to: number): Scan;
  /** The mentions of a scan: `mentionsIn(scan.tokens)`, without matching the terms again. */
  mentionsOf(scan: Scan): Mention[];
  concept(id: string): Concept | undefined;
}

/**
 * The scan of tokens `from`..`to` of a longer scan: the same as scanning them afresh, since a
 * term match depends only on the tokens it spans. (Whether those tokens are what tokenising that
 * stretch of text afresh gives is the caller's business: see `tokensWithin` in tokens.ts.)
 */
export function narrow(scan: Scan, from: number, to: number): Scan {
  const raw: TrieMatch<unknown>[] = [];
  for (const m of scan.raw) if (m.from >= from && m.to <= to) raw.push({ ...m, from: m.from - from, to: m.to - from });
  return { tokens: scan.tokens.slice(from, to), raw };
}

export function compileLexicon(concepts: readonly Concept[]): Lexicon {
  const trie = new TermTrie<Entry>();
  const byId = new Map<string, Concept>();
  for (const c of concepts) {
    byId.set(c.id, c);
    // The database names the terms with other everyday senses ("wind", "colon").
    const ambiguous = new Set(c.ambiguous ?? []);
    for (const t of c.terms)
      trie.add(t, { concept: c.id, exclude: false, anchor: c.anchor, polysemous: ambiguous.has(t) });
    for (const t of c.exclude) trie.add(t, { concept: c.id, exclude: true, anchor: c.anchor, polysemous: true });
  }

  const prevalence = byId.get(PREVALENCE_CONCEPT);
  type Raw = ReturnType<typeof trie.matchAll>[number];
  /** Numeric prevalence phrases, as trie-style matches of the prevalence concept. */
  function quantities(tokens: readonly Token[]): Raw[] {
    const out: Raw[] = [];
    const payload: Entry = {
      concept: PREVALENCE_CONCEPT,
      exclude: false,
      anchor: !!prevalence?.anchor,
      polysemous: false,
    };
    const num = (k: number) => {
      const t = tokens[k]?.norm;
      return !!t && (/^\d+(?:\d{3})*$/.test(t) || NUMBER_WORDS.has(t));
    };
    const at = (k: number) => tokens[k]?.norm;
    for (let i = 0; i < tokens.length; i++) {
      if (!num(i)) continue;
      let j = i + 1;
      if (POPULATION_WORDS.has(at(j) ?? '')) j++;
      // "one in seven", "one adult in seven", "four out of ten"
      let k = at(j) === 'in' ? j + 1 : at(j) === 'out' && at(j + 1) === 'of' ? j + 2 : -1;
      if (k > 0 && at(k) === 'every') k++;
      if (k > 0 && num(k)) {
        out.push({ from: i, to: k + 1, payload });
        i = k;
        continue;
      }
      // "70 million Americans", "40 percent of adults", "40% of adults" (the sign is not a token)
      j = i + 1;
      if (SCALE_WORDS.has(at(j) ?? '') && POPULATION_WORDS.has(at(j + 1) ?? '')) {
        out.push({ from: i, to: j + 2, payload });
        i = j + 1;
        continue;
      }
      if (at(j) === 'percent') j++;
      else if (at(j) === 'per' && at(j + 1) === 'cent') j += 2;
      if (
        at(j) === 'of' &&
        (at(j + 1) === 'the' ? POPULATION_WORDS.has(at(j + 2) ?? '') : POPULATION_WORDS.has(at(j + 1) ?? ''))
      ) {
        const end = at(j + 1) === 'the' ? j + 3 : j + 2;
        out.push({ from: i, to: end, payload });
        i = end - 1;
      }
    }
    return out;
  }

  function mentionsIn(tokens: readonly Token[]): Mention[] {
    return fromMatches(tokens, trie.matchAll(tokens));
  }

  function fromMatches(tokens: readonly Token[], raw: readonly Raw[]): Mention[] {
    // Linear in the text: a term spans at most `longest` tokens, so whatever covers a match
    // starts at most that far before it (an O(n²) scan here made long unpunctuated text crawl).
    let longest = 1;
    const excludedAt = new Map<number, (typeof raw)[number][]>();
    for (const m of raw) {
      longest = Math.max(longest, m.to - m.from);
      if (m.payload.exclude) (excludedAt.get(m.from) ?? excludedAt.set(m.from, []).get(m.from))?.push(m);
    }
    const excluded = (m: (typeof raw)[number]) => {
      if (!excludedAt.size) return false;
      for (let f = Math.max(0, m.from - longest); f <= m.from; f++)
        for (const e of excludedAt.get(f) ?? [])
          if (e.payload.concept === m.payload.concept && e.to >= m.to) return true;
      return false;
    };
    // One mention per concept and position: the longest term.
    const best = new Map<string, (typeof raw)[number]>();
    for (const m of raw) {
      if (m.payload.exclude || excluded(m)) continue;
      const key = `${m.payload.concept}@${m.from}`;
      const seen = best.get(key);
      if (!seen || m.to > seen.to) best.set(key, m);
    }
    const list = [...best.values()];
    if (prevalence)
      for (const q of quantities(tokens)) {
        list.push(q);
        longest = Math.max(longest, q.to - q.from);
      }
    const startingAt = new Map<number, (typeof raw)[number][]>();
    for (const m of list) (startingAt.get(m.from) ?? startingAt.set(m.from, []).get(m.from))?.push(m);
    const nested = (m: (typeof raw)[number]) => {
      for (let f = Math.max(0, m.from - longest); f <= m.from; f++)
        for (const o of startingAt.get(f) ?? [])
          if (o.payload.concept !== m.payload.concept && o.to >= m.to && o.to - o.from > m.to - m.from) return true;
      return false;
    };
    return list
      .map(m => ({
        concept: m.payload.concept,
        start: (tokens[m.from] as Token).start,
        end: (tokens[m.to - 1] as Token).end,
        words: m.to - m.from,
        nested: nested(m),
        anchor: m.payload.anchor,
        ambiguous: m.payload.polysemous,
        ...(tokens[m.from - 1]?.norm === 'other' ? { other: true as const } : {}),
      }))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return {
    mentions: (text, from = 0, to = text.length) => mentionsIn(tokenize(text, from, to)),
    mentionsIn,
    scan: (text, from, to) => {
      const tokens = tokenize(text, from, to);
      return { tokens, raw: trie.matchAll(tokens) };
    },
    // Only this lexicon's scans reach it: their matches carry its entries.
    mentionsOf: scan => fromMatches(scan.tokens, scan.raw as readonly Raw[]),
    concept: id => byId.get(id),
  };
}
