/** What the options page needs from the extension, behind an interface so it renders without one. */
import { browser } from 'wxt/browser';

import { dismissedItem } from '../../settings/dismissed';
import { settingsItem, type Settings } from '../../settings/settings';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader has not bound a key (or removed it). */
  shortcut: string;
}

export interface OptionsSource {
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<void>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  getShortcuts(): Promise<Shortcut[]>;
  /** Where to remap keys: a page we can open (Chrome), or undefined with instructions instead (Firefox). */
  shortcutsPage: string | undefined;
  openShortcutsPage(): void;
  /** How many pages have dismissed claims stored (on this device only). */
  dismissedPages(): Promise<number>;
  clearDismissed(): Promise<void>;
}

const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? undefined : 'chrome://extensions/shortcuts';

export function createOptionsSource(): OptionsSource {
  return {
    getSettings: () => settingsItem.getValue(),
    setSettings: settings => settingsItem.setValue(settings),
    watchSettings: cb => settingsItem.watch(next => cb(next)),
    getShortcuts: async () =>
      (await browser.commands.getAll())
        .filter(c => c.name && c.name !== '_execute_action')
        .map(c => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' })),
    shortcutsPage: SHORTCUTS_PAGE,
    // Pages cannot link to chrome:// URLs; the tabs API may open them.
    openShortcutsPage: () => void (SHORTCUTS_PAGE && browser.tabs.create({ url: SHORTCUTS_PAGE })),
    dismissedPages: async () => Object.keys(await dismissedItem.getValue()).length,
    clearDismissed: () => dismissedItem.removeValue(),
  };
}
