// 周转天数 = 库存金额 / 日均销售额 (运营手册), both valued at cost (or the price when no cost is known),
// so it reads as "days the stock lasts". Products with no sales are slow movers, not alerted twice.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productSales } from '../sales';
import { round1 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'turnover-days-high',
    severity: 'warn',
    description: { zh: '库存周转天数过高', en: 'Inventory turnover days too high' },
    options: z.object({ maxDays: z.number().positive().default(60) }),
    sources: { maxDays: '运营手册：周转天数 = 库存金额 / 日均销售额，超过 60 天预警' },
    inputs: {
      zh: '商品库存表的库存、成本价或售价，以及近 7 天的订单明细（日均销售额）。',
      en: 'Stock and cost or price from a product sheet, and the last 7 days of order lines (daily sales).',
    },
    messages: {
      high: {
        zh: '「{title}」周转 {days} 天（库存金额 {value} 元 / 日均 {dailyValue} 元），超过 {max} 天：停止补货，做促销消化库存',
        en: '"{title}" turns over in {days} days (stock worth ¥{value} / ¥{dailyValue} a day), over {max}: stop reordering and promote it',
      },
    },
  },
  check(snapshot, options, context) {
    const sales = context.memo('sales', () => productSales(snapshot));
    for (const { product, daily } of sales.values()) {
      const unit = product.cost ?? product.price;
      if (!unit || daily === 0 || product.stock === 0) continue;
      const days = product.stock / daily;
      if (days <= options.maxDays) continue;
      context.report({
        entityId: product.id,
        messageId: 'high',
        data: { title: product.title, days: Math.round(days), value: Math.round(product.stock * unit), dailyValue: round1(daily * unit), max: options.maxDays },
      });
    }
  },
});
