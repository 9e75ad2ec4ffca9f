// A 到手价 under cost loses money on every sale, and it is easy to miss: the 一口价 looks fine and each
// promotion is small, but 单品折扣, 满减 and 店铺券 stack. So the price the rule judges is the stacked
// one (lib/pricing), per unit at the listing's quantity; an optional minimum 毛利率 warns earlier.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { describePrice, listingPrice } from '../pricing/listing';
import { formatYuan, yuanToFen } from '../pricing/money';

export default defineRule({
  meta: {
    id: 'price-below-cost',
    input: 'price',
    severity: 'error',
    description: { zh: '叠加优惠后的到手价低于成本价（或低于设定的最低毛利率）', en: 'The price after stacked promotions is under cost (or under the minimum margin)' },
    options: z.object({ minMargin: z.number().min(0).max(0.99).default(0) }),
    sources: {
      minMargin: '运营手册：到手价须覆盖成本；最低毛利率（到手价中利润所占比例）由商家设置，默认 0',
      rule: '运营手册：定价先算到手价（一口价叠加单品折扣、满减、店铺券后），再与成本比较',
    },
    messages: {
      belowCost: {
        zh: '到手价 {final}/件（{how}）低于成本价 {cost}，每件亏 {loss}',
        en: 'The buyer pays {final} a unit ({howEn}), under the cost of {cost}: a loss of {loss} a unit',
      },
      lowMargin: {
        zh: '到手价 {final}/件（{how}）毛利率仅 {margin}%，低于设定的 {min}%',
        en: 'The buyer pays {final} a unit ({howEn}): a margin of {margin}%, under the minimum of {min}%',
      },
    },
  },
  check(listing, options, context) {
    if (listing.cost === undefined) return;
    const price = context.memo('pricing', () => listingPrice(listing));
    if (!price) return;
    const costFen = yuanToFen(listing.cost);
    const { payableFen, qty, finalUnitFen } = price;
    const data = {
      final: formatYuan(finalUnitFen),
      cost: formatYuan(costFen),
      how: describePrice(price, 'zh'),
      howEn: describePrice(price, 'en'),
    };
    if (payableFen < costFen * qty) {
      context.report({ messageId: 'belowCost', data: { ...data, loss: formatYuan(costFen - finalUnitFen) } });
      return;
    }
    const margin = payableFen === 0 ? 0 : (payableFen - costFen * qty) / payableFen;
    if (options.minMargin > 0 && margin < options.minMargin)
      context.report({ messageId: 'lowMargin', severity: 'warn', data: { ...data, margin: round1(margin * 100), min: round1(options.minMargin * 100) } });
  },
});

const round1 = (n: number) => Math.round(n * 10) / 10;

