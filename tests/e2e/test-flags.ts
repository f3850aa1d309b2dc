/**
 * The storage flag that opens the card's shadow root (`openShadowRootForTests`
 * in src/content/card-host.ts): Playwright's locators and axe only pierce open
 * roots. The extension never sets it; the Chromium and Firefox launchers do,
 * and tests/e2e/page-hostile.spec.ts clears it to test the closed root.
 */
export const OPEN_SHADOW_ROOT_KEY = 'testOpenShadowRoot';
