/**
 * Characters that hide words from a scan without changing what a reader sees:
 * soft hyphens and zero-width characters inside words ("pro\u00ADbiotics",
 * "le\u200Baky gut"). They are removed for analysis and every offset is
 * mapped back to the page's own text, so findings still index the input.
 */
import { INVISIBLE } from '../shared/invisible';

// The content script's gate ignores the same set (src/shared/invisible.ts defines it once).
const INVISIBLE_TEST = new RegExp(INVISIBLE.source);

export interface Normalized {
  text: string;
  /** Offset in the input of offset `i` of `text` (length text.length + 1). Null when nothing was removed. */
  toInput: Int32Array | null;
}

export function normalizeForAnalysis(input: string): Normalized {
  if (!INVISIBLE_TEST.test(input)) return { text: input, toInput: null };
  const map = new Int32Array(input.length + 1);
  let out = '';
  let j = 0;
  let last = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(input); m; m = INVISIBLE.exec(input)) {
    const chunk = input.slice(last, m.index);
    for (let k = 0; k < chunk.length; k++) map[j + k] = last + k;
    out += chunk;
    j += chunk.length;
    last = m.index + m[0].length;
  }
  const tail = input.slice(last);
  for (let k = 0; k <= tail.length; k++) map[j + k] = last + k;
  out += tail;
  return { text: out, toInput: map.subarray(0, out.length + 1) };
}

/** Maps an offset of the normalized text back to the input (an end offset maps past its character). */
export function toInputOffset(n: Normalized, offset: number, end = false): number {
  if (!n.toInput) return offset;
  if (end && offset > 0) return (n.toInput[offset - 1] as number) + 1;
  return n.toInput[offset] as number;
}
