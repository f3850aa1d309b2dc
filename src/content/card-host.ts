/**
 * The one Shadow DOM host of our UI, created on first use with WXT's
 * `createShadowRootUi` (so untouched pages never get it) and holding one
 * card, repositioned per claim with floating-ui against the claim's range.
 * The renderer (Preact + floating-ui) is imported on first use.
 *
 * Hover shows the card after a short wait; click or Enter pins it as a
 * non-modal dialog that stays until closed; Esc, the close button or a click
 * outside closes it and gives focus back (WCAG 1.4.13).
 *
 * The shadow root is closed, so page scripts cannot read the card or change
 * what it says (`host.shadowRoot` is null to them); we keep the root WXT
 * hands us (`ui.shadow`) and never look it up through the host.
 */
import {
  browser,
  createShadowRootUi,
  storage,
  type ContentScriptContext,
  type ShadowRootContentScriptUi,
} from '#imports';

import type { Claim } from '../dom/annotator';
import type { EntryDetails } from '../messaging/protocol';
import type { Settings } from '../settings/model';
import type { EvidenceLevel } from '../shared/evidence-levels';
import { GLOBAL_KEY, type CardUi } from '../ui/card/card-ui-contract';
import { deepActive, restoreFocus } from './focus';
import { pageTone } from './page-tone';

export interface CardHostDeps {
  /** The entry's details, sent with the analysis (null when it has none). */
  entry(id: string): EntryDetails | null;
  databaseDate(): string | undefined;
  settings(): Settings;
  /** Where the claim sits among the claims the reader can move between (null: not among them). */
  place(claim: Claim): { position: number; total: number } | null;
  /** Moves to the next or previous claim (the card's "← Previous · Next →"). */
  step(from: Claim, delta: 1 | -1): void;
  onGuess(claim: Claim, level: EvidenceLevel): void;
  onDisclaimer(): void;
  /** The card closed (the focus ring may go). */
  onClosed(claim: Claim): void;
}

interface Open {
  claim: Claim;
  pinned: boolean;
  expanded: boolean;
  legend: boolean;
  announcement: string;
  /** Where focus was before we moved it into the card. */
  returnFocus: Element | null;
}

/** How long the pointer must rest on a claim before its card shows (reading is not hovering). */
export const SHOW_DELAY = 300;
/** How long the card waits before hiding after the pointer leaves (time to reach it). */
const HIDE_DELAY = 300;

/** The range's bounding box in the top viewport (claims may sit in same-origin frames). */
function topRect(range: Range): DOMRect {
  const r = range.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (
    let win: Window | null | undefined = range.startContainer.ownerDocument?.defaultView;
    win && win !== window;
    win = win.parent
  ) {
    const frame = win.frameElement;
    if (!frame) break;
    const f = frame.getBoundingClientRect();
    x += f.left + frame.clientLeft;
    y += f.top + frame.clientTop;
  }
  return new DOMRect(x, y, r.width, r.height);
}

/**
 * Opens the card's shadow root, for browser tests only: Playwright's locators
 * (and axe) do not pierce closed roots. The test fixtures set it from the
 * service worker; a page cannot write extension storage, and nothing in the
 * extension sets it. tests/e2e/page-hostile.spec.ts checks the root is
 * closed without it.
 */
export const openShadowRootForTests = storage.defineItem<boolean>('local:testOpenShadowRoot', { fallback: false });

let renderer: Promise<CardUi> | undefined;

