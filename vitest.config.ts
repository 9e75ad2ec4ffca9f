import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Unit tests only: Playwright specs live in test/e2e and run after a build.
    include: ['lib/**/*.test.ts', 'extension/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'test/unit/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
