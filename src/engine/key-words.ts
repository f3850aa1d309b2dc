/**
 * The first, cheapest question about a text: does any word in it look like
 * the key word of an anchor term? Shared by the full gate (gate.ts, which
 * then confirms whole terms) and the content script, which runs it alone on
 * every page load with key words computed at build time (gate.json), so it
 * pays no tokenising and no term trie.
 *
 * A term's key word is its most distinctive word near its start ("small
 * intestine" waits for "intestine", not every "small"). One regular
 * expression (a trie of the key words, then any regular ending) finds the
 * words that may be key word forms; only those rare hits are sliced and
 * checked exactly against `inflections`.
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

/** Is this UTF-16 unit a letter or digit outside ASCII (a word does not start right after one)? */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || letter(c) > 0;
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s.toUpperCase();
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Sorted, unique lower-case ASCII words as one regex alternation shaped
 * like a trie ("bloat(?:ed|ing)"), so the regex engine tries each shared
 * prefix once.
 */
function trieSource(words: readonly string[], from = 0, to = words.length, depth = 0): string {
  const alts: string[] = [];
  let optional = false;
  for (let i = from; i < to;) {
    const w = words[i] as string;
    if (w.length === depth) {
      optional = true;
      i++;
      continue;
    }
    const c = w.charAt(depth);
    let j = i + 1;
    while (j < to && (words[j] as string).charAt(depth) === c) j++;
    alts.push(c + trieSource(words, i, j, depth + 1));
    i = j;
  }
  if (!alts.length) return '';
  const body = alts.length === 1 && !optional ? (alts[0] as string) : `(?:${alts.join('|')})`;
  return optional ? `${body}?` : body;
}

/** Words `word` may be a regular inflection of (see `inflections`), itself included. */
function bases(word: string): string[] {
  const out = [word];
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w !== word) out.push(w);
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing', 'ies', 'ied']) {
    if (!w.endsWith(suffix)) continue;
    const b = w.slice(0, -suffix.length);
    out.push(b, `${b}e`, `${b}y`, b.slice(0, -1));
  }
  return out;
}

/**
 * Compiled key words: one regular expression that finds words made of a
 * key word (or what its inflections keep of it, "remed" of "remedies") and
 * a regular ending, or starting with a stem; then an exact check of each
 * such word. The regex engine scans at native speed from its first call,
 * where a per-character JS loop runs mostly unoptimised on a page load,
 * which scans its text once (measured on a 50,000-word page: ~3 ms against
 * ~7 ms, and ~1 ms to build against ~11 ms for the old hashed Bloom filter).
 */
export class KeyScanner {
  private readonly keys: Set<string>;
  private readonly stems: readonly string[];
  private readonly pattern: RegExp | null;

  constructor({ keys, stems }: GateKeys) {
    this.keys = new Set(keys);
    // Anchor terms are ASCII words, so a stem is letters (anything else could never start a word).
    this.stems = stems.filter(s => /^[a-z]+$/.test(s));
    // What a key word's inflections start with: the key, or all but its
    // last letter ("remed" of "remedies", "caus" of "causing").
    const starts = new Set<string>(keys);
    for (const k of keys) if (/[ey]$/.test(k)) starts.add(k.slice(0, -1));
    const alts: string[] = [];
    // A key word form is a whole word: a start, perhaps an ending, nothing more (a superset of
    // `inflections`, so the exact check below sees few words).
    if (starts.size)
      alts.push(
        `${trieSource([...starts].sort())}(?:s|es|d|ed|ing|ies|ied|[a-z](?:ed|ing))?(?:['’]s)?(?![a-z]|['’][a-z])`,
      );
    if (this.stems.length) alts.push(trieSource([...this.stems].sort()));
    // After anything but an ASCII letter or digit (letters of other scripts: checked on a hit).
    this.pattern = alts.length ? new RegExp(`(?:^|[^a-z0-9])(?:${alts.join('|')})`, 'gi') : null;
  }

  /** Is `word` (lower case, straight apostrophes) a key word form, or does it start with a stem? */
  private matches(word: string): boolean {
    return (
      this.stems.some(s => word.startsWith(s)) ||
      bases(word).some(b => this.keys.has(b) && inflections(b).includes(word))
    );
  }

  /**
   * Calls `hit(start, end)` for each word in `text` that is a key word form
   * or starts with a stem, in order; stops when `hit` returns true. A word is a run of ASCII letters with inner apostrophes
   * ("gut's"), not right after a digit or a letter of another script.
   */
  scan(text: string, hit: (start: number, end: number) => boolean | void): void {
    const pattern = this.pattern;
    if (!pattern) return;
    pattern.lastIndex = 0;
    try {
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        let start = m.index;
        if (!letter(text.charCodeAt(start))) start++;
        const before = text.charCodeAt(start - 1);
        if (start > 0 && (wordChar(before) || (isApostrophe(before) && letter(text.charCodeAt(start - 2))))) continue;
        let end = start;
        for (;;) {
          if (letter(text.charCodeAt(end))) end++;
          else if (isApostrophe(text.charCodeAt(end)) && letter(text.charCodeAt(end + 1))) end += 2;
          else break;
        }
        pattern.lastIndex = end;
        if (
          !this.matches(
            text
              .slice(start, end)
              .toLowerCase()
              .replace(/\u2019/g, "'"),
          )
        )
          continue;
        if (hit(start, end)) return;
      }
    } finally {
      pattern.lastIndex = 0;
    }
  }

  /** True when `text` has at least one key word. */
  test(text: string): boolean {
    let found = false;
    this.scan(text, () => (found = true));
    return found;
  }
}
