import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Listing } from '../schemas/listing';
import { listingPrice, readPromos } from './listing';
import { MAX_QTY, MAX_YUAN, yuanToFen } from './money';
import { Promo, PromoError, TIER_OF, TIERS } from './promo';
import { stackFen, stackPrice } from './stack';
import { promoForm, promoText } from '../../test/hostile';

describe('stackPrice: examples', () => {
  it('the contract example: 229 with 满200减30 and 店铺券30 is 169', () => {
    expect(stackPrice({ unitPrice: 229, promos: ['满200减30', '店铺券30'] })).toEqual({
      unitPrice: 229,
      qty: 1,
      total: 229,
      payable: 169,
      finalUnitPrice: 169,
      applied: [
        { promo: '满200减30', kind: 'full-reduce', saving: 30, after: 199 },
        { promo: '店铺券30', kind: 'coupon', saving: 30, after: 169 },
      ],
      skipped: [],
    });
  });

  it('stacks in platform order whatever order they are given in', () => {
    const r = stackPrice({ unitPrice: 229, promos: ['店铺券30', '满200减30', '9折'] });
    expect(r.applied.map((a) => a.promo)).toEqual(['9折', '满200减30', '店铺券30']);
    expect(r.payable).toBe(146.1); // 206.10 → 176.10 → 146.10
  });

  it('compares each threshold with the running total after the earlier steps', () => {
    const r = stackPrice({ unitPrice: 229, promos: ['8折', '满200减30', '店铺券30'] });
    expect(r.payable).toBe(153.2); // 183.20: 满200 not reached
    expect(r.skipped).toEqual([{ promo: '满200减30', reason: expect.objectContaining({ zh: expect.stringContaining('还差 ¥16.80') }) }]);
    const coupon = stackPrice({ unitPrice: 229, promos: ['满200减30', '满199用券20'] });
    expect(coupon.payable).toBe(179); // 199 after 满减 still reaches 满199
    expect(stackPrice({ unitPrice: 229, promos: ['满200减31', '满199用券20'] }).payable).toBe(198); // 198 < 199: coupon not usable
  });

  it('rounds a 折 per unit before multiplying by the quantity; no float drift', () => {
    const r = stackPrice({ unitPrice: 99.9, qty: 3, promos: ['8.5折'] });
    expect(r.payable).toBe(254.76); // 84.915 → 84.92 a unit, not 254.745 → 254.75
    expect(stackPrice({ unitPrice: 99.9, qty: 3, promos: ['满200减50'] }).payable).toBe(249.7);
    expect(JSON.stringify(stackPrice({ unitPrice: 0.1, qty: 3, promos: [] }))).toContain('"total":0.3,');
  });

  it('finalUnitPrice is payable / qty rounded half-up', () => {
    const r = stackPrice({ unitPrice: 100, qty: 3, promos: ['满300减1'] });
    expect(r.payable).toBe(299);
    expect(r.finalUnitPrice).toBe(99.67);
    expect(stackPrice({ unitPrice: 0.01, qty: 2, promos: ['第二件半价'] }).finalUnitPrice).toBe(0.01); // 1 + 1 分 (0.5 → 1)
  });

  it('multi-buy offers need the units', () => {
    expect(stackPrice({ unitPrice: 100, qty: 1, promos: ['第二件半价'] }).payable).toBe(100);
    expect(stackPrice({ unitPrice: 100, qty: 2, promos: ['第二件半价'] }).payable).toBe(150);
    expect(stackPrice({ unitPrice: 100, qty: 3, promos: ['第二件半价'] }).payable).toBe(250);
    expect(stackPrice({ unitPrice: 100, qty: 4, promos: ['第二件半价'] }).payable).toBe(300);
    expect(stackPrice({ unitPrice: 100, qty: 2, promos: ['3件7.5折'] }).payable).toBe(200);
    expect(stackPrice({ unitPrice: 100, qty: 3, promos: ['3件7.5折'] }).payable).toBe(225);
    expect(stackPrice({ unitPrice: 50, qty: 3, promos: ['买2送1'] }).payable).toBe(100);
    expect(stackPrice({ unitPrice: 50, qty: 5, promos: ['买2送1'] }).payable).toBe(200);
    expect(stackPrice({ unitPrice: 100, qty: 1, promos: ['2件9折'] }).skipped[0]!.reason.zh).toContain('需买满 2 件');
  });

  it('每满 counts every full threshold', () => {
    expect(stackPrice({ unitPrice: 100, qty: 3, promos: ['每满100减10'] }).payable).toBe(270);
    expect(stackPrice({ unitPrice: 99.99, qty: 3, promos: ['每满100减10'] }).payable).toBe(279.97); // 299.97: twice
  });

  it('takes one promotion per step, the best for the buyer, and says why the others were not', () => {
    const r = stackPrice({ unitPrice: 329, promos: ['满200减30', '满300减50', '店铺券10', '店铺券30'] });
    expect(r.payable).toBe(249);
    expect(r.applied.map((a) => a.promo)).toEqual(['满300减50', '店铺券30']);
    expect(r.skipped.map((s) => s.promo)).toEqual(['满200减30', '店铺券10']);
    expect(r.skipped[0]!.reason.zh).toContain('「满300减50」更优惠');
  });

  it('never goes below zero', () => {
    expect(stackPrice({ unitPrice: 10, promos: ['立减15', '店铺券30'] }).payable).toBe(0);
  });

  it('accepts parsed Promos and throws PromoError for unreadable text', () => {
    const promo: Promo = { kind: 'coupon', text: '券', thresholdFen: 0, amountFen: 500 };
    expect(stackPrice({ unitPrice: 10, promos: [promo] }).payable).toBe(5);
    expect(() => stackPrice({ unitPrice: 10, promos: ['满减'] })).toThrow(PromoError);
    expect(() => stackPrice({ unitPrice: -1, promos: [] })).toThrow();
    expect(() => stackPrice({ unitPrice: 10, qty: 0, promos: [] })).toThrow();
  });
});

