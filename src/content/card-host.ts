/**
 * The one Shadow DOM host of our UI, created on first use with WXT's
 * `createShadowRootUi` (so untouched pages never get it) and holding one
 * card, repositioned per claim with floating-ui against the claim's range.
 * The renderer (Preact + floating-ui) is imported on first use.
 *
 * Hover shows the card; click or Enter pins it as a non-modal dialog that
 * stays until closed; Esc closes it and gives focus back (WCAG 1.4.13).
 */
import { browser, createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';

import type { Claim } from '../dom/annotator';
import type { EvidenceLevel } from '../engine/types';
import type { EntryDetails } from '../messaging/protocol';
import type { Settings } from '../settings/settings';
import { GLOBAL_KEY, type CardUi } from '../ui/card/card-ui-contract';
import { deepActive, restoreFocus } from './focus';

export interface CardHostDeps {
  entry(id: string): Promise<EntryDetails | null>;
  databaseDate(): string | undefined;
  settings(): Settings;
  onGuess(claim: Claim, level: EvidenceLevel): void;
  onDisclaimer(): void;
  /** The card closed (the focus ring may go). */
  onClosed(claim: Claim): void;
}

interface Open {
  claim: Claim;
  pinned: boolean;
  entry: EntryDetails | null | undefined;
  /** Where focus was before we moved it into the card. */
  returnFocus: Element | null;
}

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
    this.creating ??= createShadowRootUi(this.ctx, {
      name: 'gutcheck-ui',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount: () => undefined,
      onRemove: () => {
        if (this.ui) this.cardUi?.render(this.ui.uiContainer, null);
      },
    }).then(async ui => {
      this.cardUi = await loadRenderer();
      // Paused while we were loading: a later show() makes a new host.
      if (generation !== this.generation) return ui;
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.creating;
  }

  /** Shows the card for a claim; `focus` moves keyboard focus into it (keyboard and popup paths). */
  async show(claim: Claim, { pinned, focus }: { pinned: boolean; focus: boolean }): Promise<void> {
    this.cancelHide();
    const prev = this.open;
    const same = prev?.claim === claim;
    const active = focus ? deepActive() : null;
    // Moving from card to card keeps the place focus first came from.
    const inCard = !!active && !!this.ui && active.getRootNode() === this.ui.shadow;
    this.open = {
      claim,
      pinned: pinned || (same && !!prev?.pinned),
      entry: same ? prev?.entry : undefined,
      returnFocus: inCard || !focus ? (prev?.returnFocus ?? null) : active,
    };
    const open = this.open;
    const generation = this.generation;
    if (claim.found.claimId && open.entry === undefined) {
      void this.deps.entry(claim.found.claimId).then(entry => {
        if (this.open !== open) return;
        open.entry = entry;
        this.draw();
      });
    }
    const ui = await this.host();
    if (generation !== this.generation || this.open !== open) return;
    this.draw();
    const card = ui.uiContainer.querySelector<HTMLElement>('.card');
    if (!card) return;
    if (!same || !this.stopUpdate) this.place(card, claim);
    if (focus) card.focus();
  }

  /** Re-renders the open card (guess made, settings changed, details arrived). */
  draw(): void {
    const open = this.open;
    if (!this.ui || !this.cardUi || !open) return;
    const settings = this.deps.settings();
    this.cardUi.render(this.ui.uiContainer, {
      claim: { ...open.claim.found, guess: open.claim.guess },
      entry: open.entry,
      databaseDate: this.deps.databaseDate(),
      educator: settings.educator,
      pinned: open.pinned,
      scheme: settings.scheme,
      onClose: () => this.close(),
      onGuess: level => this.deps.onGuess(open.claim, level),
      onDisclaimer: this.deps.onDisclaimer,
      onPointerEnter: () => this.cancelHide(),
      onPointerLeave: () => this.hideSoon(),
    });
    const card = this.ui.uiContainer.querySelector<HTMLElement>('.card');
    // The top layer is above every page z-index, including full-screen overlays.
    // (Some pages remove our host as soon as it is added: then there is nothing to show.)
    if (card?.isConnected && !card.matches(':popover-open')) card.showPopover();
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
