#!/usr/bin/env node
// Runs the CLI built ahead (dist/cli, made by `npm run build:cli` at install and by `npm test`); from
// the TypeScript sources through tsx when there is no build, or when SHOPLINT_FROM_SOURCE=1 (while
// editing cli/ or lib/, where a build would be stale).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
let cli;
if (process.env.SHOPLINT_FROM_SOURCE !== '1' && existsSync(built)) cli = await import(built.href);
else {
  if (process.env.SHOPLINT_FROM_SOURCE !== '1') process.stderr.write('shoplint: running from the TypeScript sources (slow start); `npm run build:cli` builds it ahead\n');
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli/main.ts');
}
process.exitCode = await cli.main(process.argv.slice(2), cli.processIo);
