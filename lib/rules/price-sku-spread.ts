// SKU低价引流: one SKU priced far under the others (often a sample, an accessory or a "联系客服" SKU)
// makes the listing show a low "from" price in search. 淘宝/天猫 treat it as SKU作弊 under 滥发信息
// and demote or remove the listing; 抖店 has the same rule. A SKU far under the median of the others
// is the sign.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { divRoundHalfUp, formatYuan, yuanToFen } from '../pricing/money';

export default defineRule({
  meta: {
    id: 'price-sku-spread',
    input: 'price',
    severity: 'warn',
    description: { zh: '某个 SKU 价格远低于其他 SKU（SKU 低价引流）', en: 'One SKU priced far under the others (low-price SKU bait)' },
    options: z.object({ minShareOfMedian: z.number().gt(0).lt(1).default(0.5) }),
    sources: {
      minShareOfMedian: '运营手册：SKU 价格低于其他 SKU 中位价的一半视为低价引流',
      rule: '淘宝/天猫 滥发信息（SKU 作弊：低价 SKU 引流）；抖店 商品发布规范：禁止设置低价引流 SKU',
    },
    messages: {
      lowSku: {
        zh: 'SKU「{name}」{price} 不到其他 SKU 中位价 {median} 的 {share}%，会被判为 SKU 低价引流（SKU 作弊），有降权或下架风险',
        en: 'SKU "{name}" at {price} is under {share}% of the other SKUs\' median {median}: platforms treat this as low-price SKU bait and may demote or remove the listing',
      },
    },
  },
  check(listing, options, context) {
    const skus = (listing.skus ?? []).map((sku) => ({ name: sku.name, fen: yuanToFen(sku.price) }));
    if (skus.length < 2) return;
    for (const [i, sku] of skus.entries()) {
      const others = skus.filter((_, j) => j !== i).map((s) => s.fen).sort((a, b) => a - b);
      const mid = others.length >> 1;
      const median = others.length % 2 ? others[mid]! : divRoundHalfUp(others[mid - 1]! + others[mid]!, 2);
      if (sku.fen < options.minShareOfMedian * median)
        context.report({
          messageId: 'lowSku',
          data: { name: sku.name, price: formatYuan(sku.fen), median: formatYuan(median), share: Math.round(options.minShareOfMedian * 100) },
          text: sku.name,
          where: `sku:${i + 1}`,
        });
    }
  },
});
