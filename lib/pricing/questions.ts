// pricing/questions: the questions sellers ask of a price — at which quantity is the 到手价 per unit
// lowest, and how many units a buyer must add to reach a threshold (凑单) and whether it pays.
import { z } from 'zod';
import { divRoundHalfUp, fenToYuan, yuanToFen } from './money';
import { Promo } from './promo';
import { stackFen, toPromo } from './stack';

const Base = z.object({
  unitPrice: z.number().finite().positive(),
  promos: z.array(z.union([z.string(), Promo])).default([]),
});

export const BestQuantityInput = Base.extend({ maxQty: z.number().int().min(1).max(999).default(10) });
export type BestQuantityInput = z.input<typeof BestQuantityInput>;

export interface QuantityPrice {
  qty: number;
  /** For qty units, in 元. */
  payable: number;
  /** 到手价 per unit, in 元. */
  finalUnitPrice: number;
}

export interface BestQuantity extends QuantityPrice {
  /** Every quantity from 1 to maxQty, for a table or a chart. */
  byQty: QuantityPrice[];
}

/** The quantity (1…maxQty) with the lowest 到手价 per unit; the smallest such quantity on a tie. */
export function bestQuantity(input: BestQuantityInput): BestQuantity {
  const { unitPrice, promos, maxQty } = BestQuantityInput.parse(input);
  const unitFen = yuanToFen(unitPrice);
  const parsed = promos.map(toPromo);
  const byQty: (QuantityPrice & { fen: number })[] = [];
  for (let qty = 1; qty <= maxQty; qty++) {
    const { payableFen } = stackFen(unitFen, qty, parsed);
    byQty.push({ qty, fen: payableFen, payable: fenToYuan(payableFen), finalUnitPrice: fenToYuan(divRoundHalfUp(payableFen, qty)) });
  }
  // Compare payable/qty exactly: a/p < b/q ⇔ a·q < b·p.
  const best = byQty.reduce((a, b) => (b.fen * a.qty < a.fen * b.qty ? b : a));
  const strip = ({ qty, payable, finalUnitPrice }: QuantityPrice) => ({ qty, payable, finalUnitPrice });
  return { ...strip(best), byQty: byQty.map(strip) };
}

export const UnitsToReachInput = Base.extend({
  qty: z.number().int().min(1).default(1),
  maxQty: z.number().int().min(1).max(999).default(99),
});
export type UnitsToReachInput = z.input<typeof UnitsToReachInput>;

export interface Reach {
  promo: string;
  /** Units to add to the order so that the promotion applies; undefined when maxQty is not enough. */
  addUnits?: number;
  /** The order once it applies. */
  at?: QuantityPrice;
  /** Whether the 到手价 per unit is lower than now (凑单 pays off). */
  worthIt: boolean;
}

/**
 * 凑单: for each promotion that does not apply at `qty` because its threshold (amount or units) is
 * not reached, the fewest units of this item to add so that it does, and whether that lowers the
 * per-unit 到手价.
 */
export function unitsToReach(input: UnitsToReachInput): Reach[] {
  const { unitPrice, promos, qty, maxQty } = UnitsToReachInput.parse(input);
  const unitFen = yuanToFen(unitPrice);
  const parsed = promos.map(toPromo);
  const now = stackFen(unitFen, qty, parsed);
  const notReached = now.skipped.map((s) => s.promo).filter((p) => ['multi-discount', 'nth-discount', 'buy-get', 'full-reduce', 'full-discount', 'coupon'].includes(p.kind));
  return notReached.map((promo) => {
    for (let q = qty + 1; q <= maxQty; q++) {
      const run = stackFen(unitFen, q, parsed);
      if (!run.applied.some((s) => s.promo === promo)) continue;
      return {
        promo: promo.text,
        addUnits: q - qty,
        at: { qty: q, payable: fenToYuan(run.payableFen), finalUnitPrice: fenToYuan(divRoundHalfUp(run.payableFen, q)) },
        worthIt: run.payableFen * qty < now.payableFen * q,
      };
    }
    return { promo: promo.text, worthIt: false };
  });
}
