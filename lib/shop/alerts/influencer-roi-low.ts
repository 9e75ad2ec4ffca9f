// A 达人 (作者账号) whose sales are too small for what the shop pays them: GMV ÷ commission over the
// last 30 days under the seller's threshold. Refunded orders bring no GMV and pay no commission; the
// shop's own sales (作者账号 `-`) are no 达人's.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { chinaDay, fullDaysBefore } from '../time';
import { round2 } from '../numbers';
import { formatFen, yuanToFen } from '../../pricing/money';

export default defineAlert({
  meta: {
    id: 'influencer-roi-low',
    severity: 'warn',
    description: { zh: '达人带货 ROI 低于设定值', en: 'An influencer’s ROI is under your threshold' },
    options: z.object({
      minRoi: z.number().positive().default(3),
      days: z.number().int().min(1).default(30),
      minOrders: z.number().int().min(1).default(3),
    }),
    sources: {
      minRoi: '运营手册：达人 ROI = GMV ÷ 合作费用；ShopLint 默认 3（纯佣金合作时即佣金率高于约 33%），按自己的毛利在设置中调整',
      days: 'ShopLint：按近 30 天合作看，一条视频的起伏不算',
      minOrders: 'ShopLint：少于 3 单时比例没有意义',
    },
    inputs: {
      zh: '抖店精选联盟订单导出（作者账号、支付金额、佣金率、预估/实际佣金支出、订单状态、付款时间）。坑位费等导出里没有的合作费用未计入。',
      en: 'The 抖店 精选联盟 order export (作者账号, 支付金额, 佣金率, 预估/实际佣金支出, 订单状态, 付款时间). Fixed fees (坑位费) are not in the export and not counted.',
    },
    messages: {
      low: {
        zh: '达人「{author}」近 {days} 天带货 {gmv} 元（{orders} 单），佣金 {commission} 元，ROI {roi}，低于 {min}：与达人重谈佣金率或改按 ROI 结算，效果不回升就停止合作',
        en: 'Influencer "{author}": {gmv} in {orders} orders over {days} days for {commission} of commission, ROI {roi}, under {min}: renegotiate the rate or pay by ROI, and stop if it does not recover',
      },
    },
  },
  check(snapshot, options, context) {
    const from = fullDaysBefore(context.now, options.days)[0]!.day;
    const today = chinaDay(context.now);
    const byAuthor = new Map<string, { gmv: number; commission: number; orders: number }>();
    for (const c of snapshot.commissions) {
      if (c.refunded || !c.author || c.day < from || c.day >= today) continue;
      const a = byAuthor.get(c.author) ?? byAuthor.set(c.author, { gmv: 0, commission: 0, orders: 0 }).get(c.author)!;
      a.gmv += yuanToFen(c.amount);
      a.commission += yuanToFen(c.commission);
      a.orders++;
    }
    for (const [author, a] of [...byAuthor].sort(([x], [y]) => (x < y ? -1 : 1))) {
      if (a.orders < options.minOrders || a.commission === 0 || a.gmv >= options.minRoi * a.commission) continue;
      context.report({
        entityId: author,
        messageId: 'low',
        data: { author, days: options.days, gmv: formatFen(a.gmv), orders: a.orders, commission: formatFen(a.commission), roi: round2(a.gmv / a.commission), min: options.minRoi },
      });
    }
  },
});
