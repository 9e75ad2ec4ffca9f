// The banned-word matcher against every alternative the issue names, on the same text and dictionary:
// a naive per-word indexOf loop (baseline), one regex alternation, the npm Aho-Corasick packages, ours,
// and a bare charCodeAt pass (the floor: no matcher can read the text faster).
import { createRequire } from 'node:module';
import { AhoCorasick as MonyoneAC } from '@monyone/aho-corasick';
import ModernAC from 'modern-ahocorasick';
import ModernFastAC from 'modern-ahocorasick/fast';
import { AhoCorasick } from '../../lib/matcher/aho-corasick';
import { benchGroup, printGroup, type GroupResult } from './harness';
import { description, dictionary, titles } from './workload';

const BrunorbAC = createRequire(import.meta.url)('ahocorasick') as new (words: string[]) => { search(text: string): unknown[] };

/** Each candidate counts the matches of `words` in every text of `texts`. */
function matcherBench(label: string, words: string[], texts: string[]): GroupResult {
  const ours = new AhoCorasick(words);
  const monyone = new MonyoneAC(words);
  const modern = new ModernAC(words);
  const modernFast = new ModernFastAC(words);
  const brunorb = new BrunorbAC(words);
  const regex = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

  const sum = (count: (text: string) => number) => () => texts.reduce((n, text) => n + count(text), 0);
  const naiveCount = sum((text) => {
    let n = 0;
    for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) n++;
    return n;
  });
  const oursCount = sum((text) => {
    let n = 0;
    ours.search(text, () => n++);
    return n;
  });
  const expected = oursCount();
  if (naiveCount() !== expected) throw new Error(`matcher disagrees with the naive scan: ${expected} vs ${naiveCount()}`);

  return benchGroup(`${label} (${expected} matches)`, 'naive indexOf loop', [
    { name: 'naive indexOf loop', run: naiveCount },
    { name: 'single regex alternation', run: sum((text) => text.match(regex)?.length ?? 0) },
    { name: 'ahocorasick (npm)', run: sum((text) => brunorb.search(text).length) },
    { name: '@monyone/aho-corasick', run: sum((text) => monyone.matchInText(text).length) },
    { name: 'modern-ahocorasick search', run: sum((text) => modern.search(text).length) },
    { name: 'modern-ahocorasick/fast count', run: sum((text) => modernFast.count(text)) },
    { name: 'ShopLint AhoCorasick', run: oursCount },
    {
      name: 'floor: bare charCodeAt pass',
      run: sum((text) => {
        let h = 0;
        for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
        return h;
      }),
    },
  ]);
}

export function run(): void {
  const words = dictionary(1_500);
  printGroup(matcherBench('matcher: 10,000-character description, 1,500-word dictionary', words, [description(10_000, words)]));
  printGroup(matcherBench('matcher: 20,000 titles, 1,500-word dictionary', words, titles(20_000)));
}
