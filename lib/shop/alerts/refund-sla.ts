// Refund requests answered in time. The deadline is the platform's own where the export gives it
// (抖店 售后 export: 自动处理截止时间, EVIDENCE.md "Platform rules"); otherwise the manual's rule of
// thumb, 天猫 within 24 h and 抖音 within 48 h of the request (天猫 publishes no fixed limit: its 体验分
// scores the average 退款处理时长). Past it the platform decides on its own and 纠纷率/体验分 suffer.
// Only requests waiting on the seller count: 等待买家退货 is the buyer's turn.
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
    inputs: {
      zh: '售后状态（退款状态）为等待卖家处理的订单；时限：抖店售后导出的 自动处理截止时间，否则从 售后申请时间（千牛退款导出的申请时间）或首次看到该订单时起按平台小时数计算。',
      en: 'Orders whose after-sale (退款状态) waits on the seller; deadline: 自动处理截止时间 from the 抖店 after-sale export, else the platform hours from 售后申请时间 (the 千牛 refund export\'s request time) or from when ShopLint first saw the order.',
    },
    deadline: true,
    messages: {
      pending: {
        zh: '订单 {id} 的退款申请需在 {due} 前处理（{basis}，还剩 {left} 小时）：同意退款，或上传凭证说明拒绝理由',
        en: 'Refund request on order {id} due by {due} ({basis}, {left} h left): approve it, or refuse with evidence',
      },
      overdue: {
        zh: '订单 {id} 的退款申请已超时 {over} 小时（{basis}）：立即处理，避免平台自动退款并计入纠纷',
        en: 'Refund request on order {id} is {over} h overdue ({basis}): handle it now before the platform refunds it and counts a dispute',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.afterSale !== 'refund-pending') continue;
      const platform = order.platform === 'taobao' ? snapshot.settings.qianniuPlatform : order.platform;
      const hours = platform === 'tmall' ? options.tmallHours : platform === 'douyin' ? options.douyinHours : options.taobaoHours;
      // Without the platform's deadline or the request time, the clock starts when ShopLint first saw it.
      const dueAt = order.afterSaleDueAt ?? (order.afterSaleAt ?? order.seenAt) + hours * HOUR;
      const basis =
        order.afterSaleDueAt !== undefined
          ? { zh: '平台自动处理截止时间', en: "the platform's auto-handling deadline" }
          : order.afterSaleAt !== undefined
            ? { zh: `申请后 ${hours} 小时`, en: `${hours} h after the request` }
            : { zh: `首次看到后 ${hours} 小时（导出无申请时间）`, en: `${hours} h after first seen (the export has no request time)` };
      const left = dueAt - context.now;
      const due = formatChinaTime(dueAt);
      if (left <= 0) context.report({ entityId: order.id, messageId: 'overdue', severity: 'error', dueAt, data: { id: order.id, over: round1(-left / HOUR), basis } });
      else context.report({ entityId: order.id, messageId: 'pending', severity: left <= options.urgentHours * HOUR ? 'error' : 'warn', dueAt, data: { id: order.id, due, left: round1(left / HOUR), basis } });
    }
  },
});
