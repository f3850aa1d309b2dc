/**
 * Which claim is under the pointer? Highlights are not elements, so there is
 * no event target to ask: we ask the browser for the caret position at the
 * point, look up the claims touching that text node, and confirm the point
 * really lies on one of the claim's line boxes (the caret API snaps to the
 * nearest text even over empty space).
 */

interface Caret {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
};

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Is (x, y) inside one of the range's line boxes? */
export function pointInRange(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** Claims indexed by the text nodes they cover, for hit-testing. */
export class HitIndex<T extends { range: Range }> {
  private readonly byNode = new Map<Node, Set<T>>();

  add(nodes: Node[], item: T): void {
    for (const n of nodes) {
      let set = this.byNode.get(n);
      if (!set) this.byNode.set(n, (set = new Set()));
      set.add(item);
    }
  }

  remove(nodes: Node[], item: T): void {
    for (const n of nodes) {
      const set = this.byNode.get(n);
      set?.delete(item);
      if (set && !set.size) this.byNode.delete(n);
    }
  }

  /** Items covering a text node (for pruning after the page edits it). */
  on(node: Node): Iterable<T> {
    return this.byNode.get(node) ?? [];
  }

  /** The item under viewport point (x, y) of `doc`, if any. */
  at(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): T | null {
    const caret = caretAt(doc, x, y, shadowRoots);
    if (!caret) return null;
    const set = this.byNode.get(caret.node);
    if (!set) return null;
    for (const item of set) {
      if (pointInRange(item.range, x, y)) return item;
    }
    return null;
  }

  clear(): void {
    this.byNode.clear();
  }
}
