// 催付: an order not paid 30 minutes after it was placed (运营手册). Older than a day, the platform has
// usually closed it or the buyer has moved on, so it is no longer worth a reminder.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { MINUTE } from '../time';

export default defineAlert({
  meta: {
    id: 'order-unpaid',
    severity: 'info',
    description: { zh: '下单未付款，需催付', en: 'Unpaid order to remind' },
    options: z.object({ afterMinutes: z.number().positive().default(30), maxHours: z.number().positive().default(24) }),
    sources: { afterMinutes: '运营手册：未付款订单 30 分钟后催付', maxHours: '淘宝：未付款订单 24 小时后多已关闭' },
    inputs: {
      zh: '未付款订单的下单时间（订单导出）。',
      en: 'Creation time of unpaid orders (order exports).',
    },
    deadline: true,
    messages: {
      unpaid: {
        zh: '订单 {id} 下单 {minutes} 分钟未付款（{amount} 元）：发催付消息，提醒库存与优惠',
        en: 'Order {id} unpaid for {minutes} minutes (¥{amount}): send a payment reminder (stock, discount)',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.status !== 'unpaid') continue;
      const age = context.now - order.createdAt;
      if (age <= options.afterMinutes * MINUTE || age > options.maxHours * 60 * MINUTE) continue;
      context.report({ entityId: order.id, messageId: 'unpaid', data: { id: order.id, minutes: Math.floor(age / MINUTE), amount: order.amount } });
    }
  },
});
