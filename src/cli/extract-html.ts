/**
 * Readable text of an HTML page, parsed with linkedom (a real HTML parser,
 * no browser). Skips what the extension skips (code, form fields, hidden and
 * decorative content) and puts a line break at every block boundary, because
 * the engine treats lines as sentence boundaries (headings, list items).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { BLOCK_TAG_NAMES, isEditable, SKIP_TAG_NAMES } from '../shared/skip-rules';

export interface ExtractedPage {
  title: string;
  text: string;
}

/** The extension's lists (src/shared/skip-rules.ts): both read a page the same way. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(SKIP_TAG_NAMES);
export const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCK_TAG_NAMES);

// No layout engine here: inline styles are the only "hidden" we can see.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whether an element and everything inside it is left out of the text. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (isEditable(el.getAttribute('contenteditable'))) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Title and readable text of an HTML document (`article`: the main article only, via Readability). */
export function extractHtml(html: string, options: { article?: boolean } = {}): ExtractedPage {
  const document = parseDocument(html);
  const title = normaliseSpace(document.querySelector('title')?.textContent ?? '');
  if (!options.article) return { title, text: readableText(document.documentElement) };

  // Readability drops attributes such as contenteditable, so skipped content
  // goes first. It hands back HTML: parse that again so the article gets the
  // same line breaks.
  prune(document.body);
  const article = new Readability(document).parse();
  if (!article?.content) return { title, text: '' };
  const articleDoc = parseDocument(article.content);
  return { title: normaliseSpace(article.title ?? '') || title, text: readableText(articleDoc.documentElement) };
}

// linkedom builds a broken tree from a fragment without <html> (documentElement
// becomes the first tag, or null for plain text), so fragments get a shell.
function parseDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html);
  return parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

function prune(root: Element): void {
  for (const el of Array.from(root.children)) {
    if (isSkipped(el)) el.remove();
    else prune(el);
  }
}

/** The text under `root`, one line per block, whitespace collapsed as a browser renders it. */
export function readableText(root: Element | null): string {
  const out: string[] = [];
  let atLineStart = true;
  let pendingSpace = false;

  const newline = () => {
    if (!atLineStart) out.push('\n');
    atLineStart = true;
    pendingSpace = false;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        const words = value.split(/[ \t\n\r\f]+/);
        words.forEach((word, i) => {
          if (i > 0) pendingSpace = true;
          if (!word) return;
          if (pendingSpace && !atLineStart) out.push(' ');
          out.push(word);
          atLineStart = false;
          pendingSpace = false;
        });
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (isSkipped(el)) continue;
        if (el.localName === 'br') {
          newline();
          continue;
        }
        const block = BLOCK_TAGS.has(el.localName);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  if (root) walk(root);
  return out.join('').trimEnd();
}

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
