/**
 * Unlisted script: the evidence card's renderer (Preact + floating-ui),
 * imported on demand by the content script (see src/ui/card/card-ui.ts) so
 * pages that never show a card never pay for it. Runs in the content
 * script's isolated world: the global it sets is invisible to the page.
 */
import { cardUi, GLOBAL_KEY } from '@/src/ui/card/card-ui';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[GLOBAL_KEY] = cardUi;
});
