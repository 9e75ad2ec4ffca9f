// An order that loses money once its ads and its 达人 commission are paid: 到手价 − 成本 − ad cost per
// order − commission per order < 0 (lib/shop/profit.ts), on the product's latest day with paid orders.
// The listing's margin checks (price-below-cost) see only 售价 and 成本; this sees what selling costs.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productDaysById } from '../profit';
import { fullDaysBefore } from '../time';
import { formatFen } from '../../pricing/money';

export default defineAlert({
  meta: {
    id: 'ad-profit-negative',
    severity: 'warn',
    description: { zh: '算上推广费和达人佣金后每单亏损', en: 'Orders lose money after ads and commission' },
    options: z.object({ recentDays: z.number().int().min(1).default(7) }),
    sources: {
      rule: '每单利润 = 到手价 − 成本 − 花费 ÷ 总成交笔数 − 达人佣金：推广费和佣金都是卖出这一单的成本',
      recentDays: 'ShopLint：只看近 7 天的报表，更早的已不反映当前计划',
    },
    inputs: {
      zh: '商品表的售价（作为到手价）、成本价，加上万相台/直通车报表（花费、总成交笔数）或抖店精选联盟佣金导出（佣金），按商品和天。券后价更低时实际利润更少。',
      en: 'The product sheet’s 售价 (taken as the 到手价) and 成本价, with a 万相台/直通车 report (花费, 总成交笔数) or a 抖店 精选联盟 commission export, per product and day. Coupons that lower the price lower the profit further.',
    },
    messages: {
      loss: {
        zh: '「{title}」{day} 每单亏 {loss} 元（到手价 {price} − 成本 {cost} − 推广 {ad} − 佣金 {commission}）：先停亏损的推广计划或与达人重谈佣金，再考虑提价或降本',
        en: '"{title}" lost {loss} per order on {day} (price {price} − cost {cost} − ads {ad} − commission {commission}): stop the losing ad plans or renegotiate the commission, then look at price or cost',
      },
    },
  },
  check(snapshot, options, context) {
    const days = fullDaysBefore(context.now, options.recentDays).map((d) => d.day).reverse();
    for (const [productId, byDay] of context.memo('productDaysById', () => productDaysById(snapshot))) {
      const latest = days.map((day) => byDay.get(day)).find((d) => d?.perOrder);
      if (!latest?.perOrder || latest.perOrder.profitPerOrderFen >= 0) continue;
      const { adCostPerOrderFen, commissionPerOrderFen, profitPerOrderFen } = latest.perOrder;
      context.report({
        entityId: productId,
        messageId: 'loss',
        data: {
          title: latest.title ?? productId,
          day: latest.day,
          loss: formatFen(-profitPerOrderFen),
          price: formatFen(latest.priceFen!),
          cost: formatFen(latest.costFen!),
          ad: formatFen(adCostPerOrderFen),
          commission: formatFen(commissionPerOrderFen),
        },
      });
    }
  },
});
