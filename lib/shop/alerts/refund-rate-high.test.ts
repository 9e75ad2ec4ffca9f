import rule from './refund-rate-high';
import { hoursAgo, order, testAlert } from './test-alert';

// On the full days before today (the window is whole China days: lib/shop/metrics.ts).
const orders = (n: number, refunded: number) =>
  Array.from({ length: n }, (_, i) => order({ id: String(i), status: 'completed', paidAt: hoursAgo(24 * (i % 25 + 1)), afterSale: i < refunded ? 'refunded' : 'none' }));

testAlert(rule, [
  { name: '2 of 20: 10%', shop: { orders: orders(20, 2) }, alerts: [] },
  { name: '3 of 20: 15%', shop: { orders: orders(20, 3) }, alerts: [{ entityId: 'shop', message: '近 30 天退款率 15%（3/20 单），超过 10%：按商品查看退款原因，修正尺码表与描述' }] },
  { name: 'too few orders', shop: { orders: orders(10, 5) }, alerts: [] },
  { name: 'orders older than 30 days do not count', shop: { orders: [...orders(20, 2), ...Array.from({ length: 5 }, (_, i) => order({ id: `old${i}`, paidAt: hoursAgo(24 * 40), afterSale: 'refunded' }))] }, alerts: [] },
  {
    name: 'orders paid today count from tomorrow',
    shop: { orders: [...orders(20, 2), order({ id: 'today', status: 'completed', paidAt: hoursAgo(1), afterSale: 'refunded' })] },
    alerts: [],
  },
  {
    name: 'the first hours of the 30th day back count (the window starts at its midnight)',
    shop: { orders: [...orders(19, 2), order({ id: 'early', status: 'completed', paidAt: hoursAgo(24 * 30 + 9), afterSale: 'refunded' })] },
    alerts: [{ message: '近 30 天退款率 15%（3/20 单），超过 10%：按商品查看退款原因，修正尺码表与描述' }],
  },
]);
