// Builds the command line ahead (npm run build:cli, and at install): cli/ and lib/ bundled into plain
// JavaScript in dist/cli, one chunk per command, so `shoplint` starts without compiling TypeScript
// (tsx took ~2 s for one title) and `--help` loads no command. Packages stay external (node_modules
// already holds them as JavaScript), except those every command loads: zod's ~100 module files took
// longer to resolve and read than one bundled chunk takes to parse. Minified because V8 parses fewer
// bytes faster; names are kept for the one-line internal errors. Plain .mjs so that it runs before
// anything else is built.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const outdir = new URL('../dist/cli/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: new URL('../cli/main.ts', import.meta.url).pathname,
    'build-automata': new URL('../cli/build-automata.ts', import.meta.url).pathname,
    'lint-worker': new URL('../cli/lint-worker.ts', import.meta.url).pathname,
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalExcept(['zod', 'papaparse'])],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
});
// The shipped word bank's automaton, compiled now rather than at every run (cli/automata.ts).
const writer = `${outdir}build-automata.js`;
(await import(pathToFileURL(writer).href)).writeAutomata(`${outdir}automata.bin`);
rmSync(writer);

function externalExcept(bundled) {
  return {
    name: 'external-except',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}
