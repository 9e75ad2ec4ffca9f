// 异常订单: a paid order whose receiver phone or address cannot be right — contact the buyer within
// 1 hour (运营手册), before it ships to nowhere.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { HOUR, formatChinaTime } from '../time';

export default defineAlert({
  meta: {
    id: 'order-abnormal',
    severity: 'error',
    description: { zh: '收货信息异常，1 小时内联系买家', en: 'Receiver details look wrong: contact the buyer within 1 h' },
    options: z.object({ contactHours: z.number().positive().default(1) }),
    sources: { contactHours: '运营手册：异常订单 1 小时内联系买家' },
    inputs: {
      zh: '已付款订单的收货手机号和地址（千牛订单报表、抖店订单导出）。平台打码的信息（138****5678、##…、$$…$$、虚拟号 13800001234-5678）不算异常。',
      en: 'Receiver phone and address of paid orders (千牛 order report, 抖店 order export). What the platforms mask (138****5678, ##…, $$…$$, virtual numbers 13800001234-5678) is not abnormal.',
    },
    deadline: true,
    messages: {
      phone: {
        zh: '订单 {id} 收货手机号无效：{due} 前通过旺旺/飞鸽联系买家核实，核实前不要发货',
        en: 'Order {id} has an invalid receiver phone: message the buyer by {due} and hold the parcel until confirmed',
      },
      address: {
        zh: '订单 {id} 收货地址不完整或不详：{due} 前联系买家补全地址，核实前不要发货',
        en: 'Order {id} has an incomplete address: ask the buyer by {due} and hold the parcel until confirmed',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.status !== 'paid' || !order.abnormal) continue;
      // The clock starts when the order was paid, or when ShopLint first saw it if that was later.
      const dueAt = Math.max(order.paidAt ?? order.createdAt, order.seenAt) + options.contactHours * HOUR;
      context.report({ entityId: order.id, messageId: order.abnormal, dueAt, data: { id: order.id, due: formatChinaTime(dueAt) } });
    }
  },
});
