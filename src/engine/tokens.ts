/**
 * Word tokens with character offsets, and the inflection rule shared by the
 * gate and the concept matcher: a text word matches a listed word when one of
 * its `variants` equals it ("heals", "healed", "healing" → "heal").
 */

export interface Token {
  /** Lowercased word, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
}

// Letters/digits, keeping inner apostrophes ("don't", "gut's") in one token.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// A reference marker: "(1)", "[2]", "[3, 4]", "(5–7)".
const MARKER = /^[[(]\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[\])]$/;
const MARKER_INNER = /[\d,\s–-]/;

/**
 * Is the number at [start, end) inside a reference marker? Markers sit inside sentences
 * ("makes up 70% (1) of the immune system"), where they would split a term or a verb group.
 */
function inMarker(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 12 && MARKER_INNER.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < text.length && b - end < 12 && MARKER_INNER.test(text[b] as string)) b++;
  return a > 0 && MARKER.test(text.slice(a - 1, b + 1));
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`; reference markers are left out. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const c = m[0].charCodeAt(0);
    if (c >= 48 && c <= 57 && m[0].length <= 3 && inMarker(text, m.index, end)) continue;
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end });
  }
  return out;
}

/** Could this UTF-16 unit be part of a token? (Any surrogate counts: an astral letter may be.) */
function tokenUnit(c: number): boolean {
  if (c === 39 || c === 0x2019 || (c >= 0xd800 && c <= 0xdfff)) return true;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/** No token can run across offset `at`: the characters either side are not both token characters. */
export function tokenBoundary(text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !tokenUnit(text.charCodeAt(at - 1)) || !tokenUnit(text.charCodeAt(at));
}

/**
 * The indices [i, j) of the tokens of `tokenize(text, a, b)` that lie in [from, to), or null
 * unless that slice is exactly `tokenize(text, from, to)`. It is when no token can run across
 * `from` or `to` (the scan from `a` then meets the same words from `from` on; marker checks read
 * the whole text either way), so a block tokenised once serves each of its sentences.
 */
export function tokensWithin(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): [number, number] | null {
  if (!tokenBoundary(text, from) || !tokenBoundary(text, to)) return null;
  const first = (at: number) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first(from), first(to)];
}

const cache = new Map<string, string[]>();

/**
 * The word itself plus the bases it may be a regular inflection of. Over-
 * generating is harmless: a variant only matters when it is a listed word.
 */
export function variants(word: string): string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const out = [word];
  const add = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  let w = word;
  if (w.endsWith("'s")) {
    w = w.slice(0, -2);
    add(w);
  }
  if (w.endsWith('ies') || w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
    undouble(w.slice(0, -2), add);
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    undouble(w.slice(0, -3), add);
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** "stopp" → "stop" (stopped, stopping). */
function undouble(stem: string, add: (w: string) => void): void {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[aeiouls]/.test(stem[n - 1] ?? '')) add(stem.slice(0, -1));
}
