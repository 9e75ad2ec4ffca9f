// A dispute (平台介入/投诉/纠纷) answered within 3 working days (运营手册). Weekends do not count;
// public holidays are not known here, so the deadline can only be early, never late.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { addWorkingDays, formatChinaTime } from '../time';

export default defineAlert({
  meta: {
    id: 'dispute-sla',
    severity: 'error',
    description: { zh: '纠纷/平台介入待举证', en: 'Dispute waiting for the seller' },
    options: z.object({ workingDays: z.number().int().positive().default(3) }),
    sources: { workingDays: '运营手册：纠纷 3 个工作日内处理' },
    inputs: {
      zh: '售后状态为平台介入/仲裁中（抖店售后导出的 仲裁状态，千牛的 平台介入/小二介入）的订单；时限：导出的 自动处理截止时间，否则 售后申请时间 起 3 个工作日。',
      en: 'Orders under platform review (仲裁状态 in the 抖店 after-sale export, 平台介入/小二介入 on 千牛); deadline: the export\'s 自动处理截止时间, else 3 working days from 售后申请时间.',
    },
    deadline: true,
    messages: {
      open: {
        zh: '订单 {id} 平台已介入：{due} 前上传发货凭证、聊天记录等举证，并联系买家协商',
        en: 'Order {id} is under platform review: upload shipping proof and chat records by {due}, and talk to the buyer',
      },
    },
  },
  check(snapshot, options, context) {
    for (const order of snapshot.orders) {
      if (order.afterSale !== 'dispute') continue;
      // The platform's own deadline (抖店 自动处理截止时间) when the export gives one.
      const dueAt = order.afterSaleDueAt ?? addWorkingDays(order.afterSaleAt ?? order.seenAt, options.workingDays);
      context.report({ entityId: order.id, messageId: 'open', dueAt, data: { id: order.id, due: formatChinaTime(dueAt) } });
    }
  },
});
