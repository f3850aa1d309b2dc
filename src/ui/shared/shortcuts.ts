/** The extension's keyboard commands as the browser has them bound (popup, options and welcome pages). */
import { browser } from 'wxt/browser';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader has not bound a key, or the browser could not give the suggested one. */
  shortcut: string;
}

/** Where to remap keys: a page we can open (Chrome), or undefined (Firefox: about:addons → Manage Extension Shortcuts). */
export const SHORTCUTS_PAGE: string | undefined = import.meta.env.FIREFOX ? undefined : 'chrome://extensions/shortcuts';

/** Our commands and their keys, in manifest order (the browser's own "open the popup" command left out). */
export async function getShortcuts(): Promise<Shortcut[]> {
  return (await browser.commands.getAll())
    .filter(c => c.name && c.name !== '_execute_action')
    .map(c => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}

/** Opens the browser's shortcut settings (pages cannot link to chrome:// URLs; the tabs API may open them). */
export function openShortcutsPage(): void {
  if (SHORTCUTS_PAGE) void browser.tabs.create({ url: SHORTCUTS_PAGE });
  else void (browser.commands as { openShortcutSettings?: () => Promise<void> }).openShortcutSettings?.();
}
