import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { pageOffsets } from './page-offsets';
import { readDocument } from './read-document';

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
  <h1>Gut   claims</h1>
  <p>Intro text.</p>
  <p id="p"><b>Probiotics</b> heal
      <a href="#">leaky gut</a>.</p>
</body></html>`;

/** The text node under `el` that contains `needle`, and the offset of `needle` in it. */
function find(el: Element, needle: string): { node: Text; offset: number } {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(needle);
    if (i >= 0) return { node: n as Text, offset: i };
  }
  throw new Error(`${needle} not found`);
}

describe('pageOffsets', () => {
  const { document } = parseHTML(PAGE);
  const text = readDocument(document as unknown as Document).doc.text;

  it('gives offsets into the page’s text as the CLI reads it', () => {
    const p = document.getElementById('p')!;
    const start = find(p, 'Probiotics');
    const end = find(p, '.');
    const [span] = pageOffsets(document as unknown as Document, [
      { startContainer: start.node, startOffset: 0, endContainer: end.node, endOffset: end.offset + 1 },
    ]);
    expect(span).not.toBeNull();
    // The source's line break and indent are there, one for one, as spaces: the CLI's offsets.
    expect(text.slice(span!.start, span!.end)).toBe('Probiotics heal       leaky gut.');
    expect(text.indexOf('Probiotics')).toBe(span!.start);
  });

  it('is null for a span outside the text read', () => {
    const title = document.querySelector('title')!.firstChild as Text;
    expect(
      pageOffsets(document as unknown as Document, [
        { startContainer: title, startOffset: 0, endContainer: title, endOffset: 1 },
      ]),
    ).toEqual([null]);
  });
});
