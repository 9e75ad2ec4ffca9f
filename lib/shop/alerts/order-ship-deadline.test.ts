import rule from './order-ship-deadline';
import { at, hoursAgo, order, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'paid 35 h ago: 13 h left', shop: { orders: [order({ id: '1', paidAt: hoursAgo(35) })] }, alerts: [] },
  {
    name: 'paid 40 h ago: due in 8 h',
    shop: { orders: [order({ id: '3912345678901234567', paidAt: hoursAgo(40) })] },
    alerts: [{ entityId: '3912345678901234567', severity: 'warn', messageId: 'soon', dueAt: at('2026-11-20 18:00:00'), message: '订单 3912345678901234567 需在 2026-11-20 18:00 前发货（还剩 8 小时）：今天优先打单发货' }],
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
