import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { extractHtml } from '../../src/cli/extract-html';
import type { DocumentInput } from '../../src/engine/types';
import { FIXTURES } from '../fixtures/cli/run-cli';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Each block's text, whitespace collapsed, with its role. */
const blocks = (doc: DocumentInput) =>
  doc.blocks.map(b => ({
    text: doc.text.slice(b.start, b.end).replace(/ +/g, ' ').trim(),
    role: b.level ? `${b.role} ${b.level}` : b.role,
  }));
const texts = (doc: DocumentInput) => blocks(doc).map(b => b.text);

describe('extractHtml (the extension walk over linkedom)', () => {
  const page = extractHtml(fixture('pages/skip-rules.html'));

  it('reads the title, whitespace collapsed', () => {
    expect(page.title).toBe('Skip rules: a test page');
  });

  it('keeps visible prose and drops every skipped element', () => {
    expect(page.doc.text).toContain('NSAIDs such as ibuprofen damage the gut lining.');
    expect(page.doc.text).toContain('Our cafe serves fresh bread every morning.');
    // Every copy of this sentence in the fixture sits in something the extension skips.
    expect(page.doc.text).not.toContain('Probiotics');
    expect(page.doc.text).not.toContain('Enter');
    expect(page.doc.text).not.toContain('Done');
  });

  it('gives each block its role, with a block at every boundary and at <br>', () => {
    expect(blocks(page.doc)).toEqual([
      { text: 'What the gut clinic said', role: 'heading 1' },
      { text: 'NSAIDs such as ibuprofen damage the gut lining.', role: 'paragraph' },
      { text: 'Our cafe serves fresh bread every morning.', role: 'paragraph' },
      { text: 'Type into the box, press and read the line.', role: 'paragraph' },
      { text: 'First item', role: 'list-item' },
      { text: 'Second item', role: 'list-item' },
      { text: 'on two lines', role: 'list-item' },
      { text: 'Left cell', role: 'table-cell' },
      { text: 'Right cell', role: 'table-cell' },
    ]);
  });

  it('blocks index the document text, and no whitespace other than spaces is left inside one', () => {
    for (const b of page.doc.blocks) expect(page.doc.text.slice(b.start, b.end)).not.toMatch(/[\n\t\r]/);
    expect(page.words).toBe(40);
  });

  it.each([
    ['<p>one <b>two</b></p><p>three', ['one two', 'three']],
    ['<div>a<span>b</span> c</div>', ['ab c']],
    ['plain words, no tags', ['plain words, no tags']],
    ['<p>x</p><div hidden><p>y</p></div><p contenteditable="false">z</p>', ['x', 'z']],
    // Visible aria-hidden text is read, as in the page (src/dom/skip.ts says why).
    ['<p>x</p><div aria-hidden="true"><p>y</p></div>', ['x', 'y']],
    ['<p>x</p><p style="color: red; display:none">y</p><p style="display: block">z</p>', ['x', 'z']],
    ['<title>In the body</title><p>text</p>', ['text']],
    ['<blockquote><p>quoted</p></blockquote><figure><figcaption>cap</figcaption></figure>', ['quoted', 'cap']],
    ['', []],
  ])('fragment %j → %j', (html, expected) => {
    expect(texts(extractHtml(html).doc)).toEqual(expected);
  });

  it('quotes and captions keep their roles; a paragraph inside a list item is a list item', () => {
    const doc = extractHtml(
      '<blockquote><p>q</p></blockquote><figcaption>c</figcaption><ul><li><p>i</p></li></ul>',
    ).doc;
    expect(doc.blocks.map(b => b.role)).toEqual(['quote', 'caption', 'list-item']);
  });

  it('with article: keeps the article, drops navigation and footer', () => {
    const { title, doc } = extractHtml(fixture('article.html'), { article: true });
    expect(title).toContain('A long read about digestion');
    expect(doc.text).toContain('NSAIDs such as ibuprofen damage the gut lining.');
    expect(doc.text).not.toContain('Probiotics heal leaky gut.');
    expect(doc.text).not.toContain('Ten breakfast ideas');
    // Paragraphs stay apart: a block each.
    expect(doc.blocks.filter(b => b.role === 'paragraph').length).toBeGreaterThanOrEqual(4);
  });

  it('without article: the whole page', () => {
    expect(extractHtml(fixture('article.html')).doc.text).toContain('Probiotics heal leaky gut.');
  });

  it('reads 8,000 levels of nesting without overflowing the stack', () => {
    const deep = '<div>'.repeat(8000) + 'Probiotics heal leaky gut.' + '</div>'.repeat(8000);
    expect(texts(extractHtml(deep).doc)).toEqual(['Probiotics heal leaky gut.']);
  });
});
