/**
 * The card's heavy half (Preact and floating-ui), loaded on first use so the
 * eager content script stays small: entrypoints/card-ui.ts puts this object
 * on the content script's (isolated) global, and the content script imports
 * it from the extension when a card is first needed.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';

import { Card } from './Card';
import type { CardUi } from './card-ui-contract';

export { GLOBAL_KEY, type CardAnchor, type CardUi } from './card-ui-contract';

export const cardUi: CardUi = {
  render(container, props) {
    render(props ? h(Card, props) : null, container);
  },
  place(card, anchor) {
    const update = () => {
      void computePosition(anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      });
    };
    return autoUpdate(anchor, card, update);
  },
};
