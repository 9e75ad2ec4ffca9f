import rule from './refund-sla';
import { hoursAgo, order, testAlert } from './test-alert';

const pending = (fields: Parameters<typeof order>[0]) => order({ status: 'shipped', afterSale: 'refund-pending', ...fields });

testAlert(rule, [
  { name: 'no refund', shop: { orders: [order({ id: '1' })] }, alerts: [] },
  { name: '淘宝: 24 h from the request', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(10) })] }, alerts: [{ entityId: '1', severity: 'warn', messageId: 'pending', dueAt: hoursAgo(-14) }] },
  { name: '抖店: 48 h', shop: { orders: [pending({ id: '1', platform: 'douyin', afterSaleAt: hoursAgo(30) })] }, alerts: [{ severity: 'warn', dueAt: hoursAgo(-18) }] },
  { name: '天猫 shop set in settings: 24 h', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(20) })], settings: { qianniuPlatform: 'tmall' } }, alerts: [{ severity: 'error', dueAt: hoursAgo(-4) }] },
  { name: 'overdue', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(26) })] }, alerts: [{ severity: 'error', messageId: 'overdue', message: '订单 1 的退款申请已超时 2 小时：立即处理，避免平台自动退款并计入纠纷' }] },
  { name: 'no request time: from when first seen', shop: { orders: [pending({ id: '1', seenAt: hoursAgo(1) })] }, alerts: [{ dueAt: hoursAgo(-23) }] },
  { name: 'refunded already', shop: { orders: [order({ id: '1', afterSale: 'refunded' })] }, alerts: [] },
]);
