/**
 * The eager content script: WXT wiring only. It runs on every page, so it
 * only extracts text and runs the cheap gate; the engine runs in the
 * background (src/background/analyze.ts) and the card's renderer loads on
 * first use. The logic is in src/content/ (run.ts says what is on when).
 */
import '@/src/ui/card/card.css';

import { PageProofContext } from '@/src/content/page-proof-context';
import { runGutCheck } from '@/src/content/run';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  // WXT's own context stops when the page sends it a forged "script started"
  // event; ours cannot be stopped by the page (src/content/page-proof-context.ts).
  main(wxtContext) {
    void runGutCheck(new PageProofContext('content', wxtContext.options));
  },
});
