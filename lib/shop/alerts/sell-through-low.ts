// 动销率 = products that sold at least one unit in the last 30 days / products in stock (运营手册:
// target ≥ 80%). A low rate means money sits in listings nobody buys.
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productSales } from '../sales';

export default defineAlert({
  meta: {
    id: 'sell-through-low',
    severity: 'warn',
    description: { zh: '动销率低于目标', en: 'Sell-through rate below target' },
    options: z.object({ min: z.number().min(0).max(1).default(0.8), minProducts: z.number().int().min(1).default(5) }),
    sources: { min: '运营手册：动销率目标 ≥ 80%', minProducts: 'ShopLint：少于 5 个在售商品时比例没有意义' },
    inputs: {
      zh: '商品库存表的在售商品，以及近 30 天带商品ID的订单明细（宝贝报表、抖店订单导出）。',
      en: 'Products in stock from a product sheet, and the last 30 days of order lines with 商品ID (宝贝报表, 抖店 order export).',
    },
    messages: {
      low: {
        zh: '动销率 {rate}%（{selling}/{listed} 个在售商品 30 天内有销量），低于 {min}%：滞销款做搭配或清仓，长期不动的下架',
        en: 'Sell-through is {rate}% ({selling} of {listed} products sold in 30 days), under {min}%: bundle or clear slow products, delist dead ones',
      },
    },
  },
  check(snapshot, options, context) {
    const sales = context.memo('sales', () => productSales(snapshot));
    const listed = [...sales.values()].filter((s) => s.product.stock > 0 || s.units30 > 0);
    if (listed.length < options.minProducts) return;
    const selling = listed.filter((s) => s.units30 > 0).length;
    const rate = selling / listed.length;
    if (rate >= options.min) return;
    context.report({ entityId: 'shop', messageId: 'low', data: { rate: Math.round(rate * 100), selling, listed: listed.length, min: Math.round(options.min * 100) } });
  },
});
