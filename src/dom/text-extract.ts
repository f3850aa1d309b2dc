/**
 * One walk over the visible text under a root: one string, an offset map
 * back to the text nodes, and the blocks (paragraph-like runs) the string is
 * made of, each with its role from the DOM (heading and level, paragraph,
 * list item, quote, caption, table cell). Blocks are separated by "\n" so
 * sentences never merge across them, while inline markup (<b>, <a>) stays
 * inside one block so a claim split by it is still found whole.
 *
 * The same walk reads the live page in the content script and an HTML file
 * parsed by linkedom in the CLI, so both see the same text: it takes its
 * root as an argument and touches no global (`document`, `window`, `Node`).
 * Where there is no layout engine (linkedom has no `checkVisibility`), what
 * is hidden comes from attributes only (see `hiddenWithoutLayout`).
 *
 * Shadow roots and same-origin iframes are separate DOM trees (a Range cannot
 * span them), so the walker reports them for their own pass.
 */
import type { Block, BlockRole } from '../engine/types';
import { OffsetMap } from './offset-map';
import { BLOCK_TAGS, hiddenWithoutLayout, skipsSubtree } from './skip';

export type { Block, BlockRole };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const NON_SPACE = /\S/;

/** The role an element gives the text inside it; plain blocks (p, div) give none of their own. */
const ROLE_OF_TAG: Record<string, BlockRole> = {
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'quote',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  TD: 'table-cell',
  TH: 'table-cell',
};

/** Nearest block-level ancestor of `node` inside `root` (or `root`). */
export function blockOf(node: Node | null, root?: Node): Node | null {
  for (let n = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) return n;
  }
  return root ?? null;
}

/**
 * How much style we read. `checkVisibility` is the costly part of a scan, so
 * it runs only on element boundaries that can hide text on their own: block
 * elements, and inline elements with attributes (a class, style, `hidden`…).
 * A bare `<b>` or `<em>` inside a visible block is taken as visible: hiding
 * one by a tag-only selector is rare, and the price of asking for every
 * inline element is most of the scan on a long page.
 */
function needsVisibilityCheck(el: Element, block: boolean): boolean {
  return block || el.attributes.length > 0;
}

/**
 * A resumable walk over the visible text under `root` (an element, a
 * document or a shadow root), so a long page can be read in slices that
 * leave the main thread free in between. `step()` reads until its deadline;
 * `blocks` grows as blocks close, so callers can gate them as they come.
 *
 * `text` holds text nodes as they are: a block may hold "\n", tabs or runs
 * of spaces from the page's source. Every whitespace character renders as a
 * space outside <pre> (skipped), so `documentOf` (document-input.ts) turns
 * each into a space, one for one, before the engine sees it.
 *
 * The walk is a plain depth-first loop over `firstChild`/`nextSibling`
 * rather than a TreeWalker with a filter: a filter is a call from the browser
 * into script for every node, which costs more than the walk itself.
 */
