import rule from './refund-sla';
import { hoursAgo, order, testAlert } from './test-alert';

const pending = (fields: Parameters<typeof order>[0]) => order({ status: 'shipped', afterSale: 'refund-pending', ...fields });

testAlert(rule, [
  { name: 'no refund', shop: { orders: [order({ id: '1' })] }, alerts: [] },
  { name: '淘宝: 24 h from the request', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(10) })] }, alerts: [{ entityId: '1', severity: 'warn', messageId: 'pending', dueAt: hoursAgo(-14) }] },
  { name: '抖店: 48 h', shop: { orders: [pending({ id: '1', platform: 'douyin', afterSaleAt: hoursAgo(30) })] }, alerts: [{ severity: 'warn', dueAt: hoursAgo(-18) }] },
  { name: '天猫 shop set in settings: 24 h', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(20) })], settings: { qianniuPlatform: 'tmall' } }, alerts: [{ severity: 'error', dueAt: hoursAgo(-4) }] },
  { name: 'overdue', shop: { orders: [pending({ id: '1', afterSaleAt: hoursAgo(26) })] }, alerts: [{ severity: 'error', messageId: 'overdue', message: '订单 1 的退款申请已超时 2 小时（申请后 24 小时）：立即处理，避免平台自动退款并计入纠纷' }] },
  { name: 'no request time: from when first seen', shop: { orders: [pending({ id: '1', seenAt: hoursAgo(1) })] }, alerts: [{ dueAt: hoursAgo(-23) }] },
  { name: 'refunded already', shop: { orders: [order({ id: '1', afterSale: 'refunded' })] }, alerts: [] },
]);

testAlert(rule, [
  {
    name: "抖店 售后 export: the platform's 自动处理截止时间 is the deadline, and the message says so",
    shop: { orders: [pending({ id: '1', platform: 'douyin', afterSaleAt: hoursAgo(2), afterSaleDueAt: hoursAgo(-5) })] },
    alerts: [{ severity: 'error', dueAt: hoursAgo(-5), message: '订单 1 的退款申请需在 2026-11-20 15:00 前处理（平台自动处理截止时间，还剩 5 小时）：同意退款，或上传凭证说明拒绝理由' }],
  },
  { name: '等待买家退货 is the buyer’s turn: no seller deadline', shop: { orders: [order({ id: '1', status: 'shipped', afterSale: 'buyer-turn', afterSaleAt: hoursAgo(40) })] }, alerts: [] },
  { name: 'an exchange done is not a refund to handle', shop: { orders: [order({ id: '1', status: 'completed', afterSale: 'exchange' })] }, alerts: [] },
]);
