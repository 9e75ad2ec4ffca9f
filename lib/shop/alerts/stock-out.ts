// A product that sold in the last 30 days and has no stock left: every hour it stays at zero loses
// orders and search weight. Products that sold nothing in 30 days are not alerted (a dead listing is
// the slow-mover/下架 question, not an emergency).
import { z } from 'zod';
import { defineAlert } from './define-alert';
import { productSales } from '../sales';
import { round1 } from '../numbers';

export default defineAlert({
  meta: {
    id: 'stock-out',
    severity: 'error',
    description: { zh: '在售商品库存为 0', en: 'A selling product is out of stock' },
    options: z.object({}),
    sources: { rule: '运营手册：库存为 0 立即补货或下架，避免超卖与搜索降权' },
    inputs: {
      zh: '商品库存表（库存、宝贝数量）。',
      en: 'A product sheet (库存, 宝贝数量).',
    },
    messages: {
      out: {
        zh: '「{title}」已售罄（近 7 天日均 {daily} 件）：立即补货，补不上就先下架或改预售',
        en: '"{title}" is out of stock ({daily}/day over 7 days): restock now, or delist / switch to pre-sale',
      },
    },
  },
  check(snapshot, _options, context) {
    const sales = context.memo('sales', () => productSales(snapshot));
    for (const s of sales.values())
      if (s.product.stock === 0 && s.units30 > 0) context.report({ entityId: s.product.id, messageId: 'out', data: { title: s.product.title, daily: round1(s.daily) } });
  },
});
