import rule from './order-ship-deadline';
import { at, hoursAgo, order, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'paid 35 h ago: 13 h left', shop: { orders: [order({ id: '1', paidAt: hoursAgo(35) })] }, alerts: [] },
  {
    name: 'paid 40 h ago: due in 8 h',
    shop: { orders: [order({ id: '3912345678901234567', paidAt: hoursAgo(40) })] },
    alerts: [{ entityId: '3912345678901234567', severity: 'warn', messageId: 'soon', dueAt: at('2026-11-20 18:00:00'), message: '订单 3912345678901234567 需在 2026-11-20 18:00 前发货（默认付款后 48 小时，还剩 8 小时）：今天优先打单发货' }],
  },
  {
    name: 'paid 50 h ago: overdue',
    shop: { orders: [order({ id: '2', paidAt: hoursAgo(50) })] },
    alerts: [{ entityId: '2', severity: 'error', messageId: 'overdue', dueAt: hoursAgo(2) }],
  },
  { name: 'shipped in time', shop: { orders: [order({ id: '1', paidAt: hoursAgo(50), status: 'shipped', shippedAt: hoursAgo(10) })] }, alerts: [] },
  { name: 'closed', shop: { orders: [order({ id: '1', paidAt: hoursAgo(50), status: 'closed' })] }, alerts: [] },
  { name: "the shop's own promise (72 h)", shop: { orders: [order({ id: '1', paidAt: hoursAgo(50) })] }, options: { shipHours: 72 }, alerts: [] },
]);

// Each order by the deadline its export gives (lib/shop/import/promise.ts), 48 h only without one.
testAlert(rule, [
  {
    name: '承诺发货时间 earlier than 48 h: judged by the promise, and says so',
    shop: { orders: [order({ id: '1', paidAt: hoursAgo(20), shipBy: hoursAgo(-4), shipBasis: 'promise' })] },
    alerts: [{ messageId: 'soon', dueAt: hoursAgo(-4), message: '订单 1 需在 2026-11-20 14:00 前发货（承诺发货时间，还剩 4 小时）：今天优先打单发货' }],
  },
  { name: '预约发货时间 next week: nothing yet although paid 60 h ago', shop: { orders: [order({ id: '1', paidAt: hoursAgo(60), shipBy: hoursAgo(-100), shipBasis: 'booked' })] }, alerts: [] },
  { name: '预售 without a date in the export: not judged by 48 h', shop: { orders: [order({ id: '1', paidAt: hoursAgo(100), shipBasis: 'presale' })] }, alerts: [] },
  {
    name: '预售 7 days: overdue only after its date',
    shop: { orders: [order({ id: '1', paidAt: hoursAgo(170), shipBy: hoursAgo(2), shipBasis: 'presale' })] },
    alerts: [{ messageId: 'overdue', severity: 'error', messageEn: 'Order 1 is 2 h past its shipping deadline (pre-sale ship date: 2026-11-20 08:00): ship now and message the buyer to avoid a late-shipment penalty' }],
  },
  {
    name: "the seller's 24 h promise for the product (settings), the shortest of the order's products",
    shop: {
      orders: [order({ id: '1', paidAt: hoursAgo(20) })],
      lines: [
        { orderId: '1', lineId: '1', productId: 'p24', title: '', qty: 1, amount: 1, paidAt: hoursAgo(20), status: 'paid' },
        { orderId: '1', lineId: '2', productId: 'p72', title: '', qty: 1, amount: 1, paidAt: hoursAgo(20), status: 'paid' },
      ],
      settings: { shipHours: { p24: 24, p72: 72 } },
    },
    alerts: [{ messageId: 'soon', dueAt: hoursAgo(-4), message: '订单 1 需在 2026-11-20 14:00 前发货（商品发货时效 24 小时，还剩 4 小时）：今天优先打单发货' }],
  },
  { name: 'no promise anywhere: the default 48 h, named', shop: { orders: [order({ id: '1', paidAt: hoursAgo(40) })] }, alerts: [{ messageEn: 'Order 1 must ship by 2026-11-20 18:00 (default 48 h after payment, 8 h left): ship it first today' }] },
  {
    name: 'shipped but waiting for pickup (揽收): still judged, as a fake-shipment risk',
    shop: { orders: [order({ id: '1', status: 'shipped', paidAt: hoursAgo(40), shippedAt: hoursAgo(30), trackingNo: 'YT1', awaitingPickup: true })] },
    alerts: [{ messageId: 'notPickedUp', severity: 'error', dueAt: hoursAgo(-8) }],
  },
  { name: 'shipped and picked up (no waiting mark)', shop: { orders: [order({ id: '1', status: 'shipped', paidAt: hoursAgo(60), shippedAt: hoursAgo(30) })] }, alerts: [] },
]);
