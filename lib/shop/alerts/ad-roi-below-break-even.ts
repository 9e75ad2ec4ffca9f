// 推广 ROI under the product's break-even ROI (1 ÷ 毛利率) on several days running, each with real
// spend: on each of them the ads cost more than the margin of the orders they brought. One bad day is
// noise (a day's ROI swings with a few orders); a run of them is a plan to fix.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { belowBreakEven, productDaysById, type ProductDay } from '../profit';
import { fullDaysBefore } from '../time';
import { round2 } from '../numbers';
import { formatFen, yuanToFen } from '../../pricing/money';

export default defineAlert({
  meta: {
    id: 'ad-roi-below-break-even',
    severity: 'warn',
    description: { zh: '推广 ROI 连续多天低于保本 ROI', en: 'Ad ROI under break-even for several days' },
    options: z.object({
      days: z.number().int().min(1).default(3),
      minSpend: z.number().min(0).default(50),
      recentDays: z.number().int().min(1).default(7),
    }),
    sources: {
      rule: '万相台/直通车报表：投入产出比 = 总成交金额 ÷ 花费；保本 ROI = 1 ÷ 毛利率，毛利率 = (到手价 − 成本) ÷ 到手价（ROI 等于它时推广费正好吃掉毛利）',
      days: 'ShopLint：连续 3 天才提醒（单日 ROI 随几笔订单大起大落），可在设置中调整',
      minSpend: 'ShopLint：日花费 50 元以上才算真实投放（平均点击花费约 1 元时约 50 次点击），可在设置中调整',
      recentDays: 'ShopLint：只看近 7 天的报表，更早的已不反映当前计划',
    },
    inputs: {
      zh: '万相台/直通车报表（按主体/宝贝、按天：花费、总成交金额、总成交笔数）和商品表的售价、成本价。',
      en: 'A 万相台/直通车 report by product and day (花费, 总成交金额, 总成交笔数) and the product sheet’s 售价 and 成本价.',
    },
    messages: {
      below: {
        zh: '「{title}」连续 {days} 天推广 ROI 低于保本 ROI {breakEven}（{day} 花费 {spend} 元，ROI {roi}）：降低出价，关停 ROI 低的关键词和人群，或把预算移到 ROI 高的计划',
        en: '"{title}": ad ROI under the break-even {breakEven} for {days} days ({day}: spent {spend}, ROI {roi}): lower bids, pause low-ROI keywords and audiences, or move budget to better plans',
      },
    },
  },
  check(snapshot, options, context) {
    const days = fullDaysBefore(context.now, options.recentDays).map((d) => d.day);
    const minSpendFen = yuanToFen(options.minSpend);
    const losing = (d: ProductDay | undefined) => !!d && d.priceFen !== undefined && d.costFen !== undefined && d.spendFen >= minSpendFen && belowBreakEven(d.adGmvFen, d.spendFen, d.priceFen, d.costFen);
    for (const [productId, byDay] of context.memo('productDaysById', () => productDaysById(snapshot))) {
      // The run ends on the product's latest day in the report (yesterday's may not be downloaded yet).
      let end = days.length - 1;
      while (end >= 0 && !byDay.has(days[end]!)) end--;
      const last = byDay.get(days[end]!);
      // No margin at all is price-below-cost's and ad-profit-negative's to say.
      if (!last || last.breakEvenRoi === undefined) continue;
      let run = 0;
      while (end - run >= 0 && losing(byDay.get(days[end - run]!))) run++;
      if (run < options.days) continue;
      context.report({
        entityId: productId,
        messageId: 'below',
        data: { title: last.title ?? productId, days: run, breakEven: round2(last.breakEvenRoi), day: last.day, spend: formatFen(last.spendFen), roi: round2(last.roi ?? 0) },
      });
    }
  },
});
