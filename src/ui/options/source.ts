/** What the options page needs from the extension, behind an interface so it renders without one. */
import { dismissedItem, liveDismissed } from '../../settings/dismissed';
import { settingsItem, type Settings } from '../../settings/settings';
import { getShortcuts, openShortcutsPage, SHORTCUTS_PAGE, type Shortcut } from '../shared/shortcuts';

export type { Shortcut };

export interface OptionsSource {
  getSettings(): Promise<Settings>;
  setSettings(settings: Settings): Promise<void>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  getShortcuts(): Promise<Shortcut[]>;
  /** Where to remap keys: a page we can open (Chrome), or undefined with instructions instead (Firefox). */
  shortcutsPage: string | undefined;
  openShortcutsPage(): void;
  /** How many pages have dismissed claims in force (stored on this device only, for DISMISSED_DAYS). */
  dismissedPages(): Promise<number>;
  clearDismissed(): Promise<void>;
}

export function createOptionsSource(): OptionsSource {
  return {
    getSettings: () => settingsItem.getValue(),
    setSettings: settings => settingsItem.setValue(settings),
    watchSettings: cb => settingsItem.watch(next => cb(next)),
    getShortcuts,
    shortcutsPage: SHORTCUTS_PAGE,
    openShortcutsPage,
    dismissedPages: async () => Object.keys(liveDismissed(await dismissedItem.getValue())).length,
    clearDismissed: () => dismissedItem.removeValue(),
  };
}
