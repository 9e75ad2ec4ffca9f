// A shipped parcel with no tracking update for 24 hours (运营手册): lost, stuck, or a 虚假发货 risk.
// Only orders whose last tracking event is known (captured from the order list, or an export column)
// are judged; the ship time alone says nothing about movement.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { HOUR } from '../time';

export default defineAlert({
  meta: {
    id: 'logistics-stalled',
    severity: 'warn',
    description: { zh: '物流 24 小时无更新', en: 'No tracking update for 24 h' },
    options: z.object({ hours: z.number().positive().default(24) }),
    sources: { hours: '运营手册：包裹 24 小时无物流更新需跟进' },
    inputs: {
      zh: '已发货订单的最新物流时间。没有任何导出文件带这一列：只有在同意记录后，从千牛“已卖出的宝贝”或抖店“订单管理”页面记录下的订单（物流更新）才能触发。',
      en: 'The last tracking update of shipped orders. No export carries it: only orders recorded, with the seller’s consent, from the 千牛 已卖出的宝贝 or 抖店 订单管理 pages (物流更新) can raise it.',
    },
    deadline: true,
    messages: {
      stalled: {
        zh: '订单 {id} 物流 {hours} 小时无更新（运单 {tracking}）：联系快递网点核查，主动告知买家',
        en: 'Order {id}: no tracking update for {hours} h (waybill {tracking}): call the courier and tell the buyer',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.status !== 'shipped' || order.trackingAt === undefined) continue;
      const quiet = context.now - order.trackingAt;
      if (quiet <= options.hours * HOUR) continue;
      context.report({ entityId: order.id, messageId: 'stalled', dueAt: order.trackingAt + options.hours * HOUR, data: { id: order.id, hours: Math.floor(quiet / HOUR), tracking: order.trackingNo ?? '—' } });
    }
  },
});
