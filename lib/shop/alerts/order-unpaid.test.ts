import rule from './order-unpaid';
import { NOW, order, testAlert } from './test-alert';

const placed = (minutes: number) => NOW - minutes * 60_000;

testAlert(rule, [
  { name: '30 minutes: not yet', shop: { orders: [order({ id: '1', status: 'unpaid', createdAt: placed(30), paidAt: undefined })] }, alerts: [] },
  {
    name: '31 minutes: remind',
    shop: { orders: [order({ id: '4156057808831793106', status: 'unpaid', createdAt: placed(31), paidAt: undefined, amount: 79 })] },
    alerts: [{ entityId: '4156057808831793106', severity: 'info', message: '订单 4156057808831793106 下单 31 分钟未付款（79 元）：发催付消息，提醒库存与优惠' }],
  },
  { name: 'a day old: not worth a reminder', shop: { orders: [order({ id: '1', status: 'unpaid', createdAt: placed(25 * 60), paidAt: undefined })] }, alerts: [] },
  { name: 'paid', shop: { orders: [order({ id: '1', createdAt: placed(60) })] }, alerts: [] },
]);
