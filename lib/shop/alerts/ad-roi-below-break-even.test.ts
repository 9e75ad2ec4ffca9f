import { expect } from 'vitest';
import rule from './ad-roi-below-break-even';
import { product, testAlert } from './test-alert';
import type { AdStat } from '../../schemas/shop';

// 售价 129, 成本 67.75: break-even ROI 129 ÷ 61.25 = 2.11.
const shirt = product({ id: 'p1', title: '防晒衣', price: 129, cost: 67.75 });
const ad = (day: string, spend: number, gmv: number, orders = Math.round(gmv / 129)): AdStat => ({ day, productId: 'p1', spend, gmv, orders });
const losing = ['2026-11-17', '2026-11-18', '2026-11-19'].map((d) => ad(d, 200, 258));

testAlert(rule, [
  {
    name: 'three days under break-even',
    shop: { products: [shirt], adStats: losing },
    alerts: [{ entityId: 'p1', messageId: 'below', message: '「防晒衣」连续 3 天推广 ROI 低于保本 ROI 2.11（2026-11-19 花费 200.00 元，ROI 1.29）：降低出价，关停 ROI 低的关键词和人群，或把预算移到 ROI 高的计划' }],
  },
  { name: 'two days are not a run', shop: { products: [shirt], adStats: losing.slice(1) }, alerts: [] },
  { name: 'a good day in between breaks the run', shop: { products: [shirt], adStats: [losing[0]!, ad('2026-11-18', 200, 774), losing[2]!] }, alerts: [] },
  { name: 'a day with no report breaks the run', shop: { products: [shirt], adStats: [ad('2026-11-15', 200, 258), ad('2026-11-16', 200, 258), losing[1]!, losing[2]!] }, alerts: [] },
  // 122.50 of GMV on 58.16 of spend: ROI 2.1063 ≥ 2.1061
  { name: 'just above break-even is fine', shop: { products: [shirt], adStats: ['2026-11-17', '2026-11-18', '2026-11-19'].map((d) => ad(d, 58.16, 122.5, 1)) }, alerts: [] },
  { name: 'spend under 50 元 a day is not real spend', shop: { products: [shirt], adStats: ['2026-11-17', '2026-11-18', '2026-11-19'].map((d) => ad(d, 49.99, 0, 0)) }, alerts: [] },
  {
    name: 'the run ends on the latest day of the report; today (partial) does not count',
    shop: { products: [shirt], adStats: [ad('2026-11-16', 200, 258), ad('2026-11-17', 200, 258), ad('2026-11-18', 210, 258), ad('2026-11-20', 500, 0, 0)] },
    alerts: [{ entityId: 'p1', message: expect.stringContaining('2026-11-18 花费 210.00 元，ROI 1.23') }],
  },
  { name: 'a run older than 7 days is stale', shop: { products: [shirt], adStats: ['2026-11-10', '2026-11-11', '2026-11-12'].map((d) => ad(d, 200, 258)) }, alerts: [] },
  { name: 'no cost: no break-even to judge', shop: { products: [product({ id: 'p1', price: 129 })], adStats: losing }, alerts: [] },
  { name: 'days option', shop: { products: [shirt], adStats: losing.slice(1) }, options: { days: 2 }, alerts: [{ entityId: 'p1', message: expect.stringContaining('连续 2 天') }] },
]);
