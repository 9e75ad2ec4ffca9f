import { describe, expect, it } from 'vitest';
import { bestQuantity, unitsToReach } from './questions';

describe('bestQuantity', () => {
  it('finds the quantity with the lowest 到手价 per unit', () => {
    const best = bestQuantity({ unitPrice: 99, promos: ['满200减30', '2件9折'] });
    // 1: 99 · 2: 178.20 (满200 not reached) · 3: 267.30 − 30 = 237.30 → 79.10 a unit.
    expect(best).toMatchObject({ qty: 3, payable: 237.3, finalUnitPrice: 79.1 });
    expect(best.byQty).toHaveLength(10);
    expect(best.byQty[1]).toEqual({ qty: 2, payable: 178.2, finalUnitPrice: 89.1 });
  });

  it('takes the smallest quantity on a tie and respects maxQty', () => {
    expect(bestQuantity({ unitPrice: 50, promos: ['8折'] }).qty).toBe(1);
    expect(bestQuantity({ unitPrice: 99, promos: ['满200减30', '2件9折'], maxQty: 2 }).qty).toBe(2);
    expect(bestQuantity({ unitPrice: 50, promos: ['第二件半价'] })).toMatchObject({ qty: 2, finalUnitPrice: 37.5 });
  });
});

describe('unitsToReach (凑单)', () => {
  it('says how many units reach each threshold and whether it pays', () => {
    expect(unitsToReach({ unitPrice: 99, promos: ['满200减30', '2件9折'] })).toEqual([
      { promo: '满200减30', addUnits: 2, at: { qty: 3, payable: 237.3, finalUnitPrice: 79.1 }, worthIt: true },
      { promo: '2件9折', addUnits: 1, at: { qty: 2, payable: 178.2, finalUnitPrice: 89.1 }, worthIt: true },
    ]);
  });

  it('is empty when every promotion already applies, and says when maxQty is not enough', () => {
    expect(unitsToReach({ unitPrice: 229, promos: ['满200减30', '店铺券30'] })).toEqual([]);
    expect(unitsToReach({ unitPrice: 1, promos: ['满1000减1'], maxQty: 10 })).toEqual([{ promo: '满1000减1', worthIt: false }]);
  });

  it('a threshold reached only by paying more per unit is not worth it', () => {
    // 满200减1 on 150: two units pay 299, 149.50 a unit — cheaper than 150.
    const [reach] = unitsToReach({ unitPrice: 150, promos: ['满200减1'] });
    expect(reach).toMatchObject({ addUnits: 1, worthIt: true });
    // With 店铺券50 one unit costs 50; reaching 满200减10 takes a second unit and 140 for two: 70 a unit.
    const [again] = unitsToReach({ unitPrice: 100, qty: 1, promos: ['店铺券50', '满200减10'] });
    expect(again).toMatchObject({ promo: '满200减10', addUnits: 1, at: { qty: 2, payable: 140, finalUnitPrice: 70 }, worthIt: false });
  });
});
