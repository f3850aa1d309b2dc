/** Cutting one long block into pieces the engine can take one at a time. Pure: offsets only. */
import type { Block } from '../engine/types';

/**
 * A long block as pieces of at most `max` characters (same role), each cut
 * after the last sentence end (". ", "! ", "? ", closing quotes allowed) in
 * reach, else after the last space, else at `max`. A claim is a sentence,
 * so a cut at a sentence end loses none; the engine bounds sentences far
 * shorter than `max` anyway.
 */
export function pieces(text: string, block: Block, max: number): Block[] {
  const out: Block[] = [];
  let start = block.start;
  while (block.end - start > max) {
    const reach = text.slice(start, start + max);
    let cut = -1;
    for (const m of reach.matchAll(/[.!?]["”’)\]]*\s/g)) cut = m.index + m[0].length;
    if (cut <= 0) cut = reach.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = max;
    out.push({ ...block, start, end: start + cut });
    start += cut;
  }
  out.push({ ...block, start, end: block.end });
  return out;
}
