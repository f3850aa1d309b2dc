/**
 * The core browser checks, in Firefox at runtime: the page is annotated and
 * left unchanged, a card opens from a highlight, the popup lists the page's
 * claims and opens a card from the list, and nothing leaves the machine.
 * And issue 13's runtime checks: every command has a key Firefox binds,
 * pausing and resuming leaves cards working, an unsure grade shows only the
 * closest claim, and educator guesses outlive a reload.
 * One Firefox for the file (it takes seconds to start); tests run in order.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LEVEL } from '../../src/shared/evidence-levels';
import { CONFIDENT, shownKey, shownLevel } from '../../src/shared/grading';
import { launchFirefox, poll, settledReport, type FirefoxSession } from './firefox';

let ff: FirefoxSession;

beforeAll(async () => {
  ff = await launchFirefox();
}, 90_000);

afterAll(async () => {
  await ff?.close();
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page's own DOM (our UI host left out) and its visible text. */
async function snapshot(page: Page): Promise<{ dom: string; text: string }> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('gutcheck-ui').forEach(n => n.remove());
    return { dom: clone.outerHTML, text: document.body.innerText };
  });
}

/** Text covered by each range in our highlights. */
async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('gutcheck-'))
      .flatMap(([, h]) => [...h].map(r => (r as Range).toString())),
  );
}

/** The card in our shadow root: shown (in the top layer), pinned, its text and links. */
async function cardState(
  page: Page,
): Promise<{ open: boolean; pinned: string | null; text: string; links: string[] } | null> {
  return page.evaluate(() => {
    const card = document.querySelector('gutcheck-ui')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return null;
    const box = card.getBoundingClientRect();
    return {
      open: card.matches(':popover-open') && box.width > 0 && box.height > 0,
      pinned: card.getAttribute('data-pinned'),
      text: card.innerText,
      links: [...card.querySelectorAll('a')].map(a => a.href),
    };
  });
}

/** The card sits just above or just below the claim with this text (not stuck in a corner). */
async function cardBesideClaim(page: Page, claimText: string): Promise<boolean> {
  return page.evaluate(text => {
    // A claim split by inline markup is painted as several ranges: the card sits beside one of them.
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) {
      if (name.startsWith('gutcheck-') && !name.endsWith('-focus')) ranges.push(...(h as Iterable<Range>));
    }
    const own = ranges.filter(r => flat(r.toString()) && flat(text).includes(flat(r.toString())));
    const card = document.querySelector('gutcheck-ui')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return own.some(r => {
      const claim = r.getBoundingClientRect();
      return Math.min(Math.abs(card.top - claim.bottom), Math.abs(card.bottom - claim.top)) <= 16;
    });
  }, claimText);
}