export class TextWalk {
  readonly map = new OffsetMap();
  readonly blocks: Block[] = [];
  /** Open shadow roots met on the way (walk them separately). */
  readonly shadowRoots: ShadowRoot[] = [];
  /** Same-origin iframes met on the way. */
  readonly frames: HTMLIFrameElement[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private blockStart = -1;
  private boundary = true;
  /** Next node to visit (null: done). */
  private node: Node | null;
  /** Elements with visibility:hidden we are inside (their own text is dropped; children may be visible again). */
  private readonly invisible = new Set<Node>();
  /** Block elements we are inside, outermost first: the open block's role comes from them. */
  private readonly open: Element[] = [];
  private role: BlockRole = 'paragraph';
  private level: number | undefined;
  private joined: string | null = null;
  private readonly layout: boolean;

  constructor(private readonly root: Node) {
    // A document starts at its root element: linkedom gives the doctype no next sibling.
    const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : null;
    this.node = doc?.documentElement ?? root.firstChild;
    // A live page has a layout engine; linkedom (the CLI) does not.
    const probe = (doc ?? root.ownerDocument)?.documentElement as Element | null | undefined;
    this.layout = typeof probe?.checkVisibility === 'function';
  }

  get done(): boolean {
    return !this.node;
  }

  /** The text read so far (all of it once `done`). */
  get text(): string {
    this.joined ??= this.parts.join('');
    return this.joined;
  }

  /**
   * Reads until `deadline` (a `performance.now()` time), checking the clock
   * every few dozen nodes. Returns true when the walk is complete.
   */
  step(deadline = Infinity): boolean {
    const root = this.root;
    let node = this.node;
    let count = 0;
    while (node) {
      if (++count % 32 === 0 && performance.now() > deadline) break;
      let descend = false;
      if (node.nodeType === TEXT_NODE) this.read(node as Text);
      else if (node.nodeType === ELEMENT_NODE) descend = this.enter(node as Element);
      // Next in document order: first child, else next sibling, else climb.
      let next: Node | null = descend ? node.firstChild : null;
      if (!next) {
        for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
          if (n !== node || descend) this.leave(n);
          next = n.nextSibling;
          if (next) break;
        }
      }
      node = next;
    }
    this.node = node;
    if (!node) this.close();
    return !node;
  }

  /** Is the walk's next node still in the tree (the page may have changed it between slices)? */
  get intact(): boolean {
    return !this.node || this.node.isConnected === this.root.isConnected;
  }

  /** Visits an element; true when its children are to be read. */
  private enter(el: Element): boolean {
    if (el.tagName === 'IFRAME') this.frames.push(el as HTMLIFrameElement);
    if (skipsSubtree(el)) return false;
    if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
    const block = BLOCK_TAGS.has(el.tagName);
    if (!this.layout) {
      if (hiddenWithoutLayout(el)) return false;
    } else if (needsVisibilityCheck(el, block) && !el.checkVisibility({ visibilityProperty: true })) {
      if (!el.checkVisibility()) return false;
      this.invisible.add(el);
    }
    if (!el.firstChild) {
      if (block) this.boundary = true;
      return false;
    }
    if (block) {
      this.boundary = true;
      this.open.push(el);
    }
    return true;
  }

  /** Leaves an element whose children were read. */
  private leave(n: Node): void {
    if (n.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) {
      this.boundary = true;
      if (this.open[this.open.length - 1] === n) this.open.pop();
    }
  }

  private read(text: Text): void {
    const parent = text.parentNode;
    if (!text.length || (parent && this.invisible.has(parent))) return;
    if (this.boundary) {
      this.close();
      if (this.length) {
        this.parts.push('\n');
        this.length += 1;
      }
      this.boundary = false;
    }
    // Whitespace-only nodes between blocks carry nothing to analyse.
    if (this.blockStart < 0) {
      if (!NON_SPACE.test(text.data)) return;
      this.blockStart = this.length;
      this.roleOfOpenBlock();
    }
    this.map.add(text, this.length);
    // As is: whitespace is normalised only in the blocks sent for analysis;
    // a replace per node here was most of the cost of reading a long page.
    this.parts.push(text.data);
    this.length += text.length;
    this.joined = null;
  }

  /** The innermost block element with a role of its own decides (a <p> in an <li> is a list item). */
  private roleOfOpenBlock(): void {
    this.role = 'paragraph';
    this.level = undefined;
    for (let i = this.open.length - 1; i >= 0; i--) {
      const tag = (this.open[i] as Element).tagName;
      const role = ROLE_OF_TAG[tag];
      if (role) {
        this.role = role;
        if (role === 'heading') this.level = Number(tag[1]);
        return;
      }
    }
  }

  private close(): void {
    if (this.blockStart >= 0 && this.length > this.blockStart) {
      const block: Block = { start: this.blockStart, end: this.length, role: this.role };
      if (this.level !== undefined) block.level = this.level;
      this.blocks.push(block);
    }
    this.blockStart = -1;
  }
}
