// A daily price that only just covers cost leaves nothing for the platform events (618, 双11, 年货节),
// where 满减 and 店铺券 stack on top of the daily promotions. The operating manual's typical 大促 stack is
// 满200减30 + a 30元 店铺券; if the 到手价 under that stack falls under cost, the seller must either
// sit the event out or sell at a loss.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { listingPrice, readPromos } from '../pricing/listing';
import { divRoundHalfUp, formatYuan, yuanToFen } from '../pricing/money';
import { parsePromos } from '../pricing/promo';
import { stackFen } from '../pricing/stack';

export default defineRule({
  meta: {
    id: 'price-no-event-room',
    input: 'price',
    severity: 'warn',
    description: { zh: '日常价没有给大促（满减 + 店铺券）留出高于成本的空间', en: 'The daily price leaves no room above cost for a typical sale-event discount' },
    options: z.object({
      eventPromos: z
        .array(z.string().refine((text) => readPromos([text]).unreadable.length === 0, { message: 'not a promotion shoplint can read' }))
        .min(1)
        .default(['满200减30', '店铺券30']),
    }),
    sources: { eventPromos: '运营手册：大促 = 满减 + 店铺券叠加（例：满200减30 + 30元店铺券），日常价要留出活动空间' },
    messages: {
      noRoom: {
        zh: '大促叠加 {event} 后到手价 {eventPrice}/件，低于成本价 {cost}（每件亏 {loss}）：日常到手价 {daily} 没有给活动留空间',
        en: 'With a sale event\'s {event} on top, the buyer pays {eventPrice} a unit, under the cost of {cost} (a loss of {loss} a unit): the daily price {daily} leaves no room for events',
      },
    },
  },
  check(listing, options, context) {
    if (listing.cost === undefined) return;
    const price = context.memo('pricing', () => listingPrice(listing));
    if (!price) return;
    const costFen = yuanToFen(listing.cost);
    // Already under cost every day: price-below-cost says so.
    if (price.payableFen < costFen * price.qty) return;
    const event = context.memo(`pricing:event:${options.eventPromos.join('|')}`, () => parsePromos(options.eventPromos));
    const run = stackFen(price.unitFen, price.qty, [...price.promos, ...event]);
    if (run.payableFen >= costFen * price.qty) return;
    const eventUnit = divRoundHalfUp(run.payableFen, price.qty);
    context.report({
      messageId: 'noRoom',
      data: {
        event: options.eventPromos.join(' + '),
        eventPrice: formatYuan(eventUnit),
        cost: formatYuan(costFen),
        loss: formatYuan(costFen - eventUnit),
        daily: formatYuan(price.finalUnitFen),
      },
    });
  },
});