// --- Properties, against a brute-force reference that models every unit of the order ------------

const halfUp = (fen: number, permille: number) => Number((BigInt(fen) * BigInt(permille) * 2n + 1000n) / 2000n);

/** The order as a list of unit prices; every choice of one promotion per step; the cheapest total. */
function reference(unitFen: number, qty: number, promos: Promo[]): number {
  const tiers = TIERS.map((t) => promos.filter((p) => TIER_OF[p.kind] === t));
  let picks: (Promo | undefined)[][] = [[]];
  for (const list of tiers) picks = picks.flatMap((pick) => (list.length ? list : [undefined]).map((p) => [...pick, p]));
  let best = Infinity;
  for (const pick of picks) {
    let units: number[] = Array.from({ length: qty }, () => unitFen);
    let total = 0;
    for (const p of pick) {
      if (!p) continue;
      if (p.kind === 'discount') units = units.map((u) => halfUp(u, p.permille));
      else if (p.kind === 'reduce') units = units.map((u) => Math.max(0, u - p.amountFen));
      else if (p.kind === 'multi-discount') units = qty >= p.minQty ? units.map((u) => halfUp(u, p.permille)) : units;
      else if (p.kind === 'nth-discount') units = units.map((u, i) => ((i + 1) % p.nth === 0 ? halfUp(u, p.permille) : u));
      else if (p.kind === 'buy-get') {
        const g = p.buy + p.free;
        units = units.map((u, i) => (i < Math.floor(qty / g) * g && i % g >= p.buy ? 0 : u));
      }
    }
    total = units.reduce((a, b) => a + b, 0);
    for (const p of pick) {
      if (!p) continue;
      if (p.kind === 'full-reduce' && total >= p.thresholdFen) {
        let times = 0;
        if (p.every) while ((times + 1) * p.thresholdFen <= total) times++;
        else times = 1;
        total = Math.max(0, total - times * p.amountFen);
      } else if (p.kind === 'full-discount' && total >= p.thresholdFen) total = halfUp(total, p.permille);
      else if (p.kind === 'coupon' && total >= p.thresholdFen) total = Math.max(0, total - p.amountFen);
    }
    best = Math.min(best, total);
  }
  return best;
}

