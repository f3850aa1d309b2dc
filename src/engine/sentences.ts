/**
 * Sentences with a bounded length, so the cost of a text grows with its
 * length and never faster: a run with no sentence end (an unpunctuated
 * paste, a 5 MB single line) is cut at clause joints, and failing those at
 * word boundaries, into pieces of at most `max` characters.
 */
import { segment, type Sentence } from './segment';

/** Lines longer than this are cut into pieces before sentence splitting even looks at them. */
const MAX_LINE = 20_000;

export function boundedSentences(text: string, from: number, to: number, max: number): Sentence[] {
  const out: Sentence[] = [];
  // Sentence splitting scans a line at a time; cut monstrous lines first so it never sees one.
  for (let a = from; a < to;) {
    let b = Math.min(to, a + MAX_LINE);
    if (b < to) {
      const space = text.lastIndexOf(' ', b);
      if (space > a + MAX_LINE / 2) b = space;
    }
    for (const s of segment(text, a, b)) {
      if (s.end - s.start <= max) out.push(s);
      else out.push(...cut(text, s, max));
    }
    a = b;
  }
  return out;
}

const JOINT = /[;:,]\s+|\s+[–—-]\s+/g;

function cut(text: string, s: Sentence, max: number): Sentence[] {
  const out: Sentence[] = [];
  let start = s.start;
  while (s.end - start > max) {
    const window = text.slice(start, start + max);
    let at = -1;
    JOINT.lastIndex = 0;
    for (let m = JOINT.exec(window); m; m = JOINT.exec(window)) if (m.index > max / 3) at = m.index + m[0].length;
    if (at < 0) {
      const space = window.lastIndexOf(' ');
      at = space > max / 3 ? space + 1 : max;
    }
    const end = start + at;
    const trimmed = text.slice(start, end).trimEnd();
    out.push({ ...s, start, end: start + trimmed.length, terminal: false, wholeLine: false });
    start = end;
  }
  if (start < s.end) out.push({ ...s, start, wholeLine: false });
  return out;
}