/** Imports the card renderer from the extension once (it sets a global in this isolated world). */
function loadRenderer(): Promise<CardUi> {
  renderer ??= import(/* @vite-ignore */ browser.runtime.getURL('/card-ui.js')).then(
    () => (globalThis as Record<string, unknown>)[GLOBAL_KEY] as CardUi,
  );
  return renderer;
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private cardUi: CardUi | undefined;
  private creating: Promise<ShadowRootContentScriptUi<void>> | undefined;
  private open: Open | null = null;
  private hideTimer = 0;
  private showTimer = 0;
  private stopUpdate: (() => void) | undefined;
  /** Bumped by destroy(): work begun before it (a host being created, a card being shown) is dropped. */
  private generation = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly deps: CardHostDeps,
  ) {}

  get current(): Claim | null {
    return this.open?.claim ?? null;
  }

  get pinned(): boolean {
    return !!this.open?.pinned;
  }

  /** Is this event target our UI host (events from inside the shadow root are retargeted to it)? */
  owns(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.shadowHost;
  }

  private async host(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) {
      // Some pages remove every element they did not create: come back.
      if (!this.ui.shadowHost.isConnected) this.ui.mount();
      return this.ui;
    }
    const generation = this.generation;
    this.creating ??= openShadowRootForTests
      .getValue()
      .catch(() => false)
      .then(open =>
        createShadowRootUi(this.ctx, {
          name: 'gutcheck-ui',
          mode: open ? 'open' : 'closed',
          position: 'inline',
          anchor: 'html',
          append: 'last',
          onMount: () => undefined,
          onRemove: () => {
            if (this.ui) this.cardUi?.render(this.ui.uiContainer, null);
          },
        }),
      )
      .then(async ui => {
        this.cardUi = await loadRenderer();
        // Paused while we were loading: a later show() makes a new host.
        if (generation !== this.generation) return ui;
        ui.mount();
        this.ui = ui;
        return ui;
      });
    return this.creating;
  }

  /** Hover: shows the claim's card once the pointer has rested on it for SHOW_DELAY. */
  showSoon(claim: Claim): void {
    this.cancelHide();
    if (this.open?.claim === claim) return;
    this.cancelShow();
    this.showTimer = this.ctx.setTimeout(() => {
      this.showTimer = 0;
      void this.show(claim, { pinned: false, focus: false });
    }, SHOW_DELAY);
  }

  cancelShow(): void {
    if (this.showTimer) clearTimeout(this.showTimer);
    this.showTimer = 0;
  }

  /** Shows the card for a claim; `focus` moves keyboard focus into it (keyboard and popup paths). */
  async show(
    claim: Claim,
    { pinned, focus, announce }: { pinned: boolean; focus: boolean; announce?: string },
  ): Promise<void> {
    this.cancelHide();
    this.cancelShow();
    const prev = this.open;
    const same = prev?.claim === claim;
    const active = focus ? deepActive() : null;
    // Moving from card to card keeps the place focus first came from. (Focus inside our
    // closed root shows as the host, as it does to the page.)
    const inCard = !!active && !!this.ui && (active === this.ui.shadowHost || active.getRootNode() === this.ui.shadow);
    this.open = {
      claim,
      pinned: pinned || (same && !!prev?.pinned),
      expanded: same && !!prev?.expanded,
      legend: same && !!prev?.legend,
      announcement: announce ?? (same ? (prev?.announcement ?? '') : ''),
      returnFocus: inCard || !focus ? (prev?.returnFocus ?? null) : active,
    };
    const open = this.open;
    const generation = this.generation;
    const ui = await this.host();
    if (generation !== this.generation || this.open !== open) return;
    this.draw();
    const card = ui.uiContainer.querySelector<HTMLElement>('.card');
    if (!card) return;
    if (!same || !this.stopUpdate) this.place(card, claim);
    if (focus) card.focus();
  }

  /** Re-renders the open card (guess made, settings changed). */
  draw(): void {
    const open = this.open;
    if (!this.ui || !this.cardUi || !open) return;
    const settings = this.deps.settings();
    const { claim } = open;
    const at = this.deps.place(claim);
    this.cardUi.render(this.ui.uiContainer, {
      claim: { ...claim.found, guess: claim.guess },
      entry: claim.found.claimId ? this.deps.entry(claim.found.claimId) : null,
      databaseDate: this.deps.databaseDate(),
      educator: settings.educator,
      pinned: open.pinned,
      scheme: settings.scheme === 'system' ? this.tone(claim) : settings.scheme,
      highlightStyle: settings.style,
      expanded: open.expanded,
      legend: open.legend,
      nav: at && {
        ...at,
        onPrevious: () => this.deps.step(claim, -1),
        onNext: () => this.deps.step(claim, 1),
      },
      announcement: open.announcement,
      onExpand: expanded => this.update({ expanded, pinned: true }),
      onLegend: legend => this.update({ legend, pinned: true }),
      onClose: () => this.close(),
      onGuess: level => this.deps.onGuess(claim, level),
      onDisclaimer: this.deps.onDisclaimer,
      onPointerEnter: () => this.cancelHide(),
      onPointerLeave: () => this.hideSoon(),
    });
    const card = this.ui.uiContainer.querySelector<HTMLElement>('.card');
    // The top layer is above every page z-index, including full-screen overlays.
    // (Some pages remove our host as soon as it is added: then there is nothing to show.)
    if (card?.isConnected && !card.matches(':popover-open')) card.showPopover();
  }

  /** After a guess: say how it went, and put focus on the result (the buttons it came from are gone). */
  revealed(claim: Claim, outcome: string): void {
    if (this.open?.claim !== claim) return;
    this.open.pinned = true;
    this.open.announcement = outcome;
    this.draw();
    this.ui?.uiContainer.querySelector<HTMLElement>('.result')?.focus();
  }

  private update(patch: Partial<Pick<Open, 'expanded' | 'legend' | 'pinned'>>): void {
    if (!this.open) return;
    Object.assign(this.open, patch);
    this.draw();
  }

  /** The card's colours under the "system" scheme: the page's own, else the system's. */
  private tone(claim: Claim): 'light' | 'dark' {
    return (
      pageTone(claim.range.startContainer.parentElement) ??
      (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')
    );
  }

  private place(card: HTMLElement, claim: Claim): void {
    this.stopUpdate?.();
    this.stopUpdate = this.cardUi?.place(card, {
      getBoundingClientRect: () => topRect(claim.range),
      contextElement: claim.range.startContainer.parentElement ?? undefined,
    });
  }

  /** Pointer left the claim or the card: hide soon unless pinned or it comes back. */
  hideSoon(): void {
    this.cancelShow();
    if (!this.open || this.open.pinned || this.hideTimer) return;
    this.hideTimer = this.ctx.setTimeout(() => {
      this.hideTimer = 0;
      if (this.open && !this.open.pinned) this.close();
    }, HIDE_DELAY);
  }

  cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Closes the card; focus goes back where it was if we had moved it. */
  close(): void {
    this.cancelShow();
    const open = this.open;
    if (!open) return;
    this.cancelHide();
    this.open = null;
    this.stopUpdate?.();
    this.stopUpdate = undefined;
    const hadFocus = !!this.ui && this.ui.shadow.activeElement != null;
    if (this.ui) this.cardUi?.render(this.ui.uiContainer, null);
    if (hadFocus) restoreFocus(open.returnFocus);
    this.deps.onClosed(open.claim);
  }

  /** Removes the host; the page's DOM is as before we came. The next show() starts afresh. */
  destroy(): void {
    this.generation++;
    this.close();
    this.ui?.remove();
    this.ui = undefined;
    this.creating = undefined;
  }
}
