/**
 * Document order across shadow roots and same-origin iframes, where a Range
 * cannot compare boundary points (different trees): compare the hosts (or
 * frame elements) in the nearest tree both nodes share.
 */

/** `node`, then its shadow host or frame element, and so on up to the top document. */
function hostChain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n;) {
    out.push(n);
    const root = n.getRootNode();
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) n = (root as ShadowRoot).host;
    else if (root.nodeType === Node.DOCUMENT_NODE) n = (root as Document).defaultView?.frameElement ?? null;
    else n = null;
  }
  return out.reverse();
}

/** Negative when range `a` starts before `b` in reading order. */
export function compareRanges(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  }
  const ca = hostChain(a.startContainer);
  const cb = hostChain(b.startContainer);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i] as Node;
    const y = cb[i] as Node;
    if (x === y) continue;
    const pos = x.compareDocumentPosition(y);
    // A host contains its own light children; its shadow content reads first.
    if (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) return i + 1 < ca.length ? -1 : 1;
    if (pos & Node.DOCUMENT_POSITION_CONTAINS) return i + 1 < cb.length ? 1 : -1;
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return ca.length - cb.length;
}
