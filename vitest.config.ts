import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests sit beside their code (src/**/*.test.ts) plus cross-layer tests
// in tests/unit. Browser-level tests live in tests/e2e and run under Playwright.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'claims-db/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Prints one line when tests that need ../shared/corpus skip; fails the run when CI requires it.
    globalSetup: ['tests/unit/shared-corpus.setup.ts'],
  },
});
