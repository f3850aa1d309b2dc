/**
 * The content script's lifecycle context: WXT's ContentScriptContext
 * without its "a newer copy of this script started" handshake.
 *
 * WXT announces each start with a `<extId>:content:wxt:content-script-started`
 * CustomEvent on `document` (and a window message) and invalidates any older
 * context that hears one. The page shares that `document`, extension ids are
 * public, and the event carries nothing the page cannot forge, so any page
 * could switch Gut Check off with one `dispatchEvent` (issue 15, item 2).
 * Checking `isTrusted` would not help: WXT's own event is script-made too.
 *
 * So this context neither announces nor listens. The handshake only matters
 * when a second copy of the script runs in one page, which happens in
 * `wxt dev` reloads (Chrome does not inject declared scripts into open tabs
 * on update; Firefox unloads the old copy). What still ends the context is
 * the extension going away (update, uninstall): `isValid` sees
 * `browser.runtime.id` gone, as in WXT.
 */
import { ContentScriptContext } from '#imports';

export class PageProofContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // No announcement: nothing of ours listens for it any more.
  }

  override listenForNewerScripts(): void {
    // No listener: a page could send the same event (see above).
  }
}
