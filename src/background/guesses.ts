/**
 * Educator mode's guesses for content scripts, which cannot read session
 * storage: each tab records, reads and forgets only its own page's guesses
 * (the page is the sender's URL, never one the message names).
 */
import { onMessage } from '../messaging/messenger';
import { guessesItem, pageKey, withGuess, withoutPage } from '../settings/guesses';

function senderPage(sender: { tab?: { url?: string }; url?: string }, what: string): string {
  const url = sender.url ?? sender.tab?.url;
  if (!sender.tab || !url) throw new Error(`${what} is for content scripts`);
  return url;
}

/** One write at a time, so two quick guesses cannot overwrite each other. */
let writing: Promise<unknown> = Promise.resolve();

export function registerGuesses(): void {
  onMessage('recordGuess', ({ data, sender }) => {
    const url = senderPage(sender, 'recordGuess');
    writing = writing.then(async () => {
      const map = await guessesItem.getValue();
      await guessesItem.setValue(withGuess(map, url, data.claim, { ...data.record, at: new Date().toISOString() }));
    });
    return writing.then(() => undefined);
  });

  onMessage('pageGuesses', async ({ sender }) => {
    const url = senderPage(sender, 'pageGuesses');
    await writing;
    return (await guessesItem.getValue())[pageKey(url)] ?? {};
  });

  onMessage('forgetGuesses', ({ sender }) => {
    const url = senderPage(sender, 'forgetGuesses');
    writing = writing.then(async () => guessesItem.setValue(withoutPage(await guessesItem.getValue(), url)));
    return writing.then(() => undefined);
  });
}
