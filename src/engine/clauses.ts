/**
 * Splits a sentence into clauses where one sentence may hold two claims:
 * at semicolons, before ", but" / ", while" / ", although" / ", whereas",
 * after a leading "While …," / "Although …," subordinate clause, and after a
 * participial opener ("Found in yogurt, kefir and kimchi, probiotics…").
 * Offsets are into the full text.
 */
import nlp from 'compromise';

export interface Clause {
  start: number;
  end: number;
}

// ", contributing to…" / ", leading to…": a participle after a comma states a consequence.
const BREAK =
  /;\s+|,\s+(?=(?:but|while|whereas|although|though|yet|however)\b)|\s+but\s+(?=[a-z])|,\s+(?=(?:contributing|leading|resulting|causing|helping|allowing|making|promoting|triggering)\b)/g;
const LEADING =
  /^(?:(?:while|although|though|whereas|even\s+though)\b[^,]{8,}?,\s+|(?:found|made|produced|packed|loaded|rich|available|sold|known)\s+(?:in|with|as|by|from|for)\b[^.;]{8,},\s+(?!(?:and|or)\b))/i;

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

// A list joint: ", " / ", and " / " and " / ", or " before the next item.
const JOINT = /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g;

// Items of a list start lowercase; capitalised words (names, new sentences) never reach the tagger.
const LOWER = /^\p{Ll}/u;
const verbCache = new Map<string, boolean>();

/** Does `words` start with a finite verb ("produces", "holds", "can cause")? */
function startsWithVerb(words: string): boolean {
  if (!LOWER.test(words)) return false;
  let verb = verbCache.get(words);
  if (verb === undefined) {
    const next = nlp(`it ${words}`).terms().eq(1);
    verb = next.has('(#PresentTense|#PastTense|#Modal)') && !next.has('#Gerund');
    if (verbCache.size > 5000) verbCache.clear();
    verbCache.set(words, verb);
  }
  return verb;
}

/**
 * A sentence listing predicates of one subject ("The gut holds most immune cells,
 * produces serotonin and hosts trillions of microbes") split into one span per
 * predicate; the later spans have no subject of their own. A single span when the
 * sentence is not such a list. Only sentences with a list joint reach the tagger.
 */
export function predicateList(text: string, start: number, end: number): Clause[] {
  const body = text.slice(start, end);
  const cuts: [number, number][] = [];
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(body); m; m = JOINT.exec(body)) {
    const after = m.index + m[0].length;
    const next = /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?/u.exec(body.slice(after))?.[0];
    if (next && startsWithVerb(next)) cuts.push([m.index, after]);
  }
  if (!cuts.length) return [{ start, end }];
  const out: Clause[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    out.push({ start: start + from, end: start + a });
    from = b;
  }
  out.push({ start: start + from, end });
  // An item with a finite verb of its own just after its first word ("gas and diarrhoea
  // are common") has a subject of its own: the tagger read a noun ("gas") as a verb.
  const ownVerb = out.slice(1).some(c => AUXILIARY.test(text.slice(c.start, c.end).split(/\s+/).slice(1, 4).join(' ')));
  return ownVerb ? [{ start, end }] : out;
}

const AUXILIARY = /\b(?:is|are|was|were|has|have|had|do|does|did|can|could|may|might|will|would|should|must)\b/i;
