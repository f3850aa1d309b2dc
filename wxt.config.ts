import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Gut Check',
    description:
      'Marks gut-health claims on the page you read with the strength of the scientific evidence behind them. Page text never leaves your browser.',
    permissions: ['storage', 'downloads'],
    // The card renderer, imported by the content script on first use (keeps the eager script small).
    web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Chromium leaves a suggested key unbound ("Not set") when it reserves it: Alt+Shift+
    // A, B, C, N, P, R, T, W, X and Z are taken (checked in Chromium 156). Letters, not
    // punctuation or arrows, so every keyboard layout has them and macOS keeps
    // Option+Shift+arrow for selecting words. J/K are next/previous as in many readers;
    // tests/e2e/page-keyboard.spec.ts checks that every command is bound.
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next claim on the page',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous claim on the page',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Turn Gut Check highlights on or off for this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gut-check@gutcheck.dev',
              strict_min_version: '142.0',
              // Gut Check collects nothing: page text is analysed inside the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', 'bench-output/**'],
  },
});
