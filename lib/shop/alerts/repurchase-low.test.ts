import rule from './repurchase-low';
import { hoursAgo, order, testAlert } from './test-alert';

/** `buyers` buyers, the first `repeat` of them with two orders. */
const shop = (buyers: number, repeat: number) =>
  Array.from({ length: buyers }, (_, i) => [
    order({ id: `a${i}`, buyer: `b${i}`, paidAt: hoursAgo(24 * 50) }),
    ...(i < repeat ? [order({ id: `b${i}`, buyer: `b${i}`, paidAt: hoursAgo(24 * 5) })] : []),
  ]).flat();

testAlert(rule, [
  { name: '6 of 20 came back: 30%', shop: { orders: shop(20, 6) }, alerts: [] },
  { name: '5 of 20: 25%', shop: { orders: shop(20, 5) }, alerts: [{ entityId: 'shop', severity: 'info', message: '近 90 天复购率 25%（5/20 位买家复购），低于 30%：给老客发专属券，做会员/粉丝群回访' }] },
  { name: 'too few buyers', shop: { orders: shop(10, 0) }, alerts: [] },
  { name: 'closed unpaid orders are not purchases', shop: { orders: [...shop(20, 6).map((o) => (o.id.startsWith('b') ? { ...o, status: 'closed' as const, paidAt: undefined } : o))] }, alerts: [{ entityId: 'shop' }] },
]);
