/**
 * The eager content script: WXT wiring only. It runs on every page, so it
 * only extracts text and runs the cheap gate; the engine runs in the
 * background (src/background/analyze.ts) and the card's renderer loads on
 * first use. The logic is in src/content/ (run.ts says what is on when).
 */
import '@/src/ui/card/card.css';

import { runGutCheck } from '@/src/content/run';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void runGutCheck(ctx);
  },
});
