// A new listing has no sales or reviews to compete on, so the operating manual prices it as a 尝鲜价
// about 10% under the industry average, to win its first orders and 权重.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { formatYuan, yuanToFen } from '../pricing/money';

export default defineRule({
  meta: {
    id: 'price-new-product',
    input: 'price',
    severity: 'warn',
    description: { zh: '新品尝鲜价应比行业均价低约 10%', en: 'A new listing should be priced about 10% under the industry average' },
    options: z.object({ underAveragePercent: z.number().min(0).max(90).default(10) }),
    sources: { underAveragePercent: '运营手册：新品尝鲜价 ≈ 行业均价下浮 10%' },
    messages: {
      tooHigh: {
        zh: '新品售价 {price} 高于行业均价 {avg} 的 {share}%（{limit}）：尝鲜价建议比均价低约 {percent}%，定在 {limit} 或以下',
        en: 'The new listing is priced {price}, above {share}% of the industry average {avg} ({limit}): price it about {percent}% under, at {limit} or less',
      },
    },
  },
  check(listing, options, context) {
    if (!listing.isNew || listing.price === undefined || listing.industryAvg === undefined) return;
    const priceFen = yuanToFen(listing.price);
    const avgFen = yuanToFen(listing.industryAvg);
    const share = 100 - options.underAveragePercent;
    // price > avg × share% (exact in 分 for whole percents).
    if (priceFen * 100 > avgFen * share)
      context.report({
        messageId: 'tooHigh',
        data: { price: formatYuan(priceFen), avg: formatYuan(avgFen), share, percent: options.underAveragePercent, limit: formatYuan(Math.floor((avgFen * share) / 100)) },
      });
  },
});
