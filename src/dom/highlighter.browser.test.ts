/** The highlighter in Chromium: CSS Custom Highlights registered and removed, the page itself untouched. */
import { afterEach, describe, expect, it } from 'vitest';

import { highlightName } from './highlight-css';
import { Highlighter } from './highlighter';
import { mount, unmountAll } from './test-page';

afterEach(() => unmountAll());

describe('Highlighter in Chromium', () => {
  it('marks ranges without changing the DOM, and destroy() leaves nothing behind', () => {
    const root = mount('<p>Probiotics heal leaky gut.</p><p>NSAIDs damage the gut lining.</p>');
    const before = document.documentElement.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    expect(Highlighter.supported(document)).toBe(true);

    const h = new Highlighter('underline');
    const [a, b] = [...root.querySelectorAll('p')].map(p => {
      const r = document.createRange();
      r.selectNodeContents(p);
      return r;
    });
    h.add(a!, 'unsupported');
    h.add(b!, 'strong');
    expect(CSS.highlights.get(highlightName('unsupported'))?.has(a!)).toBe(true);
    expect(CSS.highlights.get(highlightName('strong'))?.has(b!)).toBe(true);
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    expect(document.documentElement.outerHTML).toBe(before);

    h.delete(a!);
    expect(CSS.highlights.get(highlightName('unsupported'))?.size).toBe(0);
    h.setStyle('background');
    expect([...document.adoptedStyleSheets.at(-1)!.cssRules].some(r => r.cssText.includes('background-color'))).toBe(
      true,
    );

    h.destroy();
    expect(CSS.highlights.has(highlightName('strong'))).toBe(false);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('adopts its sheet into a shadow root it marks', () => {
    const root = mount('<div id="host"></div>');
    const shadow = (root.querySelector('#host') as HTMLElement).attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Kefir contains live bacteria.';
    shadow.append(p);
    const h = new Highlighter('underline');
    const r = document.createRange();
    r.selectNodeContents(p);
    h.add(r, 'moderate');
    expect(shadow.adoptedStyleSheets.length).toBe(1);
    h.destroy();
    expect(shadow.adoptedStyleSheets.length).toBe(0);
  });
});
