import rule from './order-abnormal';
import { hoursAgo, order, testAlert } from './test-alert';

testAlert(rule, [
  { name: 'receiver fine', shop: { orders: [order({ id: '1' })] }, alerts: [] },
  {
    name: 'bad phone: contact within 1 h of payment',
    shop: { orders: [order({ id: '1', abnormal: 'phone', paidAt: hoursAgo(0.5), seenAt: hoursAgo(0.5) })] },
    alerts: [{ entityId: '1', messageId: 'phone', severity: 'error', dueAt: hoursAgo(-0.5) }],
  },
  {
    name: 'seen only now: the hour starts now',
    shop: { orders: [order({ id: '1', abnormal: 'address', paidAt: hoursAgo(5), seenAt: hoursAgo(0) })] },
    alerts: [{ entityId: '1', messageId: 'address', dueAt: hoursAgo(-1) }],
  },
  { name: 'already shipped', shop: { orders: [order({ id: '1', abnormal: 'phone', status: 'shipped' })] }, alerts: [] },
]);
