/** Lapsed dismissals leave storage when the browser starts and when Gut Check is installed or updated. */
import { browser } from 'wxt/browser';

import { pruneDismissed } from '../settings/dismissed';

export function registerDismissedExpiry(): void {
  const prune = () => void pruneDismissed().catch(() => undefined);
  browser.runtime.onStartup.addListener(prune);
  browser.runtime.onInstalled.addListener(prune);
}
