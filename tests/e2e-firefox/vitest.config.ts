import { resolve } from 'node:path';

import { defineConfig } from 'vitest/config';

// The Firefox tier: the built .output/firefox-mv3 in Debian's firefox-esr over
// WebDriver BiDi (see firefox.ts). One file at a time: each starts a Firefox.
export default defineConfig({
  root: resolve(import.meta.dirname, '..', '..'),
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
