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
  /**
   * The text read, blocks separated by "\n". Text nodes are copied as they
   * are, so a block may hold other whitespace ("\n", tabs); every
   * whitespace character renders as a space outside <pre> (skipped), and
   * the engine treats "\n" as a line break, so callers replace each
   * whitespace character by a space (1:1, offsets unchanged) before
   * analysing a block.
   */
  readonly text: string;
  map: OffsetMap;
  blocks: Block[];
  /** Open shadow roots met on the way (walk them separately). */
  shadowRoots: ShadowRoot[];
  /** Same-origin iframes met on the way. */
  frames: HTMLIFrameElement[];
}

const NON_SPACE = /\S/;

/** Nearest block-level ancestor of `node` inside `root` (or `root`). */
export function blockOf(node: Node | null, root?: Node): Node | null {
  for (let n = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) return n;
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
  return typeof el.checkVisibility === 'function' && (block || el.attributes.length > 0);
}

/**
 * A resumable walk over the visible text under `root` (an element, a
 * document or a shadow root), so a long page can be read in slices that
 * leave the main thread free in between. `step()` reads until its deadline;
 * `blocks` grows as blocks close, so callers can gate them as they come.
 *
 * The walk is a plain depth-first loop over `firstChild`/`nextSibling`
 * rather than a TreeWalker with a filter: a filter is a call from the browser
 * into script for every node, which costs more than the walk itself.
 */
export class TextWalk implements Extraction {
  readonly map = new OffsetMap();
  readonly blocks: Block[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  readonly frames: HTMLIFrameElement[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private blockStart = -1;
  private boundary = true;
  /** Next node to visit (null: done). */
  private node: Node | null;
  /** Elements with visibility:hidden we are inside (their own text is dropped; children may be visible again). */
  private readonly invisible = new Set<Node>();
  private joined: string | null = null;

  constructor(private readonly root: Node) {
    this.node = root.firstChild;
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
      if (node.nodeType === Node.TEXT_NODE) this.read(node as Text);
      else if (node.nodeType === Node.ELEMENT_NODE) descend = this.enter(node as Element);
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
    if (needsVisibilityCheck(el, block) && !el.checkVisibility({ visibilityProperty: true })) {
      if (!el.checkVisibility()) return false;
      this.invisible.add(el);
    }
    if (block) this.boundary = true;
    return !!el.firstChild;
  }

  /** Leaves an element whose children were read (or a childless one). */
  private leave(n: Node): void {
    if (n.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((n as Element).tagName)) this.boundary = true;
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
    }
    this.map.add(text, this.length);
    // As is: whitespace is normalised only in the few blocks sent for
    // analysis (see `Extraction.text`); a replace per node here was most of
    // the cost of reading a long page.
    this.parts.push(text.data);
    this.length += text.length;
    this.joined = null;
  }

  private close(): void {
    if (this.blockStart >= 0 && this.length > this.blockStart)
      this.blocks.push({ start: this.blockStart, end: this.length });
    this.blockStart = -1;
  }
}

/** Reads all the visible text under `root` (an element, a document or a shadow root) at once. */
export function extractText(root: Node): Extraction {
  const walk = new TextWalk(root);
  walk.step();
  return walk;
}
