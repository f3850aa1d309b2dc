/**
 * One TreeWalker pass over the visible text under a root: one string, an
 * offset map back to the text nodes, and the blocks (paragraph-like runs)
 * the string is made of. Blocks are separated by "\n" so sentences never
 * merge across paragraphs, while inline markup (<b>, <a>) stays inside one
 * block so a claim split by it is still found whole.
 *
 * Shadow roots and same-origin iframes are separate DOM trees (a Range cannot
 * span them), so the walker reports them for their own pass.
 */
import { OffsetMap } from './offset-map';
import { BLOCK_TAGS, skipsSubtree } from './skip';

export interface Block {
  start: number;
  end: number;
}

export interface Extraction {
  text: string;
  map: OffsetMap;
  blocks: Block[];
  /** Open shadow roots met on the way (walk them separately). */
  shadowRoots: ShadowRoot[];
  /** Same-origin iframes met on the way. */
  frames: HTMLIFrameElement[];
}

// Every whitespace character renders as a space outside <pre> (skipped), and
// the engine treats "\n" as a line break: replace 1:1 to keep offsets.
const WS = /\s/g;

/** Is `el` rendered at all? `checkVisibility` covers display:none, `hidden`, content-visibility. */
function hidden(el: Element): boolean {
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

/** Nearest block-level ancestor of `node` inside `root` (or `root`). */
export function blockOf(node: Node | null, root?: Node): Node | null {
  for (let n = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) return n;
  }
  return root ?? null;
}

/** Reads the visible text under `root` (an element, a document or a shadow root). */
export function extractText(root: Node): Extraction {
  const doc = (root.nodeType === Node.DOCUMENT_NODE ? root : root.ownerDocument) as Document;
  const map = new OffsetMap();
  const blocks: Block[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const frames: HTMLIFrameElement[] = [];
  const parts: string[] = [];
  let length = 0;
  let blockStart = -1;
  let boundary = true;
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  // Elements with visibility:hidden (their children may be visible again, so
  // we cannot reject the subtree; we only drop text directly inside them).
  const invisible = new Set<Node>();

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.tagName === 'IFRAME') frames.push(el as HTMLIFrameElement);
      if (skipsSubtree(el)) return NodeFilter.FILTER_REJECT;
      if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) {
        if (hidden(el)) return NodeFilter.FILTER_REJECT;
        invisible.add(el);
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  const close = () => {
    if (blockStart >= 0 && length > blockStart) blocks.push({ start: blockStart, end: length });
    blockStart = -1;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (BLOCK_TAGS.has((node as Element).tagName)) boundary = true;
      continue;
    }
    const text = node as Text;
    const parent = text.parentNode;
    if (!text.length || (parent && invisible.has(parent))) continue;
    // Leaving a block is invisible to a TreeWalker: compare block ancestors.
    if (parent !== lastParent) {
      const block = blockOf(parent, root);
      if (block !== lastBlock) boundary = true;
      lastParent = parent;
      lastBlock = block;
    }
    if (boundary) {
      close();
      if (length) {
        parts.push('\n');
        length += 1;
      }
      boundary = false;
    }
    // Whitespace-only nodes between blocks carry nothing to analyse.
    if (blockStart < 0) {
      if (!/\S/.test(text.data)) continue;
      blockStart = length;
    }
    map.add(text, length);
    parts.push(text.data.replace(WS, ' '));
    length += text.length;
  }
  close();
  // A trailing boundary only matters between blocks; the text ends at the last block.
  return { text: parts.join(''), map, blocks, shadowRoots, frames };
}
