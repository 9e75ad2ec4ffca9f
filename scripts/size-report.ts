// Prints the size of each built content script, raw and gzipped: a content script is parsed on every
// seller page it serves, so its weight is a budget (DESIGN.md "Page work is light"). Also the files a
// content script imports only where it needs them (the listing engine on a listing form, the generic
// page reader on a product page of an unknown layout): the weight those pages carry on top. Run at the
// end of `npm run build`; exits non-zero only when there is nothing to measure.
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
// Files a content script imports only where it needs them: the weight those pages carry on top.
for (const [file, when] of [
  ['editor-engine.js', 'imported by editor.js on a listing form'],
  ['page-fallback.js', 'imported by critique.js on a page of an unknown layout'],
]) {
  const body = readFileSync(join(output, file!));
  console.log(`${file!.padEnd(26)}${kb(body.length).padStart(8)}${kb(gzipSync(body, { level: 9 }).length).padStart(10)}  ${when}`);
}
