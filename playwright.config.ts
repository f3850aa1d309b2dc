import { defineConfig } from '@playwright/test';

// Browser tests run against the built extension in Debian's Chromium (see
// tests/e2e/fixtures.ts). `npm run build` must have run first; `npm test` does.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
