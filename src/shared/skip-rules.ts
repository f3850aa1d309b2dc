/**
 * Which elements hold no prose a reader sees, and which start a new line:
 * one list for the extension's page walker (src/dom) and the CLI's HTML
 * reader (src/cli), so both read a page the same way. Plain data, lowercase
 * local names; no DOM, browser or Node imports.
 */

/** Elements whose content is never read: code, form fields, non-text content, the document head. */
export const SKIP_TAG_NAMES = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  // Not rendered: <title> and the rest of <head> are not page text.
  'head',
  'title',
  'meta',
  'link',
  'base',
] as const;

/**
 * Elements that start and end a line of text (roughly CSS display:block,
 * list-item and table parts), so sentences do not merge across them. A tag
 * list, not computed `display`: reading styles for every element would cost
 * more than the whole scan on a long page.
 */
export const BLOCK_TAG_NAMES = [
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
] as const;

/** Is this editable-region attribute value an editable one ("", "true", "plaintext-only")? */
export const isEditable = (contenteditable: string | null): boolean =>
  contenteditable !== null && contenteditable !== 'false';
