/**
 * Splits a sentence into clauses where one sentence may hold two claims:
 * at semicolons, before ", but" / ", while" / ", although" / ", whereas",
 * after a leading "While …," / "Although …," / "Because …," subordinate clause (each
 * states something of its own), and after a
 * participial opener ("Found in yogurt, kefir and kimchi, probiotics…").
 * Offsets are into the full text.
 */
import { namingAppositive, relativeThat, type Word } from './tagger';

export interface Clause {
  start: number;
  end: number;
}

// ", contributing to…" / ", leading to…": a participle after a comma states a consequence.
// ", because it…", ", as it may…": a reason clause is a statement of its own (an advice's "not"
// must not reach it).
const BREAK =
  /;\s+|,\s+(?=(?:but|while|whereas|although|though|yet|however|because|since)\b)|,\s+(?=as\s+(?:it|they|this|these|that|he|she|we|you)\b)|\s+but\s+(?=[a-z])|,\s+(?=(?:contributing|leading|resulting|causing|helping|allowing|making|promoting|triggering)\b)/g;
const LEADING =
  /^(?:(?:while|although|though|whereas|even\s+though|because|since)\b[^,]{8,}?,\s+|(?:found|made|produced|packed|loaded|rich|available|sold|known)\s+(?:in|with|as|by|from|for)\b[^.;]{8,},\s+(?!(?:and|or)\b))/i;

export function clauses(text: string, start: number, end: number): Clause[] {
  const body = text.slice(start, end);
  const cuts: [number, number][] = [];
  const lead = LEADING.exec(body);
  if (lead) cuts.push([lead[0].replace(/,\s+$/, '').length, lead[0].length]);
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(body); m; m = BREAK.exec(body)) {
    if (lead && m.index < lead[0].length) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  if (!cuts.length) return [{ start, end }];
  cuts.sort((a, b) => a[0] - b[0]);
  const out: Clause[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    if (a > from) out.push({ start: start + from, end: start + a });
    from = b;
  }
  if (from < body.length) out.push({ start: start + from, end });
  return out.filter(c => /[\p{L}]{2}/u.test(text.slice(c.start, c.end)));
}

/**
 * A sentence listing predicates of one subject ("The gut holds most immune cells, produces
 * serotonin and hosts trillions of microbes"), split into one span per predicate; the later
 * spans have no subject of their own and borrow it. Reads the clause's tagged words: a list
 * joint (", ", ", and ", " and ", " or ") followed by a third-person verb, or by a modal after the
 * main clause's first verb.
 * A single span when the clause is not such a list.
 */
export function predicateList(words: readonly Word[], start: number, end: number): Clause[] {
  const cuts: number[] = [];
  let sawVerb = false;
  // A verb of the main clause, not of a relative one ("food that is not absorbed …").
  let sawMainVerb = false;
  let relative = false;
  let relativeVerb = false;
  for (let k = 0; k < words.length; k++) {
    const appositive = namingAppositive(words, k);
    if (appositive > 0) {
      k = appositive - 1;
      continue;
    }
    const w = words[k] as Word;
    const before = words[k - 1];
    if (w.tag === 'WH' || relativeThat(w, before)) relative = true;
    // A modal after the joint opens a predicate too: "…are not supported by evidence and may
    // cause harm".
    const verb = (w.tag === 'VERB' && /s$/.test(w.norm) && !!w.lemma) || (w.tag === 'MODAL' && sawMainVerb);
    if (sawVerb && verb) {
      const prev = words[k - 1] as Word;
      const joint = w.before.includes(',') || (prev.tag === 'CC' && (prev.norm === 'and' || prev.norm === 'or'));
      // "…, and contains": cut before the conjunction so each span starts at its verb.
      if (joint) cuts.push(prev.tag === 'CC' ? k - 1 : k);
    }
    const verbal = w.tag === 'VERB' || w.tag === 'VBD' || w.tag === 'BE' || w.tag === 'MODAL' || w.tag === 'HAVE';
    if (verbal) {
      sawVerb = true;
      if (relative) relativeVerb = true;
      else sawMainVerb = true;
    } else if (relativeVerb && w.tag !== 'NEG' && w.tag !== 'ADV' && w.tag !== 'VBN') {
      // The relative clause's verb group has ended.
      relative = false;
      relativeVerb = false;
    }
  }
  if (!cuts.length) return [{ start, end }];
  const out: Clause[] = [];
  let from = start;
  for (const k of cuts) {
    const at = (words[k] as Word).start;
    const trimmed = trimEnd(at);
    if (trimmed > from) out.push({ start: from, end: trimmed });
    from = (words[k] as Word).tag === 'CC' ? (words[k + 1] as Word).start : at;
  }
  out.push({ start: from, end });
  // Each item must be a predicate of some length, or this was a list of nouns after all.
  return out.length > 1 && out.every(c => c.end - c.start > 8) ? out : [{ start, end }];

  function trimEnd(at: number): number {
    // Back over the joint's comma and spaces, which belong to neither item.
    let e = at;
    const prevWord = words.find(x => x.end <= at && words[words.indexOf(x) + 1]?.start === at) ?? null;
    if (prevWord) e = prevWord.end;
    return e;
  }
}
