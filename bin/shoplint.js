#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx shoplint` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);
