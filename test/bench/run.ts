// npm run bench: runs every test/bench/*.bench.ts (each exports run()), or those named on the command line.
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o))));
console.log(`node ${process.version}, ${files.length} bench file(s)`);
for (const file of files.sort()) {
  const mod = (await import(`./${file}`)) as { run(): void | Promise<void> };
  await mod.run();
}
