/** Opens the welcome page once, when Gut Check is first installed (not on updates or browser restarts). */
import { browser } from 'wxt/browser';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
