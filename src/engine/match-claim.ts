/**
 * Picks the database entry a span of text asserts, from the concepts it
 * mentions. Word order and voice do not matter ("probiotics repair the gut
 * lining" = "the gut lining can be repaired by probiotics"): an entry
 * matches when every `all` requirement is met by some mention.
 *
 * Among matching entries the best explains the most specific vocabulary.
 * Confidence is how much of the span's own vocabulary the entry accounts
 * for: a sentence about probiotics *and eczema* is not the claim
 * "probiotics help digestion" even though it meets that entry's
 * requirements. Below a threshold we report "not in the database": a wrong
 * verdict costs more than a missing one.
 */
import type { Mention } from './lexicon';
import type { ClaimEntry, ClaimsIndex } from './types';

export interface ClaimMatch {
  entry: ClaimEntry;
  confidence: number;
  /** Character range covered by the mentions the entry used. */
  start: number;
  end: number;
}

export interface ClaimMatcher {
  /** Best entry for the mentions of a span (`length` characters), or null. */
  match(mentions: readonly Mention[], length: number): ClaimMatch | null;
}

/** Minimum confidence for reporting an entry at all. */
export const MIN_CONFIDENCE = 0.5;

type RuleEntry = ClaimEntry & { match: NonNullable<ClaimEntry['match']> };

export function compileMatcher(index: ClaimsIndex): ClaimMatcher {
  // Transitional: entries written only in the structured shape are for the new engine.
  const ruled = index.claims.filter((e): e is RuleEntry => !!e.match);
  const df = new Map<string, number>();
  const byConcept = new Map<string, RuleEntry[]>();
  for (const e of ruled) {
    const refs = new Set([...e.match.all.flat(), ...(e.match.any ?? [])]);
    for (const c of refs) df.set(c, (df.get(c) ?? 0) + 1);
    for (const c of new Set(e.match.all.flat())) {
      const list = byConcept.get(c) ?? [];
      list.push(e);
      byConcept.set(c, list);
    }
  }
  const n = Math.max(1, ruled.length);
  const anchors = new Set(index.concepts.filter(c => c.anchor).map(c => c.id));
  // Specificity: concepts few entries use say more about which claim it is.
  // A concept no entry uses still shows what else the sentence is about; weigh it as middling.
  const idf = (c: string) => Math.log(1 + n / (df.get(c) ?? Math.max(1, n / 10)));
  const weight = (m: Mention) => idf(m.concept) * (1 + 0.2 * Math.min(3, m.words - 1));

  return {
    match(mentions, length) {
      if (!mentions.length) return null;
      const best = new Map<string, Mention>();
      for (const m of mentions) {
        const seen = best.get(m.concept);
        if (!seen || weight(m) > weight(seen)) best.set(m.concept, m);
      }

      const candidates = new Set<RuleEntry>();
      for (const c of best.keys()) for (const e of byConcept.get(c) ?? []) candidates.add(e);

      const scored: { entry: RuleEntry; score: number; used: Mention[] }[] = [];
      for (const e of candidates) {
        if (e.match.none?.some(c => best.has(c))) continue;
        const used: Mention[] = [];
        let ok = true;
        for (const req of e.match.all) {
          let pick: Mention | undefined;
          for (const c of req) {
            const m = best.get(c);
            if (m && (!pick || weight(m) > weight(pick))) pick = m;
          }
          if (!pick) {
            ok = false;
            break;
          }
          used.push(pick);
        }
        if (!ok) continue;
        if (e.match.any) {
          const extra = e.match.any.map(c => best.get(c)).filter((m): m is Mention => !!m);
          if (!extra.length) continue;
          used.push(...extra);
        }
        // Every mention of a concept the entry names is accounted for, not just the pick.
        const named = new Set([...e.match.all.flat(), ...(e.match.any ?? [])]);
        for (const m of best.values()) if (named.has(m.concept)) used.push(m);
        const distinct = [...new Set(used)];
        const score = distinct.reduce((s, m) => s + weight(m), 0) + 0.1 * e.match.all.length;
        scored.push({ entry: e, score, used: distinct });
      }
      if (!scored.length) return null;
      scored.sort((a, b) => b.score - a.score || b.entry.match.all.length - a.entry.match.all.length);
      const top = scored[0] as (typeof scored)[number];
      const runnerUp = scored.find(s => s.entry.evidence !== top.entry.evidence);

      // What the sentence says that the entry does not account for. Nested mentions
      // ("gut" in "gut lining") and other concepts on the same words add nothing.
      const explained = top.used.reduce((s, m) => s + weight(m), 0);
      let unexplained = 0;
      for (const m of best.values()) {
        if (m.nested || top.used.includes(m)) continue;
        if (top.used.some(u => u.start < m.end && m.start < u.end)) continue;
        unexplained += weight(m);
      }
      const coverage = explained / Math.max(explained + unexplained, 1e-9);
      const start = Math.min(...top.used.map(m => m.start));
      const end = Math.max(...top.used.map(m => m.end));
      const spread = (end - start) / Math.max(length, 1);
      const hasAnchor = top.used.some(m => anchors.has(m.concept));
      // Entries needing a single concept are weak evidence of *which* claim it is.
      const arity = Math.min(1, top.entry.match.all.length / 2);
      let confidence = 0.6 * coverage + 0.25 * arity + 0.15 * (1 - Math.min(1, spread));
      if (!hasAnchor) confidence *= 0.5;
      // A close rival with another level makes the verdict a coin toss.
      if (runnerUp && runnerUp.score >= top.score * 0.95) confidence *= 0.8;
      return { entry: top.entry, confidence: Math.round(confidence * 1000) / 1000, start, end };
    },
  };
}
