import { expect } from 'vitest';
import rule from './ad-profit-negative';
import { at, product, testAlert } from './test-alert';
import type { AdStat, Commission } from '../../schemas/shop';

const shirt = product({ id: 'p1', title: '防晒衣', price: 129, cost: 67.75 });
const cup = product({ id: 'p2', title: '保温杯', price: 99, cost: 52.1 });
const ad = (day: string, spend: number, orders: number): AdStat => ({ day, productId: 'p1', spend, gmv: orders * 129, orders });
const sale = (orderId: string, day: string, commission: number): Commission => ({
  orderId, productId: 'p2', day, paidAt: at(`${day} 12:00`), author: '露营老李', amount: 99, rate: commission / 99, commission, settled: false, refunded: false,
});

testAlert(rule, [
  {
    // 206.40 ÷ 2 = 103.20; 129 − 67.75 − 103.20 = −41.95
    name: 'ads cost more than the margin',
    shop: { products: [shirt], adStats: [ad('2026-11-19', 206.4, 2)] },
    alerts: [{ entityId: 'p1', messageId: 'loss', message: '「防晒衣」2026-11-19 每单亏 41.95 元（到手价 129.00 − 成本 67.75 − 推广 103.20 − 佣金 0.00）：先停亏损的推广计划或与达人重谈佣金，再考虑提价或降本' }],
  },
  // 122.50 ÷ 2 = 61.25: exactly the margin, no loss
  { name: 'breaking even is not a loss', shop: { products: [shirt], adStats: [ad('2026-11-19', 122.5, 2)] }, alerts: [] },
  {
    // 49.50 a 达人 order: 99 − 52.10 − 49.50 = −2.60
    name: 'a 50% commission',
    shop: { products: [cup], commissions: [sale('1', '2026-11-19', 49.5), sale('2', '2026-11-19', 49.5)] },
    alerts: [{ entityId: 'p2', message: expect.stringContaining('每单亏 2.60 元（到手价 99.00 − 成本 52.10 − 推广 0.00 − 佣金 49.50）') }],
  },
  { name: 'a refunded order pays no commission', shop: { products: [cup], commissions: [{ ...sale('1', '2026-11-19', 0), refunded: true }] }, alerts: [] },
  { name: 'the latest day decides: yesterday recovered', shop: { products: [shirt], adStats: [ad('2026-11-18', 206.4, 2), ad('2026-11-19', 60, 2)] }, alerts: [] },
  { name: 'a day with spend but no order has no per-order cost (the ROI alert judges it)', shop: { products: [shirt], adStats: [ad('2026-11-18', 60, 2), ad('2026-11-19', 206.4, 0)] }, alerts: [] },
  { name: 'no cost known', shop: { products: [product({ id: 'p1', price: 129 })], adStats: [ad('2026-11-19', 206.4, 2)] }, alerts: [] },
  { name: 'older than 7 days', shop: { products: [shirt], adStats: [ad('2026-11-12', 206.4, 2)] }, alerts: [] },
]);
