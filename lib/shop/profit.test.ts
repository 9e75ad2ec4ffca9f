// Profit after ads and commission, checked by hand (each row's arithmetic in its comment).
import { describe, expect, it } from 'vitest';
import { adMetrics, belowBreakEven, breakEvenRoi, productDays, profitPerOrder, recentAdCosts, roiOf, type OrderCosts } from './profit';
import type { AdStat, Commission } from '../schemas/shop';
import { NOW, at, product } from './alerts/test-alert';

describe('profitPerOrder (分)', () => {
  it.each<[string, OrderCosts, ReturnType<typeof profitPerOrder>]>([
    // 206.40 ÷ 2 = 103.20; 129.00 − 67.75 − 103.20 = −41.95
    ['ads eat the margin', { priceFen: 12900, costFen: 6775, spendFen: 20640, adOrders: 2 }, { adCostPerOrderFen: 10320, commissionPerOrderFen: 0, profitPerOrderFen: -4195 }],
    // 1,076.40 ÷ 12 = 89.70; 359.00 − 159.96 − 89.70 = 109.34
    ['ads pay', { priceFen: 35900, costFen: 15996, spendFen: 107640, adOrders: 12 }, { adCostPerOrderFen: 8970, commissionPerOrderFen: 0, profitPerOrderFen: 10934 }],
    // 148.50 ÷ 3 = 49.50; 99.00 − 52.10 − 49.50 = −2.60
    ['a 50% 达人', { priceFen: 9900, costFen: 5210, commissionFen: 14850, commissionOrders: 3 }, { adCostPerOrderFen: 0, commissionPerOrderFen: 4950, profitPerOrderFen: -260 }],
    // 30 ÷ 3 = 10, 20 ÷ 2 = 10; 100 − 40 − 10 − 10 = 40
    ['both costs on one order', { priceFen: 10000, costFen: 4000, spendFen: 3000, adOrders: 3, commissionFen: 2000, commissionOrders: 2 }, { adCostPerOrderFen: 1000, commissionPerOrderFen: 1000, profitPerOrderFen: 4000 }],
    // 10.00 ÷ 3 = 3.333… → 3.33
    ['a third of a 分 rounds down', { priceFen: 1000, costFen: 500, spendFen: 1000, adOrders: 3 }, { adCostPerOrderFen: 333, commissionPerOrderFen: 0, profitPerOrderFen: 167 }],
    // 0.05 ÷ 2 = 2.5 分 → 3 (half up)
    ['half a 分 rounds up', { priceFen: 1000, costFen: 500, spendFen: 5, adOrders: 2 }, { adCostPerOrderFen: 3, commissionPerOrderFen: 0, profitPerOrderFen: 497 }],
    ['no ads, no 达人: the margin', { priceFen: 5900, costFen: 2778 }, { adCostPerOrderFen: 0, commissionPerOrderFen: 0, profitPerOrderFen: 3122 }],
    ['spend without an order has no per-order cost', { priceFen: 5900, costFen: 2778, spendFen: 1560, adOrders: 0 }, undefined],
  ])('%s', (_, input, want) => expect(profitPerOrder(input)).toEqual(want));
});

describe('ROI and break-even', () => {
  it.each([
    // 129 ÷ (129 − 67.75) = 2.1061…
    [12900, 6775, 12900 / 6125],
    // 1 ÷ 50% = 2
    [10000, 5000, 2],
    [5000, 5000, undefined],
    [4000, 5000, undefined],
  ])('break-even ROI of 售价 %i 分, 成本 %i 分 is %s', (price, cost, want) => expect(breakEvenRoi(price, cost)).toBe(want));

  it('ROI = 成交金额 ÷ 花费', () => {
    expect(roiOf(25800, 20640)).toBe(1.25);
    expect(roiOf(0, 0)).toBeUndefined();
  });

  it.each([
    ['exactly at break-even is not under it', 20000, 10000, 10000, 5000, false],
    ['one 分 short is', 19999, 10000, 10000, 5000, true],
    ['no margin: any spend loses', 100000, 100, 5000, 5000, true],
    ['no spend: nothing to judge', 0, 0, 10000, 5000, false],
    // 1e12 分 × 1e9 分 is past 2^53: compared exactly
    ['large amounts stay exact', 1e12, 5e11 + 1, 2e9, 1e9, true],
  ])('%s', (_, gmv, spend, price, cost, want) => expect(belowBreakEven(gmv, spend, price, cost)).toBe(want));
});

const ad = (day: string, productId: string, spend: number, gmv: number, orders: number): AdStat => ({ day, productId, spend, gmv, orders });
const commission = (orderId: string, productId: string, day: string, fields: Partial<Commission> = {}): Commission => ({
  orderId, productId, day, paidAt: at(`${day} 12:00`), author: '露营老李', amount: 99, rate: 0.5, commission: 49.5, settled: false, refunded: false, ...fields,
});

