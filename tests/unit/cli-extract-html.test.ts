import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { extractHtml } from '../../src/cli/extract-html';
import { FIXTURES } from '../fixtures/cli/run-cli';

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('extractHtml', () => {
  const page = extractHtml(fixture('pages/skip-rules.html'));

  it('reads the title, whitespace collapsed', () => {
    expect(page.title).toBe('Skip rules: a test page');
  });

  it('keeps visible prose and drops every skipped element', () => {
    expect(page.text).toContain('NSAIDs such as ibuprofen damage the gut lining.');
    expect(page.text).toContain('Our cafe serves fresh bread every morning.');
    // Every copy of this sentence in the fixture sits in something the extension skips.
    expect(page.text).not.toContain('Probiotics');
    expect(page.text).not.toContain('Enter');
    expect(page.text).not.toContain('Done');
  });

  it('ends a line at every block boundary and at <br>', () => {
    const lines = page.text.split('\n');
    expect(lines).toContain('What the gut clinic said');
    expect(lines).toContain('First item');
    expect(lines).toContain('Second item');
    expect(lines).toContain('on two lines');
    expect(lines).toContain('Left cell');
    expect(lines.every(line => line === line.trim() && line !== '')).toBe(true);
  });

  it.each([
    ['<p>one <b>two</b></p><p>three', 'one two\nthree'],
    ['<div>a<span>b</span> c</div>', 'ab c'],
    ['plain words, no tags', 'plain words, no tags'],
    ['<p>x</p><div hidden><p>y</p></div><p contenteditable="false">z</p>', 'x\nz'],
    ['<title>In the body</title><p>text</p>', 'text'],
    ['', ''],
  ])('fragment %j → %j', (html, text) => {
    expect(extractHtml(html).text).toBe(text);
  });

  it('with article: keeps the article, drops navigation and footer', () => {
    const { title, text } = extractHtml(fixture('article.html'), { article: true });
    expect(title).toContain('A long read about digestion');
    expect(text).toContain('NSAIDs such as ibuprofen damage the gut lining.');
    expect(text).not.toContain('Probiotics heal leaky gut.');
    expect(text).not.toContain('Ten breakfast ideas');
    // Paragraphs stay apart: one line each.
    expect(text.split('\n').length).toBeGreaterThanOrEqual(4);
  });

  it('without article: the whole page', () => {
    expect(extractHtml(fixture('article.html')).text).toContain('Probiotics heal leaky gut.');
  });
});
