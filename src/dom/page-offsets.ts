/**
 * Page-level offsets of claims, as the CLI reports them: into the page's
 * text read the way `readDocument` reads it (every block of the document,
 * joined by a blank line, whitespace one for one). The content script
 * analyses a few blocks at a time, so a finding's own offsets are relative
 * to that slice; exports need offsets a researcher can compare across
 * tools. Trees the CLI cannot see (open shadow roots, same-origin frames)
 * follow the document's text in the order the walk meets them.
 *
 * Walks the whole page once: call it for an export, not on every change.
 */
import { BLOCK_SEPARATOR, documentOf, type BuiltDocument } from './document-input';
import { TextWalk } from './text-extract';

/** Where a claim starts and ends: a Range fits. */
export type Span = Pick<Range, 'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'>;

interface Tree {
  walk: TextWalk;
  built: BuiltDocument;
  /** Offset of this tree's text in the page's text. */
  base: number;
}

/** For each span, `[start, end)` in the page's text, or null where the span is not in text we read. */
export function pageOffsets(root: Document, spans: readonly Span[]): ({ start: number; end: number } | null)[] {
  const trees: Tree[] = [];
  const segment = new Map<Node, { tree: Tree; start: number }>();
  const queue: Node[] = [root];
  let base = 0;
  for (let node = queue.shift(); node; node = queue.shift()) {
    const walk = new TextWalk(node);
    walk.step();
    const built = documentOf(walk.text, walk.blocks);
    const tree = { walk, built, base };
    trees.push(tree);
    for (const s of walk.map.segments) segment.set(s.node, { tree, start: s.start });
    base += built.doc.text.length + BLOCK_SEPARATOR.length;
    queue.push(...walk.shadowRoots);
    for (const frame of walk.frames) {
      try {
        if (frame.contentDocument) queue.push(frame.contentDocument);
      } catch {
        // cross-origin: not ours to read
      }
    }
  }

  const at = (node: Node, offset: number): { tree: Tree; block: number; page: number } | null => {
    const seg = segment.get(node);
    if (!seg) return null;
    const raw = seg.start + offset;
    const blocks = seg.tree.walk.blocks;
    const i = blocks.findIndex(b => b.start <= raw && raw <= b.end);
    const built = seg.tree.built.doc.blocks[i];
    if (i < 0 || !built) return null;
    return {
      tree: seg.tree,
      block: i,
      page: seg.tree.base + built.start + (raw - (blocks[i] as { start: number }).start),
    };
  };

  return spans.map(span => {
    const a = at(span.startContainer, span.startOffset);
    const b = at(span.endContainer, span.endOffset);
    if (!a || !b || a.tree !== b.tree || b.page < a.page) return null;
    return { start: a.page, end: b.page };
  });
}
