/**
 * What the content script knows of the card renderer: its type and the
 * global it is published under. Kept apart from card-ui.ts so importing it
 * never pulls Preact or floating-ui into the eager content script.
 */
import type { CardProps } from './model';

/** A claim's box, in top-viewport coordinates. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  contextElement?: Element;
}

export interface CardUi {
  /** Renders the card into `container` (null unmounts it). */
  render(container: Element, props: CardProps | null): void;
  /** Keeps `card` next to `anchor` as the page scrolls and resizes; returns the stop function. */
  place(card: HTMLElement, anchor: CardAnchor): () => void;
}

export const GLOBAL_KEY = 'gutcheckCardUi';