describe('productDays and adMetrics', () => {
  const snapshot = {
    now: NOW,
    products: [product({ id: 'a', price: 129, cost: 67.75 }), product({ id: 'k', price: 99, cost: 52.1 }), product({ id: 'n', price: 59 })],
    adStats: [ad('2026-11-19', 'a', 206.4, 258, 2), ad('2026-11-18', 'a', 100, 387, 3), ad('2026-11-19', 'n', 15.6, 0, 0), ad('2026-11-20', 'a', 50, 0, 0)],
    commissions: [
      commission('1', 'k', '2026-11-19'),
      commission('2', 'k', '2026-11-19'),
      commission('3', 'k', '2026-11-19', { refunded: true, commission: 0 }),
      commission('4', 'k', '2026-11-19', { author: undefined, commission: 0, rate: 0 }),
    ],
  };

  it('sums each product-day; refunded and author-less orders carry no commission', () => {
    const days = productDays(snapshot);
    expect(days.map((d) => `${d.productId} ${d.day}`)).toEqual(['a 2026-11-18', 'a 2026-11-19', 'a 2026-11-20', 'k 2026-11-19', 'n 2026-11-19']);
    expect(days[1]).toMatchObject({ spendFen: 20640, adGmvFen: 25800, adOrders: 2, roi: 1.25, breakEvenRoi: 12900 / 6125, perOrder: { profitPerOrderFen: -4195 } });
    // 99 × 2 = 198 of GMV, 49.50 × 2 of commission
    expect(days[3]).toMatchObject({ commissionFen: 9900, commissionOrders: 2, commissionGmvFen: 19800, perOrder: { commissionPerOrderFen: 4950, profitPerOrderFen: -260 } });
    // No 成本: no margin to judge
    expect(days[4]).not.toHaveProperty('perOrder');
    expect(days[4]).not.toHaveProperty('breakEvenRoi');
  });

  it('the last full day for the shop and per product; today (partial) is left out', () => {
    const m = adMetrics(snapshot)!;
    // 11-19: spend 206.40 + 15.60; profit (129 − 67.75) × 2 − 206.40 = −83.90, (99 − 52.10) × 2 − 99 = −5.20
    expect(m).toMatchObject({ day: '2026-11-19', spend: 222, gmv: 258, orders: 2, commission: 99, profitAfterAds: -89.1 });
    expect(m.roi).toBeCloseTo(258 / 222, 10);
    expect(m.series.map((d) => d.day)).toEqual(['2026-11-18', '2026-11-19']);
    // 11-18: (129 − 67.75) × 3 − 100 = 83.75
    expect(m.series[0]).toMatchObject({ spend: 100, roi: 3.87, profitAfterAds: 83.75 });
    expect(m.products.find((p) => p.productId === 'a')).toMatchObject({ adCostPerOrder: 103.2, profitPerOrder: -41.95, commissionPerOrder: 0 });
    expect(m.products.find((p) => p.productId === 'n')).toEqual({ productId: 'n', title: '商品n', spend: 15.6, gmv: 0, orders: 0, roi: 0, commission: 0, commissionOrders: 0 });
  });

  it('no ad or commission data: no 推广 numbers', () => {
    expect(adMetrics({ ...snapshot, adStats: [], commissions: [] })).toBeUndefined();
  });
});

describe('recentAdCosts: the 7 full days before now (11-13 … 11-19)', () => {
  const adStats = [
    ad('2026-11-12', 'a', 999, 0, 0), // 8 days ago: out
    ad('2026-11-13', 'a', 180, 774, 6),
    ad('2026-11-16', 'a', 210.5, 387, 3),
    ad('2026-11-19', 'a', 150, 258, 2),
    ad('2026-11-19', 'a2', 56.4, 0, 0), // another product
    ad('2026-11-20', 'a', 50, 0, 0), // today: out
    ad('2026-11-18', 'z', 12.3, 0, 0),
  ];
  const commissions = [
    commission('1', 'k', '2026-11-17'),
    commission('2', 'k', '2026-11-19', { commission: 73.8 }),
    commission('3', 'k', '2026-11-18', { refunded: true, commission: 0 }),
    commission('4', 'k', '2026-11-19', { author: undefined, commission: 0, rate: 0 }),
    commission('5', 'a', '2026-11-19', { commission: 20 }),
  ];
  const snapshot = { now: NOW, adStats, commissions };

  it.each([
    // 花费 180 + 210.50 + 150 = 540.50 over 6 + 3 + 2 = 11 orders → 49.1363… → 49.14; ROI 1,419 ÷ 540.50; one 达人 order of ¥20
    ['a', { days: ['2026-11-13', '2026-11-16', '2026-11-19'], spendFen: 54050, adGmvFen: 141900, adOrders: 11, adCostPerOrderFen: 4914, commissionFen: 2000, commissionOrders: 1, commissionPerOrderFen: 2000, roi: 141900 / 54050 }],
    // 49.50 + 73.80 over 2 达人 orders (the refunded and the author-less ones pay none) → 61.65
    ['k', { days: ['2026-11-17', '2026-11-19'], spendFen: 0, adGmvFen: 0, adOrders: 0, adCostPerOrderFen: 0, commissionFen: 12330, commissionOrders: 2, commissionPerOrderFen: 6165 }],
    // Spend and no order: no cost per order to charge, ROI 0
    ['z', { days: ['2026-11-18'], spendFen: 1230, adGmvFen: 0, adOrders: 0, commissionFen: 0, commissionOrders: 0, commissionPerOrderFen: 0, roi: 0 }],
    ['nothing', undefined],
  ])('product %s', (id, want) => expect(recentAdCosts(snapshot, id)).toEqual(want));

  it('a week later the same rows are out of the window', () => {
    expect(recentAdCosts({ ...snapshot, now: NOW + 8 * 86_400_000 }, 'a')).toBeUndefined();
  });
});
