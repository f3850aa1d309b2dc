/**
 * The first, cheapest question about a text: does any word in it look like
 * the key word of an anchor term? Shared by the full gate (gate.ts, which
 * then confirms whole terms) and the content script, which runs it alone on
 * every page load with key words computed at build time (gate.json), so it
 * pays no tokenising, no term trie and no regex compilation.
 *
 * A term's key word is its most distinctive word near its start ("small
 * intestine" waits for "intestine", not every "small"). One char-code pass
 * over the text hashes each ASCII word as it goes and checks a one-hash
 * Bloom filter of the key words' inflections; only the rare hits are sliced
 * and looked up exactly.
 */

/** The key words of a set of terms, as gate.json carries them. */
export interface GateKeys {
  /** Key words (base forms); their regular inflections match too. */
  keys: string[];
  /** Stems of prefix terms ("inflam*" → "inflam"). */
  stems: string[];
}

/** How far before a key word a term may start (the full gate's window reaches this far back). */
export const KEY_REACH = 40;

/**
 * Everyday words make poor keys: a term is better found by its rarer word
 * ("second brain" by "brain"), or every news page would stop at "second".
 */
const COMMON = new Set(
  'about after again against also among around away back because been before being between both called came come could does down during each even every first found from give good have high into just keep kind know large last less like little long made make many more most much must never next only other over part people place point right same second should show since small some still such take than that their them then there these they thing think this those three through time under until upon used very want well were what when where which while with within without work would year your'.split(
    ' ',
  ),
);

/**
 * The key word of a term given as its words: the longest uncommon word that
 * starts within KEY_REACH characters of the term's start.
 */
export function keyWordOf(words: readonly string[]): string | undefined {
  let best: string | undefined;
  let offset = 0;
  for (const w of words) {
    if (offset > KEY_REACH) break;
    if (/^[a-z]+$/.test(w)) {
      const better = !best || (COMMON.has(best) !== COMMON.has(w) ? !COMMON.has(w) : w.length > best.length);
      if (better) best = w;
    }
    offset += w.length + 1;
  }
  return best;
}

/**
 * Key words and stems of terms, each term given as its words and whether it
 * is a prefix term. Sorted and unique, so gate.json is stable.
 */
export function gateKeys(terms: readonly { words: string[]; prefix: boolean }[]): GateKeys {
  const keys = new Set<string>();
  const stems = new Set<string>();
  for (const { words, prefix } of terms) {
    if (prefix && words.length === 1) stems.add(words[0] as string);
    else {
      const key = keyWordOf(words);
      if (key) keys.add(key);
    }
  }
  return { keys: [...keys].sort(), stems: [...stems].sort() };
}

/** The regular inflections `variants` (tokens.ts) maps back to `w`, plus possessives. */
export function inflections(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`];
  const last = w.charAt(w.length - 1);
  if (last === 'e') out.push(`${w.slice(0, -1)}ing`);
  if (last === 'y') out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  if (last && !'aeiouls'.includes(last)) out.push(`${w}${last}ed`, `${w}${last}ing`);
  return [...out, ...out.map(f => `${f}'s`)];
}

/** Letters a..z as 1..26 (ASCII only: anchor terms are ASCII), else 0. */
const letter = (c: number) => (c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : 0);

/** Step of the rolling word hash: letters case-folded, apostrophes as one code. */
const hashStep = (h: number, code: number) => (Math.imul(h, 31) + code) | 0;
const APOSTROPHE = 27;
const FILTER_BITS = 1 << 18;

function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, letter(word.charCodeAt(i)) || APOSTROPHE);
  return h;
}

/** Is this UTF-16 unit a letter or digit outside ASCII (a word does not start right after one)? */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || letter(c) > 0;
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s.toUpperCase();
}

/** Compiled key words: cheap to build (no regex, no tokenising), cheap to scan. */
export class KeyScanner {
  private readonly forms = new Set<string>();
  private readonly stems: string[];
  private readonly bits = new Uint32Array(FILTER_BITS >>> 5);
  /** Bit n set when some stem has n letters: where to look up a word's running hash. */
  private readonly stemLengths: number;

  constructor({ keys, stems }: GateKeys) {
    for (const k of keys) {
      for (const f of inflections(k)) {
        this.forms.add(f);
        this.set(wordHash(f));
      }
    }
    this.stems = stems;
    this.stemLengths = stems.reduce((mask, s) => mask | (s.length < 31 ? 1 << s.length : 0), 0);
    for (const s of stems) this.set(wordHash(s));
  }

  private set(h: number): void {
    const i = h & (FILTER_BITS - 1);
    this.bits[i >>> 5]! |= 1 << (i & 31);
  }

  private has(h: number): boolean {
    const i = h & (FILTER_BITS - 1);
    return (this.bits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  /**
   * Calls `hit(start, end)` for each word in `text` that is a key word form
   * or starts with a stem, in order; stops when `hit` returns true.
   */
  scan(text: string, hit: (start: number, end: number) => boolean | void): void {
    const n = text.length;
    const stemLengths = this.stemLengths;
    for (let i = 0; i < n;) {
      let code = letter(text.charCodeAt(i));
      if (!code) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      let len = 0;
      let stemHit = false;
      // A word: ASCII letters, with inner apostrophes ("gut's"), hashed as we go.
      for (;;) {
        h = hashStep(h, code);
        len++;
        i++;
        if (!stemHit && (stemLengths >>> len) & 1 && this.has(h)) stemHit = true;
        code = letter(text.charCodeAt(i));
        if (code) continue;
        const q = text.charCodeAt(i);
        if ((q === 39 || q === 0x2019) && letter(text.charCodeAt(i + 1))) code = APOSTROPHE;
        else break;
      }
      if (!stemHit && !this.has(h)) continue;
      if (start > 0 && wordChar(text.charCodeAt(start - 1))) continue;
      const word = text
        .slice(start, i)
        .toLowerCase()
        .replace(/\u2019/g, "'");
      const exact = this.forms.has(word) || (stemHit && this.stems.some(s => word.startsWith(s)));
      if (exact && hit(start, i)) return;
    }
  }

  /** True when `text` has at least one key word. */
  test(text: string): boolean {
    let found = false;
    this.scan(text, () => (found = true));
    return found;
  }
}
