// What the editor overlay does on every keystroke, without the browser: lint the listing (title and
// price rules, score) for each prefix of a typed title, with shop promotions and a cost. Run by
// test/bench/run.ts (`npm run bench`); returns per-keystroke timings in milliseconds.
import { performance } from 'node:perf_hooks';
import { lintListing } from '../../lib/engine/lint';
import { readPromos, stackPrice } from '../../lib/pricing';

const TITLE = '全网最好的冰丝防晒衣女夏季薄款UPF50+防紫外线连帽外套户外骑行通勤第一';
const PROMOS = ['满200减30', '店铺券30', '第二件半价'];

export default function editorKeystroke(rounds = 50): { name: string; keystrokes: number; p50: number; p95: number; max: number } {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 1; i <= TITLE.length; i++) {
      const start = performance.now();
      lintListing({ title: TITLE.slice(0, i), platform: 'taobao', price: 229, cost: 120, promos: PROMOS });
      stackPrice({ unitPrice: 229, promos: readPromos(PROMOS).promos });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3));
  return { name: 'editor keystroke (lint + 到手价)', keystrokes: times.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(editorKeystroke());
