import rule from './stock-below-safety';
import { NOW, at, product, sales, testAlert } from './test-alert';

// Sell-out times count from the start of today, where the daily sales end (the case's now is 10:00).
const TODAY = at('2026-11-20 00:00:00');

// 10 a day for 7 days: safety stock = 10 × 3 × 1.2 = 36.
const tenADay = sales('p1', [10, 10, 10, 10, 10, 10, 10]);

testAlert(rule, [
  { name: 'at safety stock', shop: { products: [product({ id: 'p1', stock: 36 })], lines: tenADay }, alerts: [] },
  { name: 'no sales: no safety stock to judge', shop: { products: [product({ id: 'p1', stock: 1 })] }, alerts: [] },
  { name: 'sold out is stock-out, not this', shop: { products: [product({ id: 'p1', stock: 0 })], lines: tenADay }, alerts: [] },
  {
    name: 'below safety, lasts longer than a reorder takes',
    shop: { products: [product({ id: 'p1', stock: 35 })], lines: tenADay },
    alerts: [{ entityId: 'p1', severity: 'warn', messageId: 'low', dueAt: TODAY + 3.5 * 86_400_000 }],
  },
  {
    name: 'sells out before a reorder arrives',
    shop: { products: [product({ id: 'p1', stock: 20 })], lines: tenADay },
    alerts: [{ entityId: 'p1', severity: 'error', dueAt: TODAY + 2 * 86_400_000 }],
  },
  {
    name: "the product's own 补货周期 beats the default",
    shop: { products: [product({ id: 'p1', stock: 50, replenishDays: 7 })], lines: tenADay },
    alerts: [{ entityId: 'p1', severity: 'error' }],
  },
  {
    name: 'orders of today and closed orders do not count as daily sales',
    shop: {
      products: [product({ id: 'p1', stock: 30 })],
      lines: [
        ...sales('p1', [10, 10, 10, 10, 10, 10, 10]).map((l) => ({ ...l, status: 'closed' as const })),
        { orderId: 'today', lineId: '1', productId: 'p1', title: '', qty: 50, amount: 1, paidAt: NOW - 3_600_000, status: 'paid' as const },
      ],
    },
    alerts: [],
  },
  { name: 'buffer option', shop: { products: [product({ id: 'p1', stock: 35 })], lines: tenADay }, options: { buffer: 0 }, alerts: [] },
]);
