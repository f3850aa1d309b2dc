/**
 * From the walk's text and blocks to what the engine reads (`DocumentInput`),
 * the same way for the content script (a few gated blocks with their
 * context) and the CLI (every block of a page). Pure: no DOM.
 */
import type { Block, DocumentInput } from '../engine/types';

/** Whitespace other than a plain space (most blocks have none: then no copy is made). */
const OTHER_SPACE = /[^\S ]/;

/** Between blocks: a blank line, so nothing reads two blocks as one paragraph. */
export const BLOCK_SEPARATOR = '\n\n';

/** A document built from some blocks of a longer text, and where each block came from. */
export interface BuiltDocument {
  doc: DocumentInput;
  /** For each of `doc.blocks`, the offset of its first character in the source text. */
  sources: number[];
}

/**
 * Joins `blocks` of `text` (in reading order) into one document. Every
 * whitespace character inside a block becomes a space, one for one (a page's
 * source line breaks and tabs render as spaces), so an offset inside a block
 * maps straight back; soft hyphens and zero-width characters are left to
 * the engine.
 */
export function documentOf(text: string, blocks: readonly Block[]): BuiltDocument {
  const parts: string[] = [];
  const out: Block[] = [];
  const sources: number[] = [];
  let length = 0;
  for (const b of blocks) {
    if (parts.length) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    let body = text.slice(b.start, b.end);
    if (OTHER_SPACE.test(body)) body = body.replace(/\s/g, ' ');
    parts.push(body);
    out.push({ ...b, start: length, end: length + body.length });
    sources.push(b.start);
    length += body.length;
  }
  return { doc: { text: parts.join(''), blocks: out }, sources };
}

/** A finding's offsets in the source text, from its offsets in a built document. */
export function toSource(built: BuiltDocument, block: number, start: number, end: number): [number, number] | null {
  const b = built.doc.blocks[block];
  const source = built.sources[block];
  if (!b || source === undefined || start < b.start || end > b.end) return null;
  return [source + (start - b.start), source + (end - b.start)];
}

/**
 * The context of a block, kept as blocks arrive in reading order: the block
 * before it and the chain of headings above it (the nearest heading, then
 * the nearest one of a higher rank, up to h1). A bullet under "Benefits of
 * kefir" is about kefir; "It can also…" leans on the block before.
 */
export class ContextTracker {
  private readonly headings: { index: number; level: number }[] = [];
  private count = 0;

  /** Adds the next block (its index must be the number of blocks added so far). */
  add(block: Block): void {
    if (block.role === 'heading') {
      const level = block.level ?? 6;
      while (this.headings.length && (this.headings[this.headings.length - 1]?.level ?? 0) >= level)
        this.headings.pop();
      this.headings.push({ index: this.count, level });
    }
    this.count++;
  }

  /** Indexes of the context of the next block to be added, ascending: its heading chain and the block before it. */
  context(): number[] {
    const out = this.headings.map(h => h.index);
    const previous = this.count - 1;
    if (previous >= 0 && !out.includes(previous)) out.push(previous);
    return out;
  }
}
