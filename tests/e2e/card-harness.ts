/**
 * Renders the built card (the extension's own card-ui.js and its CSS) into a
 * plain page with hand-made data, for what the current engine never produces
 * (a closest-only match, a class entry, an overstated claim). The card is
 * drawn as the content script draws it: in a shadow root, in the top layer,
 * placed by floating-ui next to an anchor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { CardClaim } from '../../src/ui/card/model';
import { EXTENSION_DIR } from './launch';

export interface HarnessProps {
  claim: CardClaim;
  entry?: { id: string; summary: string; citations: unknown[]; reviewed: string } | null;
  educator?: boolean;
  pinned?: boolean;
  scheme?: 'light' | 'dark';
  expanded?: boolean;
  legend?: boolean;
  nav?: { position: number; total: number } | null;
  /** Where the anchor sits in the viewport. */
  anchor?: { left: number; top: number };
}

/** A claim as the engine reports one, with the fields a test cares about filled in. */
export function claimOf(patch: Partial<CardClaim>): CardClaim {
  return {
    text: 'Kombucha detoxifies your liver.',
    claimId: 'liver-detox',
    statement: 'Your liver and kidneys remove waste from the body.',
    evidence: 'strong',
    verdict: 'Correct: the liver and kidneys clear waste; no food or drink needs to help them.',
    negated: false,
    hedged: false,
    match: {
      id: 'liver-detox',
      statement: 'Your liver and kidneys remove waste from the body.',
      via: 'entry',
    },
    confidence: 0.9,
    overstated: false,
    overstatedBy: null,
    ...patch,
  };
}

const CARD_UI = () => readFileSync(join(EXTENSION_DIR, 'card-ui.js'), 'utf8');
const CARD_CSS = () => readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.css'), 'utf8');

/** Renders (or re-renders) the card; returns once floating-ui has placed it. */
export async function renderCard(page: Page, props: HarnessProps): Promise<void> {
  if (!(await page.evaluate(() => 'gutcheckCardUi' in globalThis))) {
    await page.addScriptTag({ content: CARD_UI() });
  }
  await page.evaluate(
    ({ props, css }) => {
      type Ui = {
        render(c: Element, p: unknown): void;
        place(card: HTMLElement, anchor: { getBoundingClientRect(): DOMRect }): () => void;
      };
      const w = window as unknown as {
        gutcheckCardUi: Ui;
        harness?: { root: ShadowRoot; container: HTMLElement; stop?: () => void };
        calls: string[];
      };
      w.calls ??= [];
      if (!w.harness) {
        const host = document.createElement('gutcheck-ui');
        document.documentElement.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = css;
        const container = document.createElement('div');
        root.append(style, container);
        w.harness = { root, container };
      }
      const anchor = document.getElementById('anchor') as HTMLElement;
      if (props.anchor) {
        anchor.style.left = `${props.anchor.left}px`;
        anchor.style.top = `${props.anchor.top}px`;
      }
      const log = (name: string) => () => void w.calls.push(name);
      w.gutcheckCardUi.render(w.harness.container, {
        entry: null,
        educator: false,
        pinned: true,
        scheme: 'light',
        highlightStyle: 'underline',
        expanded: false,
        legend: false,
        announcement: '',
        databaseDate: '2026-11-26',
        ...props,
        nav: props.nav ? { ...props.nav, onPrevious: log('previous'), onNext: log('next') } : null,
        onExpand: (open: boolean) => w.calls.push(`expand:${open}`),
        onLegend: (open: boolean) => w.calls.push(`legend:${open}`),
        onClose: log('close'),
        onGuess: (level: string) => w.calls.push(`guess:${level}`),
        onDisclaimer: log('disclaimer'),
        onPointerEnter: () => undefined,
        onPointerLeave: () => undefined,
      });
      const card = w.harness.container.querySelector('.card') as HTMLElement;
      if (!card.matches(':popover-open')) card.showPopover();
      w.harness.stop?.();
      delete card.dataset.placed;
      w.harness.stop = w.gutcheckCardUi.place(card, { getBoundingClientRect: () => anchor.getBoundingClientRect() });
    },
    { props, css: CARD_CSS() },
  );
  await page.locator('gutcheck-ui .card[data-placed]').waitFor();
}

/** The callbacks the card made (close, next, expand:true, guess:limited…). */
export const cardCalls = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[] }).calls);
