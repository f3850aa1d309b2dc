// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ClaimEntry, ClaimsIndex } from '../../engine/types';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/settings';
import { Options } from './Options';
import type { OptionsSource } from './source';

const entry = (id: string, evidence: ClaimEntry['evidence'], statement: string): ClaimEntry => ({
  id,
  statement,
  topics: [],
  topic: 't',
  claim: { subject: ['probiotics'], relation: 'treats', object: ['leaky-gut'] },
  evidence,
  verdict: `${statement}: verdict`,
  summary: '',
  citations: [{ title: 'A trial of things', year: 2020, journal: 'Gut', doi: '10.1000/x', kind: 'trial' }],
  reviewed: '2026-01-01',
});
const database: ClaimsIndex = {
  version: '1.0.0',
  date: '2026-11-26',
  concepts: [],
  claims: [entry('a', 'strong', 'Fibre eases constipation'), entry('b', 'unsupported', 'Detox teas flush toxins')],
};

function mockSource() {
  const source = {
    saved: [] as Settings[],
    cleared: 0,
    getSettings: async () => DEFAULT_SETTINGS,
    setSettings: async (s: Settings) => void source.saved.push(s),
    watchSettings: () => () => undefined,
    getShortcuts: async () => [{ name: 'next-claim', description: 'Go to the next claim', shortcut: 'Alt+Shift+N' }],
    shortcutsPage: 'chrome://extensions/shortcuts',
    openShortcutsPage: () => undefined,
    dismissedPages: async () => 3,
    clearDismissed: async () => void (source.cleared += 1),
  } satisfies OptionsSource & { saved: Settings[]; cleared: number };
  return source;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise(r => setTimeout(r, 0));
};
const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

async function show() {
  const source = mockSource();
  render(<Options source={source} database={database} />, root);
  await settle();
  return source;
}

describe('Options (against a mock source)', () => {
  it('saves each change as a whole settings object', async () => {
    const source = await show();
    const box = $<HTMLInputElement>('input[name="level-unsupported"]');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await settle();
    $<HTMLInputElement>('input[name="style"][value="underline"]').dispatchEvent(new Event('change'));
    await settle();
    expect(source.saved.at(-1)).toEqual({
      ...DEFAULT_SETTINGS,
      levels: { ...DEFAULT_SETTINGS.levels, unsupported: false },
      style: 'underline',
    });
    expect($('.save-status').textContent).toContain('Saved');
  });

  it('adds valid sites and explains invalid ones', async () => {
    const source = await show();
    const input = $<HTMLInputElement>('#site-input');
    input.value = 'not a site';
    input.dispatchEvent(new Event('input'));
    await settle();
    $('form.site-add').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect($('#site-error').textContent).toContain('example.com');
    input.value = 'https://News.Example/page';
    input.dispatchEvent(new Event('input'));
    await settle();
    $('form.site-add').dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(source.saved.at(-1)!.sites).toEqual(['news.example']);
    expect($$('.sites li').map(li => li.dataset.site)).toEqual(['news.example']);
  });

  it('lists shortcuts and the catalogue, and filters it', async () => {
    await show();
    expect($('tr[data-command="next-claim"]').textContent).toContain('Alt+Shift+N');
    expect($$('.catalogue-entry').map(li => li.dataset.evidence)).toEqual(['strong', 'unsupported']);
    expect($('.catalogue-entry a').getAttribute('href')).toBe('https://doi.org/10.1000/x');
    const select = $<HTMLSelectElement>('.catalogue-filters select');
    select.value = 'unsupported';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect($$('.catalogue-entry').map(li => li.dataset.claimId)).toEqual(['b']);
  });

  it('says how many pages have dismissals and clears them', async () => {
    const source = await show();
    expect($('.dismissed-pages').textContent).toBe('3');
    const button = $$('button').find(b => b.textContent === 'Forget dismissed claims')!;
    button.click();
    await settle();
    expect(source.cleared).toBe(1);
    expect($('.dismissed-pages').textContent).toBe('0');
  });
});
