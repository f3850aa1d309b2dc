/**
 * Splits web text into sentences with offsets into the input.
 *
 * Web text is not prose: headings, bullets, "Key Takeaways" blocks and
 * captions arrive as lines with no final full stop. Every line break is
 * therefore a boundary, except where a line plainly wraps mid-sentence (it
 * ends in a comma or a lowercase word and the next line starts lowercase).
 * Inside a line we split after . ! ? … when the next word starts a sentence,
 * skipping common abbreviations.
 */

export interface Sentence {
  start: number;
  end: number;
  /** The sentence is a whole line on its own (heading, bullet, caption…). */
  wholeLine: boolean;
  /** Ends with . ! ? or … (a line without it is heading-like). */
  terminal: boolean;
  /** The line began with a list marker ("-", "•", "1."). */
  bullet: boolean;
}

// List markers and decoration at the start of a line: bullets, dashes, emoji, "1." / "a)".
const LEAD = /^(?:[\s\-–—*•·▪►▸✓✔✗✘➤→|>#]|\p{Extended_Pictographic}|\uFE0F|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))+/u;
const TRAIL = /[\s|•·]+$/u;
const BULLET_LEAD = /^\s*(?:[-–—*•·▪►▸✓✔➤→]|\p{Extended_Pictographic}|\d{1,2}[.)]\s)/u;

// After these (lowercased, without the dot) a full stop does not end a sentence.
const ABBREV = new Set(
  'dr mr mrs ms prof st vs etc e.g eg i.e ie fig no nos approx inc ltd jr sr al u.s u.k ca cf mt sp spp ph.d vol'.split(
    ' ',
  ),
);

// A sentence end: terminal punctuation, closing quotes/brackets, space, then a sentence start.
const END = /([.!?…]+)["'”’)\]]*(\s+)(?=["'“‘([]?[\p{Lu}\p{N}])/gu;

/** Sentences of `text.slice(from, to)` (which should start and end at line breaks), in order. */
export function segment(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines(text, from, to)) splitLine(text, line.start, line.end, line.bullet, out);
  return out;
}

interface Line {
  start: number;
  end: number;
  bullet: boolean;
}

/** Lines, with wrapped continuations merged; bare bullet markers ("-") join the next line. */
function lines(text: string, from: number, to: number): Line[] {
  const raw: Line[] = [];
  let pos = from;
  while (pos <= to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    raw.push({ start: pos, end: nl, bullet: BULLET_LEAD.test(text.slice(pos, Math.min(nl, pos + 8))) });
    pos = nl + 1;
  }
  const out: Line[] = [];
  let pendingBullet = false;
  for (const l of raw) {
    const body = text.slice(l.start, l.end).trim();
    if (!body) continue;
    if (/^[-–—*•·▪►▸]$/u.test(body)) {
      pendingBullet = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !pendingBullet && !l.bullet && wraps(text.slice(prev.start, prev.end), body)) {
      prev.end = l.end;
      continue;
    }
    out.push({ start: l.start, end: l.end, bullet: l.bullet || pendingBullet });
    pendingBullet = false;
  }
  return out;
}

/** A line ending in a comma or a lowercase word, followed by a lowercase start, is one sentence. */
function wraps(prev: string, next: string): boolean {
  return /[,;\p{Ll}]\s*$/u.test(prev) && /^\p{Ll}/u.test(next) && !/[.!?:]\s*$/.test(prev);
}

function splitLine(text: string, from: number, to: number, bullet: boolean, out: Sentence[]): void {
  const line = text.slice(from, to);
  const pieces: [number, number][] = [];
  let begin = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    const dot = m.index;
    const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase() ?? '';
    // "Dr. Smith", "e.g. Crohn", initials ("S. Boulardii") do not end a sentence.
    if ((m[1] as string) === '.' && (ABBREV.has(word) || /^\p{L}$/u.test(word))) continue;
    // "1. Improved Digestion": a list number, not a sentence.
    if (/^[\s\W]*\d{1,3}$/.test(line.slice(begin, dot))) continue;
    const cut = dot + m[0].length - (m[2] as string).length;
    pieces.push([begin, cut]);
    begin = dot + m[0].length;
  }
  pieces.push([begin, line.length]);
  const whole = pieces.length === 1;
  for (const [a, b] of pieces) {
    let s = a;
    let e = b;
    const lead = LEAD.exec(line.slice(s, e));
    if (lead) s += lead[0].length;
    const trail = TRAIL.exec(line.slice(s, e));
    if (trail) e -= trail[0].length;
    if (e - s < 2) continue;
    const body = line.slice(s, e);
    out.push({
      start: from + s,
      end: from + e,
      wholeLine: whole,
      terminal: /[.!?…]["'”’)\]]*$/u.test(body),
      bullet: bullet && a === 0,
    });
  }
}
