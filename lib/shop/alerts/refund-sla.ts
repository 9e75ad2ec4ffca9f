// Refund requests answered in time: 天猫 within 24 h, 抖音 within 48 h (运营手册); past it the platform
// refunds on its own and the shop's 纠纷率/体验分 suffers.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { HOUR, formatChinaTime } from '../time';
import { round1 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'refund-sla',
    severity: 'warn',
    description: { zh: '退款申请待处理，临近时限', en: 'Refund request waiting, deadline near' },
    options: z.object({
      tmallHours: z.number().positive().default(24),
      taobaoHours: z.number().positive().default(24),
      douyinHours: z.number().positive().default(48),
      urgentHours: z.number().positive().default(6),
    }),
    sources: {
      tmallHours: '运营手册：天猫退款 24 小时内处理',
      douyinHours: '运营手册：抖音退款 48 小时内处理',
      taobaoHours: '运营手册未单列淘宝，按天猫 24 小时从严',
      urgentHours: 'ShopLint：剩余 6 小时内升级为紧急',
    },
    messages: {
      pending: {
        zh: '订单 {id} 的退款申请需在 {due} 前处理（还剩 {left} 小时）：同意退款，或上传凭证说明拒绝理由',
        en: 'Refund request on order {id} due by {due} ({left} h left): approve it, or refuse with evidence',
      },
      overdue: {
        zh: '订单 {id} 的退款申请已超时 {over} 小时：立即处理，避免平台自动退款并计入纠纷',
        en: 'Refund request on order {id} is {over} h overdue: handle it now before the platform refunds it and counts a dispute',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.afterSale !== 'refund-pending') continue;
      const platform = order.platform === 'taobao' ? snapshot.settings.qianniuPlatform : order.platform;
      const hours = platform === 'tmall' ? options.tmallHours : platform === 'douyin' ? options.douyinHours : options.taobaoHours;
      // Exports rarely give the request time; the clock then starts when ShopLint first saw it.
      const dueAt = (order.afterSaleAt ?? order.seenAt) + hours * HOUR;
      const left = dueAt - context.now;
      const due = formatChinaTime(dueAt);
      if (left <= 0) context.report({ entityId: order.id, messageId: 'overdue', severity: 'error', dueAt, data: { id: order.id, over: round1(-left / HOUR) } });
      else context.report({ entityId: order.id, messageId: 'pending', severity: left <= options.urgentHours * HOUR ? 'error' : 'warn', dueAt, data: { id: order.id, due, left: round1(left / HOUR) } });
    }
  },
});