const fen = (max: number) => fc.integer({ min: 1, max });
const promoArb: fc.Arbitrary<Promo> = fc.oneof(
  fc.record({ kind: fc.constant('discount' as const), text: fc.constant('折'), permille: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('reduce' as const), text: fc.constant('立减'), amountFen: fen(20000) }),
  fc.record({ kind: fc.constant('multi-discount' as const), text: fc.constant('件折'), minQty: fc.integer({ min: 2, max: 5 }), permille: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('nth-discount' as const), text: fc.constant('第N件'), nth: fc.integer({ min: 2, max: 4 }), permille: fc.integer({ min: 0, max: 999 }) }),
  fc.record({ kind: fc.constant('buy-get' as const), text: fc.constant('买送'), buy: fc.integer({ min: 1, max: 3 }), free: fc.integer({ min: 1, max: 2 }) }),
  fen(50000).chain((thresholdFen) =>
    fc.record({ kind: fc.constant('full-reduce' as const), text: fc.constant('满减'), thresholdFen: fc.constant(thresholdFen + 100), amountFen: fc.integer({ min: 1, max: thresholdFen + 99 }), every: fc.boolean() }),
  ),
  fc.record({ kind: fc.constant('full-discount' as const), text: fc.constant('满折'), thresholdFen: fen(50000), permille: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('coupon' as const), text: fc.constant('券'), thresholdFen: fc.integer({ min: 0, max: 50000 }), amountFen: fen(10000) }).filter((c) => c.thresholdFen === 0 || c.amountFen < c.thresholdFen),
);
const orderArb = fc.record({ unitFen: fen(100000), qty: fc.integer({ min: 1, max: 12 }), promos: fc.array(promoArb, { maxLength: 6 }) });
/** Promotions read from what sellers write, with any amounts up to 1亿元 (those parsePromo refuses left out). */
const parsedArb = promoForm.map((text) => readPromos([text]).promos[0]).filter((p): p is Promo => p !== undefined);
/** Any order the bounds allow: 1 分 … 1亿元 a unit, 1 … 9999 units. */
const wideOrderArb = fc.record({ unitFen: fen(MAX_YUAN * 100), qty: fc.integer({ min: 1, max: MAX_QTY }), promos: fc.array(fc.oneof(promoArb, parsedArb), { maxLength: 6 }) });

describe('stacking: properties', () => {
  it('for any price to 1亿元, quantity to 9999 and promotions: a whole number of 分, never negative, never above the undiscounted total, savings add up', () => {
    fc.assert(
      fc.property(fc.oneof(orderArb, wideOrderArb), ({ unitFen, qty, promos }) => {
        const r = stackPrice({ unitPrice: unitFen / 100, qty, promos });
        const { payableFen } = stackFen(unitFen, qty, promos);
        expect(Number.isSafeInteger(payableFen)).toBe(true);
        const payable = yuanToFen(r.payable);
        expect(payable).toBe(payableFen);
        expect(payable).toBeGreaterThanOrEqual(0);
        expect(payable).toBeLessThanOrEqual(unitFen * qty);
        expect(yuanToFen(r.total)).toBe(unitFen * qty);
        expect(r.applied.reduce((sum, a) => sum + yuanToFen(a.saving), 0)).toBe(unitFen * qty - payable);
        for (const a of r.applied) expect(a.saving).toBeGreaterThanOrEqual(0);
        expect(r.applied.length + r.skipped.length).toBe(promos.length);
        // At most one per step, in platform order.
        const tiers = r.applied.map((a) => TIERS.indexOf(TIER_OF[a.kind as Promo['kind']]));
        expect(tiers).toEqual([...new Set(tiers)].sort());
        // Every number has at most two decimals.
        expect(JSON.stringify(r)).not.toMatch(/\d\.\d{3,}/);
      }),
      { numRuns: 500 },
    );
  });

  it('listingPrice: any promotion texts, readable or not, give a payable in whole 分 within 0 … price × qty', () => {
    fc.assert(
      fc.property(wideOrderArb, fc.array(fc.oneof(promoForm, promoText), { maxLength: 6 }), ({ unitFen, qty }, texts) => {
        const price = listingPrice({ title: '', platform: 'taobao', price: unitFen / 100, qty, promos: texts })!;
        expect(Number.isSafeInteger(price.payableFen)).toBe(true);
        expect(price.payableFen).toBeGreaterThanOrEqual(0);
        expect(price.payableFen).toBeLessThanOrEqual(unitFen * qty);
        expect(price.promos.length + price.unreadable.length).toBe(texts.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a listing of more than 9999 units is refused at its schema (1亿元 × 10^9 units with 8折 was a RangeError in lint)', () => {
    expect(Listing.safeParse({ title: '', price: MAX_YUAN, qty: MAX_QTY }).success).toBe(true);
    expect(Listing.safeParse({ title: '', price: MAX_YUAN, qty: MAX_QTY + 1 }).success).toBe(false);
  });

  it('matches the brute-force reference in 分', () => {
    fc.assert(
      fc.property(orderArb, ({ unitFen, qty, promos }) => {
        expect(stackFen(unitFen, qty, promos).payableFen).toBe(reference(unitFen, qty, promos));
      }),
      { numRuns: 1000 },
    );
  });

  it('finalUnitPrice is payable / qty rounded half-up to the 分', () => {
    fc.assert(
      fc.property(orderArb, ({ unitFen, qty, promos }) => {
        const r = stackPrice({ unitPrice: unitFen / 100, qty, promos });
        const payable = yuanToFen(r.payable);
        expect(yuanToFen(r.finalUnitPrice)).toBe(Number((BigInt(payable) * 2n + BigInt(qty)) / (2n * BigInt(qty))));
      }),
      { numRuns: 300 },
    );
  });
});
