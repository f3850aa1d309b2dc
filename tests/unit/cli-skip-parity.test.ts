/**
 * The CLI reads HTML with linkedom and the extension walks the live DOM; both
 * take their tag lists from src/shared/skip-rules.ts. These check that the
 * two readers apply them alike.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { BLOCK_TAGS, extractHtml, isSkipped, SKIP_TAGS } from '../../src/cli/extract-html';
import * as dom from '../../src/dom/skip';

describe('CLI HTML rules match the extension (src/dom/skip.ts)', () => {
  it('use the same tag lists', () => {
    expect([...dom.SKIP_TAGS].map(t => t.toLowerCase()).sort()).toEqual([...SKIP_TAGS].sort());
    expect([...dom.BLOCK_TAGS].map(t => t.toLowerCase()).sort()).toEqual([...BLOCK_TAGS].sort());
  });

  const element = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild!;

  it.each([
    ['<div aria-hidden="true">x</div>', true],
    ['<div contenteditable>x</div>', true],
    ['<div contenteditable="plaintext-only">x</div>', true],
    ['<div contenteditable="false">x</div>', false],
    ['<div role="note">x</div>', false],
  ])('%s: skipped %s, by both', (html, skipped) => {
    const el = element(html);
    expect(isSkipped(el)).toBe(skipped);
    expect(dom.skipsSubtree(el)).toBe(skipped);
  });

  // The extension asks the browser (checkVisibility); with no layout engine the
  // CLI can only read the `hidden` attribute and inline styles.
  it.each([
    ['<div hidden>x</div>', true],
    ['<div style="color: red; display:none">x</div>', true],
    ['<div style="visibility: hidden !important">x</div>', true],
    ['<div style="display: block">x</div>', false],
  ])('%s: skipped %s', (html, skipped) => {
    expect(isSkipped(element(html))).toBe(skipped);
  });

  it('extracts nothing from skipped media and embeds', () => {
    const html = '<p>kept</p><video>v</video><audio>a</audio><canvas>c</canvas><object>o</object>';
    expect(extractHtml(html).text).toBe('kept');
  });
});
