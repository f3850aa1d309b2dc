/**
 * Keyboard commands (declared in wxt.config.ts) go to the active tab's
 * content script, which owns the claims and the card.
 */
import { browser } from 'wxt/browser';

import { sendToTab } from '../messaging/messenger';

const COMMANDS = ['next-claim', 'previous-claim', 'toggle-highlights'] as const;
type Command = (typeof COMMANDS)[number];

const isCommand = (c: string): c is Command => (COMMANDS as readonly string[]).includes(c);

/** Forwards `browser.commands.onCommand` to the active tab as `runCommand`. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (!isCommand(command)) return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id == null) return;
    // No content script there (a browser page, a blocked site): nothing to do.
    await sendToTab('runCommand', { command }, id).catch(() => undefined);
  });
}
