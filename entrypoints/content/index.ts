/**
 * The eager content script: runs on every page, so it only extracts text and
 * runs the cheap gate; the engine runs in the background (src/background/
 * analyze.ts). See controller.ts for the parts and when each is on.
 */
import '@/src/ui/card/card.css';

import { runGutCheck } from './controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    void runGutCheck(ctx);
  },
});
