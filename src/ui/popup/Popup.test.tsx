// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../../settings/settings';
import { messageOf } from './message-of';
import { createMockSource, getMockReport, type MockOptions } from './mock';
import { Popup } from './Popup';

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
  render(<Popup source={source} />, root);
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
      'contradicted',
      'unsupported',
      'strong',
      'unmatched',
    ]);
    // Worst first: the problems lead the list.
    expect($$('.claim').map(li => [li.dataset.claimId, li.dataset.evidence])).toEqual([
      ['mock-colon-cleanse', 'contradicted'],
      ['mock-probiotics-leaky-gut', 'unsupported'],
      ['mock-fibre-constipation', 'strong'],
      ['', 'unmatched'],
    ]);
    expect(text()).toContain('Nothing leaves your browser');
  });

  it('sends focusClaim with the claim index on click; a keyboard click also takes the reader to the page', async () => {
    const source = await show();
    const button = $$('.claim[data-claim-id="mock-colon-cleanse"] .claim-main')[0]!;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    await settle();
    expect(source.calls.focus).toEqual([2]);
    expect(source.calls.toPage).toEqual([]);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    await settle();
    expect(source.calls.focus).toEqual([2, 2]);
    expect(source.calls.toPage).toEqual([2]);
  });

  it('comes back to the claim last visited from the popup', async () => {
    await show({ visited: 1 });
    expect(document.activeElement).toBe($$('.claim[data-index="1"] .claim-main')[0]);
  });

  it('gives each list button a short name, with level, verdict and match as its description', async () => {
    const report = getMockReport();
    report.claims[0] = {
      ...report.claims[0]!,
      text: 'Probiotic supplements heal a leaky gut and restore the lining of your intestines within days, experts say.',
      match: {
        id: 'mock-probiotics-leaky-gut',
        statement: 'Probiotics heal leaky gut',
        via: 'class',
        family: 'probiotics',
      },
      overstated: true,
      overstatedBy: 'heal',
    };
    report.claims[3] = {
      ...report.claims[3]!,
      match: { id: 'mock-kombucha', statement: 'Kombucha improves digestion', via: 'entry' },
      confidence: 0.41,
    };
    // Graded by the engine, but below the confidence at which grades are usually right.
    report.claims[1] = { ...report.claims[1]!, confidence: 0.7 };
    await show({ report });
    const item = $$('.claim[data-index="0"]')[0]!;
    const button = item.querySelector<HTMLElement>('.claim-main')!;
    expect(button.textContent).toBe('Probiotic supplements heal a leaky gut and restore the…');
    const about = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(about.textContent).toContain('Unsupported');
    expect(about.textContent).toContain('No trial shows probiotics repair a leaky gut.');
    expect(about.textContent).toContain('Matched: Probiotics heal leaky gut');
    expect(about.textContent).toContain('Graded as a claim about probiotics in general.');
    expect(about.textContent).toContain('The page says “heal”; the research shows no reliable evidence for it.');
    // Not graded: the closest entry is named, neutrally.
    const closest = $$('.claim[data-index="3"] .claim-match')[0]!;
    expect(closest.dataset.kind).toBe('closest');
    expect(closest.textContent).toBe(
      'Closest claim in our database: Kombucha improves digestion (match confidence: low, 0.41)',
    );
    expect($$('.claim[data-index="3"] .gc-level')[0]!.dataset.level).toBe('unmatched');
    // An unsure grade is shown the same way: no level, no verdict, the closest claim named.
    const unsure = $$('.claim[data-index="1"]')[0]!;
    expect(unsure.dataset.evidence).toBe('unmatched');
    expect(unsure.querySelector<HTMLElement>('.claim-match')!.dataset.kind).toBe('closest');
    expect(unsure.textContent).not.toContain('Strong');
    expect(unsure.textContent).not.toContain('Reviews of trials agree fibre helps.');
    expect(unsure.textContent).toContain('Not graded: the match is too unsure.');
    // The profile counts it with the ungraded claims, as the list does.
    expect($$('.evidence-segment').map(s => [s.dataset.level, s.textContent])).toEqual([
      ['contradicted', '1'],
      ['unsupported', '1'],
      ['unmatched', '2'],
    ]);
  });

  it('filters the list with the level chips', async () => {
    await show();
    const chip = (level: string) => $$(`.level-chip[data-level="${level}"]`)[0]!;
    chip('contradicted').click();
    await settle();
    expect(chip('contradicted').getAttribute('aria-pressed')).toBe('true');
    expect($$('.claim').map(li => li.dataset.evidence)).toEqual(['contradicted']);
    expect(text()).toContain('Showing 1 of 4 claims.');
    chip('strong').click();
    await settle();
    expect($$('.claim').map(li => li.dataset.evidence)).toEqual(['contradicted', 'strong']);
    chip('contradicted').click();
    await settle();
    expect($$('.claim').map(li => li.dataset.evidence)).toEqual(['strong']);
    $$('.show-all')[0]!.click();
    await settle();
    expect($$('.claim')).toHaveLength(4);
    expect($$('.level-chip[aria-pressed="true"]')).toHaveLength(0);
  });

  it('dismisses a claim, moves focus to the next one and offers Undo; restores from the dismissed section', async () => {
    const source = await show();
    $$('.claim[data-claim-id="mock-colon-cleanse"] .claim-dismiss')[0]!.click();
    await settle();
    expect(source.dismissed).toEqual({
      'https://blog.example/gut': { claims: ['mock-colon-cleanse'], at: expect.any(Number) },
    });
    expect($$('.dismissed .claim').map(li => li.dataset.claimId)).toEqual(['mock-colon-cleanse']);
    expect(document.activeElement).toBe($$('.claim[data-claim-id="mock-probiotics-leaky-gut"] .claim-main')[0]);
    expect($$('.undo')[0]!.getAttribute('role')).toBe('status');
    expect($$('.undo')[0]!.textContent).toBe('Dismissed “Colon cleanses remove toxins” Undo');
    $$('.undo button')[0]!.click();
    await settle();
    expect(source.dismissed).toEqual({});
    expect($$('.undo')[0]!.textContent).toBe('');
    expect(document.activeElement).toBe($$('.claim[data-claim-id="mock-colon-cleanse"] .claim-main')[0]);

    // The last claim: focus goes to the one before it.
    $$('.claim[data-index="3"] .claim-dismiss')[0]!.click();
    await settle();
    expect(document.activeElement).toBe($$('.claim[data-index="1"] .claim-main')[0]);
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

  it('keeps loading while a scan has found nothing yet, and redraws when the page says its report changed', async () => {
    const source = createMockSource({ report: getMockReport({ state: 'scanning', claims: [] }) });
    render(<Popup source={source} />, root);
    await settle();
    expect($$('.status').map(s => s.dataset.state)).toEqual(['loading']);
    source.setReport(getMockReport({ state: 'scanning' }));
    await settle();
    expect(text()).toContain('Checked 42 sentences so far…');
    expect($$('.claim')).toHaveLength(4);
    source.setReport(getMockReport());
    await settle();
    expect(text()).toContain('Checked 42 sentences.');
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
    // Citations come from the background, for the entries the page names only.
    expect(source.calls.entries[0]!.sort()).toEqual([
      'mock-colon-cleanse',
      'mock-fibre-constipation',
      'mock-probiotics-leaky-gut',
    ]);
    const json = JSON.parse(source.calls.downloads[0]!.content) as {
      documents: { claims: { citations: unknown[] }[] }[];
    };
    expect(json.documents[0]!.claims[0]!.citations).toHaveLength(1);
  });

  it('in educator mode hides levels until guessed, keeps score and resets', async () => {
    const report = getMockReport();
    report.claims[0] = { ...report.claims[0]!, guess: 'unsupported' };
    report.claims[1] = { ...report.claims[1]!, guess: 'limited' };
    const source = await show({ report, settings: { ...DEFAULT_SETTINGS, educator: true } });
    expect($$('.score')[0]!.textContent).toBe('1 of 2 guesses right');
    expect($$('.evidence-bar')).toHaveLength(0);
    expect($$('.claim').map(li => li.dataset.evidence)).toEqual(['hidden', 'unsupported', 'strong', 'unmatched']);
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

describe('Popup keyboard note and legend', () => {
  it('says which commands have no key, and opens the browser’s shortcut settings', async () => {
    const source = await show({
      shortcuts: [
        { name: 'next-claim', description: 'Go to the next claim on the page', shortcut: '' },
        { name: 'toggle-highlights', description: 'Turn highlights on or off', shortcut: 'Alt+Shift+G' },
      ],
    });
    expect($$('.keyboard li').map(li => li.textContent)).toEqual([
      'No key set Go to the next claim on the page',
      'Alt+Shift+G Turn highlights on or off',
    ]);
    expect($$('.keyboard-fix')[0]!.textContent).toContain('One command has no key.');
    $$('.keyboard-fix button')[0]!.click();
    expect(source.calls.shortcutSettings).toBe(1);
  });

  it('says nothing about keys when all are bound, and holds the legend', async () => {
    await show();
    expect($$('.keyboard-fix')).toHaveLength(0);
    expect($$('.legend-panel .gc-legend > [data-level]').map(r => r.dataset.level)).toEqual([
      'strong',
      'moderate',
      'limited',
      'unsupported',
      'contradicted',
      'unmatched',
    ]);
  });
});
