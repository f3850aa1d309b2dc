/**
 * What the text walker never reads, decided in one place (uBlock's
 * `ignoreTags` habit): code, form fields, editable regions, non-text
 * content, hidden subtrees and our own UI.
 */

/** Elements whose text is not prose a reader sees as such. Upper case: `tagName` of HTML elements. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

/** Tag name of the host element of our UI (the card); the walker never enters it. */
export const UI_HOST_TAG = 'GUTCHECK-UI';

/**
 * Elements that start a new line of text, so sentences do not merge across
 * them. A tag list, not computed `display`: reading styles for every element
 * would cost more than the whole scan on a long page.
 */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LABEL',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Cheap checks (no style): does the walker skip `el` and everything under it? */
export function skipsSubtree(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || tag === UI_HOST_TAG) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  // Any editable region, including contenteditable="plaintext-only"; "false" islands inside one are rare.
  if (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') return true;
  return el.namespaceURI !== 'http://www.w3.org/1999/xhtml';
}
