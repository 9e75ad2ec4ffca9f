// pricing/listing: the price of a Listing as the price rules see it — its promotions stacked at its
// quantity, with the promotions that could not be read kept (a rule reports them; none is dropped).
import type { Listing } from '../schemas/listing';
import { divRoundHalfUp, formatYuan, yuanToFen } from './money';
import { parsePromo, PromoError, type Promo } from './promo';
import { stackFen } from './stack';

export interface ListingPrice {
  unitFen: number;
  qty: number;
  promos: Promo[];
  unreadable: PromoError[];
  payableFen: number;
  /** payable / qty rounded half-up, for messages; compare `payableFen` with `cost × qty` to be exact. */
  finalUnitFen: number;
  applied: string[];
}

/** Reads each promotion, keeping the ones it cannot read as errors rather than throwing. */
export function readPromos(texts: readonly string[]): { promos: Promo[]; unreadable: PromoError[] } {
  const promos: Promo[] = [];
  const unreadable: PromoError[] = [];
  for (const text of texts) {
    try {
      promos.push(parsePromo(text));
    } catch (error) {
      if (!(error instanceof PromoError)) throw error;
      unreadable.push(error);
    }
  }
  return { promos, unreadable };
}

export function listingPrice(listing: Listing): ListingPrice | undefined {
  if (listing.price === undefined) return undefined;
  const { promos, unreadable } = readPromos(listing.promos ?? []);
  const qty = listing.qty ?? 1;
  const unitFen = yuanToFen(listing.price);
  const run = stackFen(unitFen, qty, promos);
  return { unitFen, qty, promos, unreadable, payableFen: run.payableFen, finalUnitFen: divRoundHalfUp(run.payableFen, qty), applied: run.applied.map((s) => s.promo.text) };
}

/** How the 到手价 came about, for messages: "一口价 ¥229，买 2 件，叠加 满200减30、店铺券30". */
export function describePrice(price: Pick<ListingPrice, 'unitFen' | 'qty' | 'applied'>, lang: 'zh' | 'en'): string {
  const parts =
    lang === 'zh'
      ? [`一口价 ${formatYuan(price.unitFen)}`, price.qty > 1 ? `买 ${price.qty} 件` : '', price.applied.length ? `叠加 ${price.applied.join('、')}` : '无优惠']
      : [`list ${formatYuan(price.unitFen)}`, price.qty > 1 ? `${price.qty} units` : '', price.applied.length ? `with ${price.applied.join(', ')}` : 'no promotion'];
  return parts.filter(Boolean).join(lang === 'zh' ? '，' : ', ');
}
