// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ClaimsIndex } from '../../engine/types';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { messageOf } from './message-of';
import { createMockSource, getMockReport, type MockOptions } from './mock';
import { Popup } from './Popup';

const database: ClaimsIndex = { version: '0.1.0', date: '2026-11-26', concepts: [], claims: [] };
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders against the mock and waits for its promises and effects to settle. */
async function show(options: MockOptions = {}) {
  const source = createMockSource(options);
  render(<Popup source={source} database={database} />, root);
  await settle();
  return source;
}
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise(r => setTimeout(r, 0));
}
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const text = () => root.textContent ?? '';

describe('Popup (against the mock source)', () => {
  it('shows the profile, database, sentence count and grouped claims with data attributes', async () => {
    await show();
    expect($$('h1')[0]!.textContent).toBe('Gut Check');
    expect(text()).toContain('Claims database 0.1.0 · 2026-11-26');
    expect(text()).toContain('Checked 42 sentences.');
    expect($$('.evidence-segment').map(s => s.dataset.level)).toEqual([
      'strong',
      'unsupported',
      'contradicted',
      'unmatched',
    ]);
    expect($$('.claim').map(li => [li.dataset.claimId, li.dataset.evidence])).toEqual([
      ['mock-fibre-constipation', 'strong'],
      ['mock-probiotics-leaky-gut', 'unsupported'],
      ['mock-colon-cleanse', 'contradicted'],
      ['', 'unmatched'],
    ]);
    expect(text()).toContain('Nothing leaves your browser');
  });

  it('sends focusClaim with the claim index on click', async () => {
    const source = await show();
    $$('.claim[data-claim-id="mock-colon-cleanse"] .claim-main')[0]!.click();
    expect(source.calls.focus).toEqual([2]);
  });

  it('dismisses a claim into the dismissed section and restores it', async () => {
    const source = await show();
    $$('.claim[data-claim-id="mock-colon-cleanse"] .claim-dismiss')[0]!.click();
    await settle();
    expect(source.dismissed).toEqual({ 'https://blog.example/gut': ['mock-colon-cleanse'] });
    expect($$('.dismissed .claim').map(li => li.dataset.claimId)).toEqual(['mock-colon-cleanse']);
    $$('.dismissed .claim-dismiss')[0]!.click();
    await settle();
    expect($$('.dismissed')).toHaveLength(0);
  });

  it.each([
    [{ fail: 'unreachable' }, 'unreachable'],
    [{ fail: 'boom' }, 'error'],
    [{ report: getMockReport({ claims: [] }) }, 'empty'],
    [{ report: getMockReport({ state: 'paused' }) }, 'paused-page'],
    [{ settings: { ...DEFAULT_SETTINGS, enabled: false } }, 'paused-everywhere'],
    [{ settings: { ...DEFAULT_SETTINGS, sites: ['blog.example'] } }, 'paused-site'],
  ] as [MockOptions, string][])('shows the %o state as %s', async (options, state) => {
    await show(options);
    expect($$('.status').map(s => s.dataset.state)).toEqual([state]);
  });

  it('keeps loading while a scan has found nothing yet, then shows partial results', async () => {
    const source = createMockSource({ report: getMockReport({ state: 'scanning', claims: [] }) });
    render(<Popup source={source} database={database} />, root);
    await settle();
    expect($$('.status').map(s => s.dataset.state)).toEqual(['loading']);
    render(null, root);
    await show({ report: getMockReport({ state: 'scanning' }) });
    expect(text()).toContain('Checked 42 sentences so far…');
    expect($$('.claim')).toHaveLength(4);
  });

  it('pauses on this site through the settings', async () => {
    const source = await show();
    const box = $$('.site-controls input')[0] as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(source.settings.sites).toEqual(['blog.example']);
    expect($$('.status').map(s => s.dataset.state)).toEqual(['paused-site']);
  });

  it('exports each format through the source', async () => {
    const source = await show();
    for (const b of $$('.export-buttons button')) b.click();
    await settle();
    expect(source.calls.downloads.map(d => d.filename.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).toEqual([
      'gut-check-blog.example-DATE.json',
      'gut-check-blog.example-DATE.csv',
      'gut-check-blog.example-DATE.md',
      'gut-check-blog.example-DATE.claimreview.jsonld',
    ]);
    expect(text()).toContain('Saved gut-check-blog.example-');
  });

  it('in educator mode hides levels until guessed, keeps score and resets', async () => {
    const report = getMockReport();
    report.claims[0] = { ...report.claims[0]!, guess: 'unsupported' };
    report.claims[1] = { ...report.claims[1]!, guess: 'limited' };
    const source = await show({ report, settings: { ...DEFAULT_SETTINGS, educator: true } });
    expect($$('.score')[0]!.textContent).toBe('1 of 2 guesses right');
    expect($$('.evidence-bar')).toHaveLength(0);
    expect($$('.claim').map(li => li.dataset.evidence)).toEqual(['hidden', 'strong', 'unsupported', 'unmatched']);
    $$('.educator button')[0]!.click();
    await settle();
    expect(source.calls.resets).toBe(1);
    expect($$('.score')[0]!.textContent).toContain('No guesses yet');
  });
});

describe('messageOf', () => {
  it('reads errors, error-like objects and anything else', () => {
    expect(messageOf(new Error('a'))).toBe('a');
    expect(messageOf(Object.assign(Object.create(null) as object, { message: 'b' }))).toBe('b');
    expect(messageOf(Object.create(null))).toBe('Unknown error');
    expect(messageOf(null)).toBe('Unknown error');
  });
});
