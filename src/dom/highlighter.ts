/**
 * Paints claim ranges with the CSS Custom Highlight API, so the page's nodes,
 * attributes and text stay exactly as they were: one `Highlight` per group in
 * each document's registry, and the `::highlight()` rules in a constructable
 * stylesheet adopted by each document and shadow root that holds a claim
 * (adopted sheets never appear in the page's serialisation).
 */
import type { HighlightStyle } from '../settings/settings';
import { GROUPS, highlightCss, highlightName, type HighlightGroup } from './highlight-css';

type Root = Document | ShadowRoot;

interface DocPaint {
  registry: HighlightRegistry;
  highlights: Map<HighlightGroup, Highlight>;
}

export class Highlighter {
  private readonly docs = new Map<Document, DocPaint>();
  private readonly sheets = new Map<Root, CSSStyleSheet>();
  private css: string;

  constructor(style: HighlightStyle) {
    this.css = highlightCss(style);
  }

  /** False where the browser lacks the API (the annotator then stays off). */
  static supported(doc: Document): boolean {
    const win = doc.defaultView;
    return !!win && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  private paint(doc: Document): DocPaint {
    let paint = this.docs.get(doc);
    if (!paint) {
      const win = doc.defaultView as Window & typeof globalThis;
      const registry = win.CSS.highlights;
      const highlights = new Map<HighlightGroup, Highlight>();
      for (const group of GROUPS) {
        const h = new win.Highlight();
        // The focus ring must win over the level it sits on.
        h.priority = group === 'focus' ? 2 : 1;
        registry.set(highlightName(group), h);
        highlights.set(group, h);
      }
      paint = { registry, highlights };
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
    this.paint(doc).highlights.get(group)?.add(range);
  }

  /** Removes a range from one group, or from all of them. */
  delete(range: Range, group?: HighlightGroup): void {
    const paint = this.docs.get(range.startContainer.ownerDocument as Document);
    if (!paint) return;
    if (group) paint.highlights.get(group)?.delete(range);
    else for (const h of paint.highlights.values()) h.delete(range);
  }

  /** Empties one group everywhere (e.g. the focus ring moves). */
  clearGroup(group: HighlightGroup): void {
    for (const paint of this.docs.values()) paint.highlights.get(group)?.clear();
  }

  /** Empties every group but keeps registrations and sheets. */
  clear(): void {
    for (const group of GROUPS) this.clearGroup(group);
  }

  setStyle(style: HighlightStyle): void {
    this.css = highlightCss(style);
    for (const sheet of this.sheets.values()) sheet.replaceSync(this.css);
  }

  /** Unregisters every highlight and un-adopts every sheet we added. */
  destroy(): void {
    for (const { registry, highlights } of this.docs.values()) {
      for (const [group, h] of highlights) {
        h.clear();
        const name = highlightName(group);
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
