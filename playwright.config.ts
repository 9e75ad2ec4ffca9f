import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension into Debian's Chromium (.output/chrome-mv3) and Firefox ESR
// (.output/firefox-mv2, firefox.spec.ts); `npm test` builds first. test/preflight.ts stops the run in one
// line when a browser package is missing. One worker: each test starts its own browser on a 2-core machine.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/preflight.ts',
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
