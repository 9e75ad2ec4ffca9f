// A promotion the engine cannot read would silently drop out of the 到手价 and make every other price
// rule too optimistic, so it is reported instead of ignored (the CLI refuses it outright, exit 2).
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { listingPrice, readPromos } from '../pricing/listing';
import { EXAMPLES } from '../pricing/promo';

export default defineRule({
  meta: {
    id: 'price-unreadable-promo',
    input: 'price',
    severity: 'error',
    description: { zh: '看不懂的优惠写法（不会算进到手价）', en: 'A promotion that cannot be read (left out of the price)' },
    options: z.object({}),
    sources: { rule: `ShopLint 优惠写法：${EXAMPLES}` },
    messages: {
      unreadable: { zh: '看不懂优惠「{text}」：{reason}；到手价未计入它', en: 'Cannot read the promotion "{text}": {reasonEn}; the price leaves it out' },
    },
  },
  check(listing, _options, context) {
    // Read here too, so promotions on a listing without a price are still checked.
    const unreadable = context.memo('pricing', () => listingPrice(listing))?.unreadable ?? readPromos(listing.promos ?? []).unreadable;
    for (const error of unreadable)
      context.report({ messageId: 'unreadable', data: { text: error.text, reason: error.reason.zh, reasonEn: error.reason.en }, text: error.text });
  },
});
