// The full title lint (normalise, one scan, every title rule, score) over 20,000 titles, beside the
// matcher alone over the same titles: how much the rules add to the scan.
import { lintListing } from '../../lib/engine/lint';
import { wordBank } from '../../lib/lexicon/bank';
import { benchGroup, printGroup } from './harness';
import { titles } from './workload';

export function run(): void {
  const list = titles(20_000);
  const bank = wordBank();
  const result = benchGroup('20,000 titles (time per title)', 'word-bank scan only', [
    { name: 'word-bank scan only', run: () => list.forEach((t) => bank.scan(t)) },
    { name: 'full title lint (lintListing)', run: () => list.forEach((title) => lintListing({ title })) },
  ], { rounds: 5, minMs: 50 });
  for (const row of result.rows) row.ms /= list.length;
  printGroup(result, 'µs');
}
