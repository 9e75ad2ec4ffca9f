// Builds the command line ahead (npm run build:cli, and at install): cli/ and lib/ bundled into plain
// JavaScript in dist/cli, one chunk per command, so `shoplint` starts without compiling TypeScript
// (tsx took ~2 s for one title) and `--help` loads no command. Packages stay external: node_modules
// already holds them as JavaScript. Plain .mjs so that it runs before anything else is built.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist/cli/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: new URL('../cli/main.ts', import.meta.url).pathname },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
