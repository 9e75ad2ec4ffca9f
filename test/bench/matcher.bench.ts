// The banned-word matcher against every alternative the issue names, on the same text and dictionary:
// a naive per-word indexOf loop (baseline), one regex alternation, the npm Aho-Corasick packages, ours,
// and a bare charCodeAt pass (the floor: no matcher can read the text faster).
import { createRequire } from 'node:module';
import { AhoCorasick as MonyoneAC } from '@monyone/aho-corasick';
import ModernAC from 'modern-ahocorasick';
import ModernFastAC from 'modern-ahocorasick/fast';
import { AhoCorasick } from '../../lib/matcher/aho-corasick';
import { benchGroup, printGroup, type GroupResult } from './harness';
import { description, dictionary } from './workload';

const BrunorbAC = createRequire(import.meta.url)('ahocorasick') as new (words: string[]) => { search(text: string): unknown[] };

export function matcherBench(textLength = 10_000, dictSize = 1_500): GroupResult {
  const words = dictionary(dictSize);
  const text = description(textLength, words);
  const ours = new AhoCorasick(words);
  const monyone = new MonyoneAC(words);
  const modern = new ModernAC(words);
  const modernFast = new ModernFastAC(words);
  const brunorb = new BrunorbAC(words);
  const regex = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

  const expected = ours.findAll(text).length;
  const naiveCount = () => {
    let n = 0;
    for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) n++;
    return n;
  };
  if (naiveCount() !== expected) throw new Error(`matcher disagrees with the naive scan: ${expected} vs ${naiveCount()}`);

  return benchGroup(`matcher: ${textLength.toLocaleString()}-character description, ${dictSize.toLocaleString()}-word dictionary (${expected} matches)`, 'naive indexOf loop', [
    { name: 'naive indexOf loop', run: naiveCount },
    { name: 'single regex alternation', run: () => text.match(regex)?.length ?? 0 },
    { name: 'ahocorasick (npm)', run: () => brunorb.search(text).length },
    { name: '@monyone/aho-corasick', run: () => monyone.matchInText(text).length },
    { name: 'modern-ahocorasick search', run: () => modern.search(text).length },
    { name: 'modern-ahocorasick/fast count', run: () => modernFast.count(text) },
    {
      name: 'ShopLint AhoCorasick',
      run: () => {
        let n = 0;
        ours.search(text, () => n++);
        return n;
      },
    },
    {
      name: 'floor: bare charCodeAt pass',
      run: () => {
        let h = 0;
        for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
        return h;
      },
    },
  ]);
}

export function run(): void {
  printGroup(matcherBench());
}
