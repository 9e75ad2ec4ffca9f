import rule from './logistics-stalled';
import { hoursAgo, order, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'updated 23 h ago', shop: { orders: [order({ id: '1', status: 'shipped', trackingAt: hoursAgo(23) })] }, alerts: [] },
  {
    name: 'no update for 30 h',
    shop: { orders: [order({ id: '1', status: 'shipped', trackingNo: 'SF1234567890123', trackingAt: hoursAgo(30) })] },
    alerts: [{ entityId: '1', severity: 'warn', dueAt: hoursAgo(6), message: '订单 1 物流 30 小时无更新（运单 SF1234567890123）：联系快递网点核查，主动告知买家' }],
  },
  { name: 'ship time alone says nothing about movement', shop: { orders: [order({ id: '1', status: 'shipped', shippedAt: hoursAgo(80) })] }, alerts: [] },
  { name: 'delivered', shop: { orders: [order({ id: '1', status: 'completed', trackingAt: hoursAgo(80) })] }, alerts: [] },
]);
