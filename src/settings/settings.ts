/**
 * User settings, kept in `browser.storage.sync` through WXT's storage helpers
 * so they follow the reader between browsers and apply live in open tabs
 * (content scripts watch `settingsItem`). The model itself is in model.ts.
 */
import { storage } from '#imports';

import { DEFAULT_SETTINGS, type Settings } from './model';

export * from './model';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
