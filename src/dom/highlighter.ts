/**
 * Paints claim ranges with the CSS Custom Highlight API, so the page's nodes,
 * attributes and text stay exactly as they were: one `Highlight` per group in
 * each document's registry, and the `::highlight()` rules in a constructable
 * stylesheet adopted by each document and shadow root that holds a claim
 * (adopted sheets never appear in the page's serialisation).
 *
 * The registry, the Highlight objects and the adopted sheets are shared with
 * the page's scripts: a page can list `CSS.highlights`, add its own ranges to
 * our highlights (to have its text painted as strong evidence), take ours
 * out, or un-adopt our sheet. Names are random (highlightNames), and
 * `sweep()` puts back what we painted and nothing else: our registrations,
 * our ranges only, our sheet. We keep our own record of each of those.
 */
import type { HighlightStyle } from '../settings/settings';
import { GROUPS, highlightCss, highlightNames, type HighlightGroup, type HighlightNames } from './highlight-css';

type Root = Document | ShadowRoot;

interface DocPaint {
  registry: HighlightRegistry;
  highlights: Map<HighlightGroup, Highlight>;
  /** The ranges we put in each group: anything else in our Highlight came from the page. */
  own: Map<HighlightGroup, Set<Range>>;
}

/** The focus ring must win over the level it sits on. */
const priorityOf = (group: HighlightGroup) => (group === 'focus' ? 2 : 1);

export class Highlighter {
  /** This instance's highlight names (random: see highlightNames). */
  readonly names: HighlightNames = highlightNames();
  private readonly docs = new Map<Document, DocPaint>();
  private readonly sheets = new Map<Root, CSSStyleSheet>();
  private css: string;

  constructor(style: HighlightStyle) {
    this.css = highlightCss(style, this.names);
  }

  /** False where the browser lacks the API (the annotator then stays off). */
  static supported(doc: Document): boolean {
    const win = doc.defaultView;
    return !!win && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  /** Anything painted yet (a page can only tamper with what is registered). */
  get painting(): boolean {
    return this.docs.size > 0;
  }

  private paint(doc: Document): DocPaint {
    let paint = this.docs.get(doc);
    if (!paint) {
      const win = doc.defaultView as Window & typeof globalThis;
      const registry = win.CSS.highlights;
      const highlights = new Map<HighlightGroup, Highlight>();
      const own = new Map<HighlightGroup, Set<Range>>();
      for (const group of GROUPS) {
        const h = new win.Highlight();
        h.priority = priorityOf(group);
        registry.set(this.names[group], h);
        highlights.set(group, h);
        own.set(group, new Set());
      }
      paint = { registry, highlights, own };
      this.docs.set(doc, paint);
    }
    return paint;
  }

  private adopt(root: Root): void {
    if (this.sheets.has(root)) return;
    const doc = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
    const win = doc.defaultView as Window & typeof globalThis;
    // A constructed sheet may only be adopted in the document that made it.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(this.css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.sheets.set(root, sheet);
  }

  add(range: Range, group: HighlightGroup): void {
    const root = range.startContainer.getRootNode();
    // Text the page detached (an SPA swapping views) has no document or shadow root to paint in.
    if (!('adoptedStyleSheets' in root)) return;
    const doc = range.startContainer.ownerDocument as Document;
    this.adopt(doc);
    if (root !== doc) this.adopt(root as ShadowRoot);
    const paint = this.paint(doc);
    paint.own.get(group)?.add(range);
    paint.highlights.get(group)?.add(range);
  }

  /** Removes a range from one group, or from all of them. */
  delete(range: Range, group?: HighlightGroup): void {
    const paint = this.docs.get(range.startContainer.ownerDocument as Document);
    if (!paint) return;
    for (const g of group ? [group] : GROUPS) {
      paint.own.get(g)?.delete(range);
      paint.highlights.get(g)?.delete(range);
    }
  }

  /** Empties one group everywhere (e.g. the focus ring moves). */
  clearGroup(group: HighlightGroup): void {
    for (const paint of this.docs.values()) {
      paint.own.get(group)?.clear();
      paint.highlights.get(group)?.clear();
    }
  }

  /** Empties every group but keeps registrations and sheets. */
  clear(): void {
    for (const group of GROUPS) this.clearGroup(group);
  }

  setStyle(style: HighlightStyle): void {
    this.css = highlightCss(style, this.names);
    for (const sheet of this.sheets.values()) sheet.replaceSync(this.css);
  }

  /**
   * Puts back what we painted and only that: drops ranges the page added to
   * our highlights, re-adds ours it took out, re-registers a highlight it
   * deleted or replaced, and re-adopts a sheet it took away. Returns how many
   * foreign ranges it dropped. Our rules' text is not compared: a page can
   * outrank them from its own CSS anyway, which restyles marks but cannot
   * add a claim to our lists or cards.
   */
  sweep(): number {
    let foreign = 0;
    for (const paint of this.docs.values()) {
      for (const group of GROUPS) {
        const h = paint.highlights.get(group) as Highlight;
        const own = paint.own.get(group) as Set<Range>;
        const name = this.names[group];
        if (paint.registry.get(name) !== h) paint.registry.set(name, h);
        if (h.priority !== priorityOf(group)) h.priority = priorityOf(group);
        if (h.type !== 'highlight') h.type = 'highlight';
        // Counted, not listed: Firefox cannot iterate a Highlight from a content script
        // ("Xray wrapping of iterators not supported"), and has() is enough.
        let present = 0;
        for (const r of own) if (h.has(r)) present++;
        if (present === own.size && h.size === own.size) continue;
        foreign += h.size - present;
        h.clear();
        for (const r of own) h.add(r);
      }
    }
    for (const [root, sheet] of this.sheets) {
      try {
        if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      } catch {
        // The frame or shadow root is gone.
      }
    }
    return foreign;
  }

  /** Unregisters every highlight and un-adopts every sheet we added. */
  destroy(): void {
    for (const { registry, highlights, own } of this.docs.values()) {
      for (const [group, h] of highlights) {
        h.clear();
        own.get(group)?.clear();
        const name = this.names[group];
        if (registry.get(name) === h) registry.delete(name);
      }
    }
    for (const [root, sheet] of this.sheets) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter(s => s !== sheet);
      } catch {
        // The frame or shadow root is gone; nothing left to restore.
      }
    }
    this.docs.clear();
    this.sheets.clear();
  }
}
