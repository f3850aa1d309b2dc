/**
 * The text walk in real Chromium: roles from the DOM, what is skipped
 * (including what only layout can hide), slices that add up to the whole,
 * and offsets that map back to the page's own text.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { documentOf } from './document-input';
import { readDocument } from './read-document';
import { mount, unmountAll } from './test-page';
import { TextWalk } from './text-extract';

afterEach(() => unmountAll());

const walked = (root: Node) => {
  const walk = new TextWalk(root);
  walk.step();
  return walk;
};
const blocksOf = (root: Node) => {
  const walk = walked(root);
  return walk.blocks.map(b => ({
    text: walk.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim(),
    role: b.level ? `${b.role} ${b.level}` : b.role,
  }));
};

describe('TextWalk in Chromium', () => {
  it('gives every block its role from the DOM', () => {
    const root = mount(`
      <h1>Gut health</h1>
      <h3>Benefits of kefir</h3>
      <p>Kefir holds <b>live</b> bacteria.</p>
      <ul><li>Eases bloating</li><li><p>Helps digestion</p></li></ul>
      <dl><dt>Term</dt><dd>Meaning</dd></dl>
      <blockquote><p>Probiotics heal everything.</p></blockquote>
      <figure><img alt=""><figcaption>A gut diagram</figcaption></figure>
      <table><caption>Fibre per food</caption><tr><th>Food</th><td>Oats</td></tr></table>
      <div>Loose text in a div</div>`);
    expect(blocksOf(root)).toEqual([
      { text: 'Gut health', role: 'heading 1' },
      { text: 'Benefits of kefir', role: 'heading 3' },
      { text: 'Kefir holds live bacteria.', role: 'paragraph' },
      { text: 'Eases bloating', role: 'list-item' },
      { text: 'Helps digestion', role: 'list-item' },
      { text: 'Term', role: 'list-item' },
      { text: 'Meaning', role: 'list-item' },
      { text: 'Probiotics heal everything.', role: 'quote' },
      { text: 'A gut diagram', role: 'caption' },
      { text: 'Fibre per food', role: 'caption' },
      { text: 'Food', role: 'table-cell' },
      { text: 'Oats', role: 'table-cell' },
      { text: 'Loose text in a div', role: 'paragraph' },
    ]);
  });

  it('skips code, form fields, editable regions and what the stylesheet hides; reads visible aria-hidden text', () => {
    const root = mount(`
      <style>.gone { display: none } .ghost { visibility: hidden }</style>
      <p>kept one</p>
      <pre>skipped pre</pre><p>a <code>skipped code</code> b</p>
      <textarea>skipped textarea</textarea><input value="skipped input">
      <div contenteditable="true">skipped editable</div>
      <div aria-hidden="true">kept aria-hidden</div>
      <div aria-hidden="true" class="gone">skipped aria-hidden and hidden</div>
      <div class="gone">skipped by class</div>
      <div class="ghost">skipped ghost <span style="visibility: visible">kept visible child</span></div>
      <p>kept two</p>`);
    const text = walked(root).text;
    expect(text).not.toMatch(/skipped/);
    expect(blocksOf(root).map(b => b.text)).toEqual([
      'kept one',
      'a b',
      'kept aria-hidden',
      'kept visible child',
      'kept two',
    ]);
  });

  it('read in tiny slices, gives the same text and blocks as in one go', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} about <em>gut</em> health.</p>`);
    const root = mount(`<h2>Many</h2>${paragraphs.join('')}`);
    const whole = walked(root);
    const sliced = new TextWalk(root);
    let slices = 0;
    while (!sliced.step(0)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.blocks).toEqual(whole.blocks);
  });

  it('maps every block back to the page text it came from', () => {
    const root = mount(
      '<p>NSAIDs <a href="#">such as</a> ibuprofen\n   damage the gut lining.</p><ul><li>One</li></ul>',
    );
    const walk = walked(root);
    for (const b of walk.blocks) {
      const range = walk.map.range(b.start, b.end);
      expect(range?.toString()).toBe(walk.text.slice(b.start, b.end));
    }
    const { doc, sources } = documentOf(walk.text, walk.blocks);
    expect(doc.text).toBe('NSAIDs such as ibuprofen    damage the gut lining.\n\nOne');
    expect(sources).toEqual(walk.blocks.map(b => b.start));
  });

  it('reads a shadow root on its own pass, and reports it', () => {
    const root = mount('<p>outside</p><div id="host"></div>');
    const shadow = (root.querySelector('#host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'inside the shadow' }));
    const walk = walked(root);
    expect(walk.text).toBe('outside');
    expect(walk.shadowRoots).toEqual([shadow]);
    expect(readDocument(shadow).doc.text).toBe('inside the shadow');
  });

  it('counts words as the CLI does', () => {
    const root = mount("<p>Don't skip the gut-brain axis: 3 studies.</p>");
    expect(readDocument(root).words).toBe(7);
  });
});
