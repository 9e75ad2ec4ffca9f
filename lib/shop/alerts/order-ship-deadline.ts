// Ship within 48 h of payment (抖音 rule, also 淘宝's default promise; 运营手册): warn when the
// deadline is near, error once it has passed (延迟发货 is fined on both platforms).
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { HOUR, formatChinaTime } from '../time';
import { round1 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'order-ship-deadline',
    severity: 'warn',
    description: { zh: '已付款未发货，临近或超过 48 小时发货时限', en: 'Paid order near or past the 48 h shipping deadline' },
    options: z.object({ shipHours: z.number().positive().default(48), warnHours: z.number().positive().default(12) }),
    sources: { shipHours: '抖音电商、淘宝：付款后 48 小时内发货（运营手册）', warnHours: 'ShopLint：剩余 12 小时内提醒，留出一个班次' },
    messages: {
      soon: {
        zh: '订单 {id} 需在 {due} 前发货（还剩 {left} 小时）：今天优先打单发货',
        en: 'Order {id} must ship by {due} ({left} h left): ship it first today',
      },
      overdue: {
        zh: '订单 {id} 已超过发货时限 {over} 小时（应于 {due} 前发货）：立即发货并联系买家说明，避免延迟发货处罚',
        en: 'Order {id} is {over} h past its shipping deadline ({due}): ship now and message the buyer to avoid a late-shipment penalty',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.status !== 'paid') continue;
      const dueAt = (order.paidAt ?? order.createdAt) + options.shipHours * HOUR;
      const left = dueAt - context.now;
      if (left > options.warnHours * HOUR) continue;
      const due = formatChinaTime(dueAt);
      if (left <= 0) context.report({ entityId: order.id, messageId: 'overdue', severity: 'error', dueAt, data: { id: order.id, due, over: round1(-left / HOUR) } });
      else context.report({ entityId: order.id, messageId: 'soon', dueAt, data: { id: order.id, due, left: round1(left / HOUR) } });
    }
  },
});
