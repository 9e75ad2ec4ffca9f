// 滞销: a product with stock that sold under 5 units on each of the last 7 full days (运营手册).
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productSales } from '../sales';

export default defineAlert({
  meta: {
    id: 'slow-mover',
    severity: 'info',
    description: { zh: '滞销：连续 7 天日销不足 5 件', en: 'Slow mover: under 5 units a day for 7 days' },
    options: z.object({ days: z.number().int().min(1).max(7).default(7), minUnits: z.number().positive().default(5) }),
    sources: { days: '运营手册：连续 7 天', minUnits: '运营手册：日销量低于 5 件即滞销' },
    inputs: {
      zh: '商品库存表的库存，以及近 7 天带商品ID的订单明细。',
      en: 'Stock from a product sheet, and the last 7 days of order lines with 商品ID.',
    },
    messages: {
      slow: {
        zh: '「{title}」连续 {days} 天日销不足 {min} 件（共 {units} 件），库存 {stock}：优化主图标题，或搭配满减、清仓',
        en: '"{title}" sold under {min} a day for {days} days ({units} in all), {stock} in stock: refresh its image and title, bundle it, or clear it',
      },
    },
  },
  check(snapshot, options, context) {
    const sales = context.memo('sales', () => productSales(snapshot));
    for (const { product, units7 } of sales.values()) {
      const window = units7.slice(7 - options.days);
      if (product.stock === 0 || !window.every((u) => u < options.minUnits)) continue;
      context.report({
        entityId: product.id,
        messageId: 'slow',
        data: { title: product.title, days: options.days, min: options.minUnits, units: window.reduce((a, b) => a + b, 0), stock: product.stock },
      });
    }
  },
});