/** Viewport point over the middle of the first text of `selector`. */
async function pointOver(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate(sel => {
    const el = document.querySelector(sel) as Element;
    const range = document.createRange();
    range.selectNodeContents(document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

describe('Firefox at runtime', () => {
  it('sees a request that tries to leave the machine (the network check can fail)', async () => {
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/no-gut.html`);
    await page.evaluate(() => fetch('http://gutcheck-probe.invalid/x', { mode: 'no-cors' }).catch(() => undefined));
    expect(ff.externalRequests).toEqual(['GET http://gutcheck-probe.invalid/x']);
    ff.externalRequests.length = 0;
    await page.close();
  });

  it('annotates a page without changing it, and restores it when paused', async () => {
    await ff.setSettings({ enabled: false });
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/inline-split.html`);
    await poll(async () => ((await ff.sendToTab(page, 'getReport')).state === 'paused' ? true : undefined), 'paused');
    const before = await snapshot(page);
    expect(await highlighted(page)).toEqual([]);

    // Every claim painted, ungraded ones too: this is about painting, not grading.
    await ff.setSettings({ enabled: true, unmatched: true });
    const report = await settledReport(ff, page);
    const texts = report.claims.map(c => norm(c.text));
    for (const want of ['NSAIDs such as ibuprofen damage the gut lining.', 'Colon cleanses remove toxins.'])
      expect(texts, want).toContain(want);
    // Every claim is painted over exactly its text, and the page's own DOM and text are as they were.
    const marks = (await highlighted(page)).map(norm);
    for (const c of report.claims) {
      expect(norm(c.highlighted ?? '')).toBe(norm(c.text));
      expect(marks).toContain(norm(c.text));
    }
    expect(await snapshot(page)).toEqual(before);

    await ff.setSettings({ enabled: false });
    await poll(async () => ((await ff.sendToTab(page, 'getReport')).state === 'paused' ? true : undefined), 'paused');
    expect(await highlighted(page)).toEqual([]);
    expect(await snapshot(page)).toEqual(before);
    await ff.setSettings({ enabled: true, unmatched: false });
    await page.close();
  });

  it('opens a card on hover, pins it on click and closes it on Escape', async () => {
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/inline-split.html`);
    await settledReport(ff, page);
    const p = await pointOver(page, '#b');
    await page.mouse.move(p.x, p.y);
    const shown = await poll(async () => {
      const s = await cardState(page);
      return s?.open ? s : undefined;
    }, 'the card on hover');
    // The compact preview: the matched claim, and the research one click away (its links are in the card).
    expect(shown.text).toContain('Matched:');
    expect(shown.text).toContain('Show the research');
    expect(shown.links.some(h => /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//.test(h))).toBe(true);

    await page.mouse.click(p.x, p.y);
    await poll(async () => ((await cardState(page))?.pinned === 'true' ? true : undefined), 'a pinned card');
    await page.keyboard.press('Escape');
    await poll(async () => (!(await cardState(page))?.open ? true : undefined), 'the card to close');
    await page.close();
  });

  it('lists the page’s claims in the popup, and a click there opens the claim’s card on the page', async () => {
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/popup-claims.html`);
    const report = await settledReport(ff, page);
    expect(report.claims.length).toBeGreaterThanOrEqual(3);
    const popup = await ff.openExtensionPage(`/popup.html?tabId=${await ff.tabIdOf(page)}`);
    await popup.waitForSelector('.claim');

    const listed = await popup.$$eval('main .claim-groups .claim', items =>
      items.map(li => {
        const d = (li as HTMLElement).dataset;
        return `${d.index}|${d.claimId ?? 'MISSING'}|${d.evidence ?? 'MISSING'}`;
      }),
    );
    const expected = report.claims.map(c => `${c.index}|${c.claimId ?? ''}|${shownKey(c)}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(await popup.$eval('.database', el => el.textContent)).toBe(
      `Claims database ${report.database.version} · ${report.database.date}`,
    );

    // The far claim sits below the fold: the popup scrolls the page to it and opens its card.
    const far = report.claims.find(c => c.text.startsWith('Bone broth'));
    expect(far, 'the claim below the fold').toBeDefined();
    await (await popup.$(`.claim[data-index="${far!.index}"] .claim-main`))!.click();
    await poll(async () => ((await cardState(page))?.open ? true : undefined), 'the card from the popup');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await popup.close();
    await page.close();
  });

  it('binds a key to every keyboard command', async () => {
    const keys = Object.fromEntries(
      (await ff.commands()).filter(c => c.name !== '_execute_action').map(c => [c.name, c.shortcut]),
    );
    expect(keys).toEqual({
      'next-claim': 'Alt+Shift+J',
      'previous-claim': 'Alt+Shift+K',
      'toggle-highlights': 'Alt+Shift+G',
    });
  });

  it('after three pause/resume round trips, cards open beside the first and last claims', async () => {
    await ff.setSettings({ unmatched: true });
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/inline-split.html`);
    const report = await settledReport(ff, page);
    await ff.sendToTab(page, 'focusClaim', { index: 0 });
    await poll(async () => ((await cardState(page))?.open ? true : undefined), 'a card before pausing');
    for (let round = 0; round < 3; round++) {
      await ff.sendToTab(page, 'runCommand', { command: 'toggle-highlights' });
      await poll(async () => ((await ff.sendToTab(page, 'getReport')).state === 'paused' ? true : undefined), 'paused');
      expect(await cardState(page)).toBeNull();
      await ff.sendToTab(page, 'runCommand', { command: 'toggle-highlights' });
      await settledReport(ff, page);
    }
    const p = await pointOver(page, '#a');
    await page.mouse.move(p.x, p.y);
    await poll(async () => ((await cardState(page))?.open ? true : undefined), 'the first claim’s card on hover');
    expect((await cardState(page))!.text).toContain(norm(report.claims[0]!.text));
    expect(await cardBesideClaim(page, report.claims[0]!.text)).toBe(true);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await poll(async () => (!(await cardState(page))?.open ? true : undefined), 'the card to close');

    await ff.sendToTab(page, 'runCommand', { command: 'previous-claim' });
    const last = report.claims.length - 1;
    await poll(async () => {
      const s = await cardState(page);
      return s?.open && s.text.includes(norm(report.claims[last]!.text)) ? true : undefined;
    }, 'the last claim’s card from the keyboard');
    expect(await cardBesideClaim(page, report.claims[last]!.text)).toBe(true);
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('gutcheck-ui')?.shadowRoot;
        return root?.activeElement?.classList.contains('card') ?? false;
      }),
    ).toBe(true);
    await ff.setSettings({ unmatched: false });
    await page.close();
  });

  it('shows an unsure grade only as the closest claim in the database, with no level', async () => {
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/unsure-matches.html`);
    const report = await settledReport(ff, page);
    const unsure = report.claims.find(c => c.evidence && c.confidence < CONFIDENT);
    expect(unsure, 'a grade the engine is unsure of').toBeDefined();
    await ff.sendToTab(page, 'focusClaim', { index: unsure!.index });
    const shown = await poll(async () => {
      const s = await cardState(page);
      return s?.open && s.text.includes('Closest claim in our database') ? s : undefined;
    }, 'the closest-claim card');
    expect(shown.text).toContain(unsure!.match!.statement);
    for (const level of Object.values(LEVEL)) expect(shown.text).not.toContain(level.word);
    await page.close();
  });

  it('keeps an educator-mode guess for the session: the result after a reload', async () => {
    await ff.setSettings({ educator: true });
    const page = await ff.openPage(`${ff.fixtures.origin}/pages/popup-claims.html`);
    const report = await settledReport(ff, page);
    const first = report.claims.find(c => shownLevel(c))!;
    expect(first, 'a graded claim').toBeDefined();
    await ff.sendToTab(page, 'focusClaim', { index: first.index });
    await poll(async () => {
      const s = await cardState(page);
      return s?.open && s.text.includes('How strong do you think the evidence is?') ? true : undefined;
    }, 'the guess prompt');
    await page.evaluate(word => {
      const root = document.querySelector('gutcheck-ui')!.shadowRoot!;
      const button = [...root.querySelectorAll('button')].find(b => b.textContent?.trim().endsWith(word));
      button!.click();
    }, LEVEL.limited.word);
    await poll(
      async () => ((await cardState(page))?.text.includes('You guessed Limited') ? true : undefined),
      'result',
    );
    // The card shows the result before the guess reaches session storage: wait for the write.
    const guessed = async () => {
      const stored = (await ff.sessionItem('guesses')) as Record<string, Record<string, { guess: string }>> | undefined;
      return Object.values(stored ?? {}).flatMap(p => Object.values(p).map(g => g.guess));
    };
    await poll(async () => ((await guessed()).length ? true : undefined), 'the guess stored');
    expect(await guessed()).toEqual(['limited']);

    await page.reload();
    const after = await settledReport(ff, page);
    expect(after.claims[first.index]!.guess).toBe('limited');
    await ff.sendToTab(page, 'resetGuesses');
    await ff.setSettings({ educator: false });
    await page.close();
  });

  it('opened the welcome page on install', () => {
    expect(ff.welcomeOpened).toBe(true);
  });

  it('sent nothing over the network and logged no errors', () => {
    expect(ff.externalRequests).toEqual([]);
    expect(ff.problems).toEqual([]);
  });
});
