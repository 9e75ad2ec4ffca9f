// npm run corpus: runs every scripts/corpus/*.ts report (each exports run()) over the real titles in
// ../shared/corpus, or those named on the command line (`npm run corpus titles`).
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('./corpus/', import.meta.url)).filter((f) => f.endsWith('.ts') && (!only.length || only.some((o) => f.includes(o))));
for (const file of files.sort()) {
  const mod = (await import(`./corpus/${file}`)) as { run(): void | Promise<void> };
  await mod.run();
}
