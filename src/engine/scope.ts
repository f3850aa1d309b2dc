/**
 * Which blocks of a document the analysis reads. A block is read when it has
 * gut-health vocabulary of its own (it passes the gate), when the block
 * just before it does (a sentence often names its subject in the paragraph
 * before: "This medication can shorten the illness"), or when it sits under
 * a heading that does ("Benefits of kefir" → "Eases bloating"). One pure
 * rule, so the content script picks the same blocks to send as the CLI reads.
 */
import type { BlockRole } from './types';

/** How many blocks below a gut-health heading are read as part of its section. */
export const SECTION_REACH = 12;

export interface ScopedBlock {
  role: BlockRole;
  level?: number;
}

/** For each block: is it read (true) or skipped? `gated[i]`: block i passes the gate. */
export function blocksInScope(blocks: readonly ScopedBlock[], gated: readonly boolean[]): boolean[] {
  const out = new Array<boolean>(blocks.length).fill(false);
  // Open headings by level, with the block each stands at and whether it passed the gate.
  const open: { level: number; at: number; gated: boolean }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as ScopedBlock;
    if (b.role === 'heading') {
      const level = b.level ?? 2;
      while (open.length && (open[open.length - 1] as { level: number }).level >= level) open.pop();
      open.push({ level, at: i, gated: !!gated[i] });
    }
    const underGutHeading = open.some(h => h.gated && i - h.at <= SECTION_REACH);
    out[i] = !!gated[i] || (i > 0 && !!gated[i - 1]) || underGutHeading;
  }
  return out;
}
