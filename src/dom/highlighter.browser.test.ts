/** The highlighter in Chromium: CSS Custom Highlights registered and removed, the page itself untouched. */
import { afterEach, describe, expect, it } from 'vitest';

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
    expect(CSS.highlights.get(h.names.unsupported)?.has(a!)).toBe(true);
    expect(CSS.highlights.get(h.names.strong)?.has(b!)).toBe(true);
    expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
    expect(document.documentElement.outerHTML).toBe(before);

    h.delete(a!);
    expect(CSS.highlights.get(h.names.unsupported)?.size).toBe(0);
    h.setStyle('background');
    expect([...document.adoptedStyleSheets.at(-1)!.cssRules].some(r => r.cssText.includes('background-color'))).toBe(
      true,
    );

    h.destroy();
    expect(CSS.highlights.has(h.names.strong)).toBe(false);
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

  it('names its highlights at random, per instance, never a fixed name', () => {
    const a = new Highlighter('underline');
    const b = new Highlighter('underline');
    expect(a.names.strong).toMatch(/^gutcheck-[0-9a-f]{16}-strong$/);
    expect(a.names.strong).not.toBe(b.names.strong);
    const root = mount('<p>Probiotics heal leaky gut.</p>');
    const r = document.createRange();
    r.selectNodeContents(root.querySelector('p')!);
    a.add(r, 'strong');
    expect(CSS.highlights.has('gutcheck-strong')).toBe(false);
    expect(
      [...(document.adoptedStyleSheets.at(-1)?.cssRules ?? [])].some(x => x.cssText.includes(a.names.strong)),
    ).toBe(true);
    a.destroy();
    b.destroy();
  });

  it('sweep() drops ranges it did not add and puts back what a page took away', () => {
    const root = mount('<p id="ours">Probiotics heal leaky gut.</p><p id="theirs">Our tonic cures IBS.</p>');
    const h = new Highlighter('underline');
    const ours = document.createRange();
    ours.selectNodeContents(root.querySelector('#ours')!);
    const theirs = document.createRange();
    theirs.selectNodeContents(root.querySelector('#theirs')!);
    h.add(ours, 'contradicted');
    const strong = CSS.highlights.get(h.names.strong)!;
    const contradicted = CSS.highlights.get(h.names.contradicted)!;
    const sheet = document.adoptedStyleSheets.at(-1)!;

    // What a page script can do with what it finds in the registry and the adopted sheets.
    strong.add(theirs);
    contradicted.delete(ours);
    CSS.highlights.delete(h.names.focus);
    CSS.highlights.set(h.names.moderate, new Highlight(theirs));
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== sheet);

    expect(h.sweep()).toBe(1);
    expect(strong.has(theirs)).toBe(false);
    expect(contradicted.has(ours)).toBe(true);
    expect(CSS.highlights.has(h.names.focus)).toBe(true);
    expect(CSS.highlights.get(h.names.moderate)?.has(theirs)).toBe(false);
    expect(document.adoptedStyleSheets).toContain(sheet);
    // Nothing left to fix: a second sweep changes nothing.
    expect(h.sweep()).toBe(0);
    h.destroy();
  });
});
