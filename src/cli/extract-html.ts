/**
 * An HTML page as the engine reads it, parsed with linkedom (a real HTML
 * parser, no browser) and read by the extension's own walk
 * (src/dom/read-document.ts): the same skip rules, the same blocks with
 * their roles, the same whitespace and word count as on a live page. With
 * no layout engine, "hidden" here means the `hidden` attribute or an inline
 * style (src/dom/skip.ts); a live page also hides by stylesheet.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { readDocument } from '../dom/read-document';
import { hiddenWithoutLayout, skipsSubtree } from '../dom/skip';
import type { DocumentInput } from '../engine/types';

export interface ExtractedPage {
  title: string;
  /** The page's blocks, as the engine reads them. */
  doc: DocumentInput;
  words: number;
}

/** Title and readable blocks of an HTML document (`article`: the main article only, via Readability). */
export function extractHtml(html: string, options: { article?: boolean } = {}): ExtractedPage {
  const document = parseDocument(html);
  const title = normaliseSpace(document.querySelector('title')?.textContent ?? '');
  if (!options.article) return { title, ...read(document) };

  // Readability drops attributes such as contenteditable, so skipped content
  // goes first. It hands back HTML: parse that again and read it the same way.
  prune(document.body);
  const article = new Readability(document).parse();
  const articleDoc = parseDocument(article?.content ?? '');
  return { title: normaliseSpace(article?.title ?? '') || title, ...read(articleDoc) };
}

function read(document: Document): Pick<ExtractedPage, 'doc' | 'words'> {
  const { doc, words } = readDocument(document);
  return { doc, words };
}

// linkedom builds a broken tree from a fragment without <html> (documentElement
// becomes the first tag, or null for plain text), so fragments get a shell.
function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html);
  return parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

function prune(root: Element): void {
  for (const el of Array.from(root.children)) {
    if (skipsSubtree(el) || hiddenWithoutLayout(el)) el.remove();
    else prune(el);
  }
}

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
