// What the editor page does on every keystroke, without the browser: ListingChecker.check (title and
// price rules, score, 到手价 with the shop's promotions) for each prefix of a typed title, without and
// with a 50,000-term keyword bank; and what the page pays once, when the engine file has loaded: the
// word bank compiled, and the keyword bank compiled on the first check. Run by test/bench/run.ts
// (`npm run bench editor`).
import { performance } from 'node:perf_hooks';
import { ListingChecker } from '../../lib/engine/listing-checker';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { keywordWorkload } from './keywords.bench';

const TITLE = '全网最好的冰丝防晒衣女夏季薄款UPF50+防紫外线连帽外套户外骑行通勤第一';
const PROFILE = { promos: ['满200减30', '店铺券30', '第二件半价'], cost: 120 };

function keystrokes(checker: ListingChecker, rounds: number) {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 1; i <= TITLE.length; i++) {
      const start = performance.now();
      checker.check({ title: TITLE.slice(0, i), platform: 'taobao', price: 229 }, PROFILE);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} keystrokes`;
}

export function run(): void {
  let start = performance.now();
  const plain = new ListingChecker(DEFAULT_SETTINGS);
  const wordsMs = performance.now() - start;
  const bank = keywordWorkload(50_000);
  const withBank = new ListingChecker(DEFAULT_SETTINGS, [{ key: '|apparel', category: bank.category, dataDate: bank.dataDate, bank }]);
  start = performance.now();
  withBank.check({ title: '防晒衣', platform: 'taobao' }, PROFILE);
  const firstMs = performance.now() - start;
  console.log(`\neditor page, once: word bank compiled in ${wordsMs.toFixed(1)} ms; first check with a 50,000-term keyword bank (compiles it) ${firstMs.toFixed(0)} ms`);
  console.log(`editor keystroke (ListingChecker.check: lint + 到手价): ${keystrokes(plain, 50)}`);
  console.log(`editor keystroke with a 50,000-term keyword bank: ${keystrokes(withBank, 10)}`);
}
