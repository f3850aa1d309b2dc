/**
 * The card's heavy half (Preact and floating-ui), loaded on first use so the
 * eager content script stays small: entrypoints/card-ui.ts puts this object
 * on the content script's (isolated) global, and the content script imports
 * it from the extension when a card is first needed.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';

import { Card } from './Card';
import type { CardUi } from './card-ui-contract';

export { GLOBAL_KEY, type CardAnchor, type CardUi } from './card-ui-contract';

/** Space kept between the card and the window's edges. */
const EDGE = 8;
/**
 * Below this the card would be useless: it then keeps this height and shift()
 * slides it along the claim's side to stay on screen (over the claim if it must).
 */
const MIN_HEIGHT = 220;
const MAX_HEIGHT = 520;
const MAX_WIDTH = 380;

export const cardUi: CardUi = {
  render(container, props) {
    render(props ? h(Card, props) : null, container);
  },
  place(card, anchor) {
    const update = () => {
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: EDGE, fallbackStrategy: 'bestFit' }),
          // Cap the card to the room on its side, so its end (and the citations) stay on screen.
          size({
            padding: EDGE,
            apply({ availableWidth, availableHeight, elements }) {
              const s = elements.floating.style;
              s.maxWidth = `${Math.max(0, Math.min(MAX_WIDTH, Math.floor(availableWidth)))}px`;
              s.maxHeight = `${Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.floor(availableHeight)))}px`;
            },
          }),
          // After size(): shifted first, the card would measure the room from where shift() slid it
          // (over the claim) and keep its full height there.
          shift({ padding: EDGE, crossAxis: true }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
        card.dataset.placed = 'true';
      });
    };
    // autoUpdate re-places on scroll, resize and whenever the card's own size changes (new content).
    return autoUpdate(anchor, card, update);
  },
};
