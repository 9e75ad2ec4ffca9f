import { defineConfig } from 'vitest/config';

// Checks of the built packages (.output): run by `npm run test:package` after `npm run build`, never
// by the unit suite, which runs before the build.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    testTimeout: 180_000,
  },
});
