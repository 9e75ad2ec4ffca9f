// The word-bank scan on large text (a product page's description, or a hostile page): 10 KB, 100 KB and
// 1 MB of copy dense with banned words and their exemptions, and 1 MB of nothing but 最好. Linear time
// means the per-KB column stays flat and the ratio to 10 KB grows ×10 per row (issue #21: the old scan
// was O(hits²), 400 KB of 最好 took 66 s).
import { wordBank } from '../../lib/lexicon/bank';
import { bannedEntries } from '../../lib/lexicon/index';
import { description, dictionary } from './workload';

const KB = 1024;

function median(fn: () => unknown, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

export function run(): void {
  const bank = wordBank();
  // Banned terms and their exemption phrases, so the containment tests (exemptions, longer hits) run too.
  const terms = [...dictionary(1_500), ...bannedEntries.flatMap((e) => e.exemptions)];
  const dense = (size: number) => description(size, terms, 7).replace(/(.{40})/g, '$1最好');
  for (const [label, make] of [
    ['copy with banned words', dense],
    ['nothing but 最好', (size: number) => '最好'.repeat(size / 2)],
  ] as const) {
    console.log(`\nscan: ${label} (median of 3; ratio to 10 KB)`);
    let base = 0;
    for (const size of [10 * KB, 100 * KB, 1024 * KB]) {
      const text = make(size);
      bank.scan(text); // warm up
      let hits = 0;
      const ms = median(() => (hits = bank.scan(text).banned.length), 3);
      base ||= ms / size;
      const name = size >= 1024 * KB ? `${size / 1024 / KB} MB` : `${size / KB} KB`;
      console.log(`  scan ${name.padEnd(8)} ${String(hits).padStart(7)} hits ${ms.toFixed(1).padStart(9)} ms   ${((ms / size) * KB).toFixed(3)} ms/KB   ×${(ms / size / base).toFixed(2)} per KB`);
    }
  }
}
