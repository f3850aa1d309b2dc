import { onMessage } from '@/src/messaging/messenger';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    const stop = onMessage('ping', () => ({ ok: true as const, url: location.href }));
    ctx.onInvalidated(stop);
  },
});
