// Generates lib/text/data/t2s.json, the one-character 繁体 → 简体 table the matcher normalises with.
// Source: OpenCC's TSCharacters (opencc-js). One character to one character only, so every
// normalised offset maps back to exactly one original character.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The dictionary module is not exported by the package; read it as text.
const dictPath = createRequire(import.meta.url).resolve('opencc-js').replace(/dist\/umd\/full\.js$/, 'dist/esm-lib/dict/TSCharacters.js');
const TSCharacters = /"(.*)"/s.exec(readFileSync(dictPath, 'utf8'))![1]!;

const pairs: string[] = [];
for (const line of TSCharacters.split('|')) {
  const [from, to] = line.split(' ');
  if (!from || !to) continue;
  const target = to.split(/\s+/)[0]!;
  if (from.length === 1 && target.length === 1 && from !== target) pairs.push(from + target);
}
writeFileSync(
  new URL('../lib/text/data/t2s.json', import.meta.url),
  JSON.stringify({ source: 'OpenCC TSCharacters via opencc-js', pairs: pairs.join('') }) + '\n',
);
console.log(`${pairs.length} pairs`);
