/**
 * What the text walker never reads, decided in one place (uBlock's
 * `ignoreTags` habit): code, form fields, editable regions, non-text
 * content, hidden subtrees and our own UI. The tag lists are shared with
 * the CLI (src/shared/skip-rules.ts).
 */
import { BLOCK_TAG_NAMES, isEditable, SKIP_TAG_NAMES } from '../shared/skip-rules';

/** Upper case, as `tagName` gives HTML elements: the walker compares without converting. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(SKIP_TAG_NAMES.map(t => t.toUpperCase()));

/** Tag name of the host element of our UI (the card); the walker never enters it. */
export const UI_HOST_TAG = 'GUTCHECK-UI';

export const BLOCK_TAGS: ReadonlySet<string> = new Set(BLOCK_TAG_NAMES.map(t => t.toUpperCase()));

/**
 * Cheap checks (no style): does the walker skip `el` and everything under it?
 *
 * `aria-hidden="true"` is not a reason to skip (issue 15 item 4): it hides
 * text from assistive technology, not from the eye, and sighted readers
 * read a claim there like any other, so it is analysed and marked. What is
 * hidden from view (display: none, visibility: hidden, `hidden`, a closed
 * <details>) is skipped: checkVisibility in the page, hiddenWithoutLayout
 * in the CLI. A visually-hidden screen-reader copy (clipped to 1 px) is
 * read too; its marks cannot be seen, and the claim may be listed twice.
 */
export function skipsSubtree(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === UI_HOST_TAG) return true;
  // Any editable region, including contenteditable="plaintext-only"; "false" islands inside one are rare.
  if (isEditable(el.getAttribute('contenteditable'))) return true;
  return el.namespaceURI !== 'http://www.w3.org/1999/xhtml';
}

// Inline styles are the only "hidden" a document without layout (linkedom) can show.
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden, as far as attributes say: the `hidden` attribute or an inline
 * `display: none` / `visibility: hidden`. The walk asks this only where
 * there is no layout engine to ask (`checkVisibility`), as in the CLI.
 */
export function hiddenWithoutLayout(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
