// Safety stock = daily sales × replenishment days × (1 + buffer) (运营手册: 日均销量 × 补货周期 + 20% 缓冲).
// Below it, the product sells out before a new batch can arrive.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productSales } from '../sales';
import { chinaDayStart, DAY } from '../time';
import { round1 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'stock-below-safety',
    severity: 'warn',
    description: { zh: '库存低于安全库存', en: 'Stock below safety stock' },
    options: z.object({ replenishDays: z.number().positive().default(3), buffer: z.number().min(0).default(0.2) }),
    sources: {
      replenishDays: '运营手册：补货周期默认 3 天（商品表「补货周期」列可逐个覆盖）',
      buffer: '运营手册：安全库存 = 日均销量 × 补货周期 + 20% 缓冲',
      rule: 'ShopLint：按前 7 个完整自然日（北京时间）的日均销量，从今天 0 点起算约几天卖完',
    },
    inputs: {
      zh: '商品库存表的库存与补货周期，以及近 7 天带商品ID的订单明细（日均销量）。',
      en: 'Stock and 补货周期 from a product sheet, and the last 7 days of order lines with 商品ID (daily sales).',
    },
    messages: {
      low: {
        zh: '「{title}」库存 {stock} 件，低于安全库存 {safety} 件（日均 {daily} × {days} 天 × {factor}），约 {left} 天卖完：今天下补货单',
        en: '"{title}": {stock} in stock, below the safety stock of {safety} ({daily}/day × {days} days × {factor}); sells out in about {left} days: reorder today',
      },
    },
  },
  check(snapshot, options, context) {
    const sales = context.memo('sales', () => productSales(snapshot));
    for (const s of sales.values()) {
      const { product, daily } = s;
      if (product.stock === 0 || daily === 0) continue;
      const days = product.replenishDays ?? options.replenishDays;
      const safety = daily * days * (1 + options.buffer);
      if (product.stock >= safety) continue;
      const left = product.stock / daily;
      context.report({
        entityId: product.id,
        messageId: 'low',
        // Urgent when it will sell out before a batch ordered today arrives.
        severity: left < days ? 'error' : 'warn',
        // Counted from the start of today, where the daily sales end: the same all day, so the
        // 15-minute alarm need not judge stock again (the same as from `now` at midnight).
        dueAt: chinaDayStart(context.now) + Math.floor(left * DAY),
        data: { title: product.title, stock: product.stock, safety: Math.ceil(safety), daily: round1(daily), days, factor: 1 + options.buffer, left: round1(left) },
      });
    }
  },
});
