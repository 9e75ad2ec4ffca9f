// Prints the size of each built content script, raw and gzipped: a content script is parsed on every
// seller page it serves, so its weight is a budget (DESIGN.md "Page work is light"). Also the listing
// engine file, which the editor script imports once it has found a listing form: that is the weight
// an editor page carries on top. Run at the end of `npm run build`; exits non-zero only when there is
// nothing to measure.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 90;
const output = resolve(import.meta.dirname, '../.output/chrome-mv3');
const dir = join(output, 'content-scripts');
if (!existsSync(dir)) {
  console.error(`size-report: ${dir} does not exist; run wxt build first`);
  process.exit(1);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('content script              raw KB   gzip KB');
for (const file of readdirSync(dir).sort()) {
  const body = readFileSync(join(dir, file));
  const gzip = gzipSync(body, { level: 9 }).length;
  const over = file.endsWith('.js') && gzip / 1024 > BUDGET_KB ? `  over the ${BUDGET_KB} KB budget` : '';
  console.log(`${file.padEnd(26)}${kb(body.length).padStart(8)}${kb(gzip).padStart(10)}${over}`);
}
const engine = readFileSync(join(output, 'editor-engine.js'));
console.log(`${'editor-engine.js'.padEnd(26)}${kb(engine.length).padStart(8)}${kb(gzipSync(engine, { level: 9 }).length).padStart(10)}  imported by editor.js on a listing form`);
