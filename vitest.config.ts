import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two tiers. `node`: unit tests beside their code (src/**/*.test.ts) and
// cross-layer tests in tests/unit. `browser`: the DOM layer's own tests
// (src/**/*.browser.test.ts) in real Chromium, through Playwright, with the
// system's browser (CHROME_PATH, else /usr/bin/chromium; nothing is
// downloaded). The built extension's tests live in tests/e2e (Playwright).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Suites compile the claims database and the engine in beforeAll: seconds alone, far more on a
    // busy 2-core CI machine (a 10 s default timed out there).
    hookTimeout: 120_000,
    // Prints one line when tests that need ../shared/corpus skip; fails the run when CI requires it.
    globalSetup: ['tests/unit/shared-corpus.setup.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'claims-db/**/*.test.ts'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
