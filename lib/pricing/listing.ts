// pricing/listing: the price of a Listing as the price rules see it — its promotions stacked at its
// quantity, with the promotions that could not be read kept (a rule reports them; none is dropped).
import type { Listing } from '../schemas/listing';
import { divRoundHalfUp, yuanToFen } from './money';
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

export function listingPrice(listing: Listing): ListingPrice | undefined {
  if (listing.price === undefined) return undefined;
  const promos: Promo[] = [];
  const unreadable: PromoError[] = [];
  for (const text of listing.promos ?? []) {
    try {
      promos.push(parsePromo(text));
    } catch (error) {
      if (!(error instanceof PromoError)) throw error;
      unreadable.push(error);
    }
  }
  const qty = listing.qty ?? 1;
  const unitFen = yuanToFen(listing.price);
  const run = stackFen(unitFen, qty, promos);
  return { unitFen, qty, promos, unreadable, payableFen: run.payableFen, finalUnitFen: divRoundHalfUp(run.payableFen, qty), applied: run.applied.map((s) => s.promo.text) };
}
