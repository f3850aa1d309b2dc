import { registerBadge } from '@/src/background/badge';
import { getEngine } from '@/src/engine/load';
import { onMessage } from '@/src/messaging/messenger';

export default defineBackground(() => {
  registerBadge();
  // Unprivileged: any content script may ask, so answer only from the text it
  // sent and only to tabs (never to other extensions or web pages).
  onMessage('analyze', ({ data, sender }) => {
    if (!sender.tab) throw new Error('analyze is for content scripts');
    return getEngine().analyze(data.text);
  });
});
