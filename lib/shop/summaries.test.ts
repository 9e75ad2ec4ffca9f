import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../schemas/shop';
import { at, order } from './alerts/test-alert';
import { applyDelta, buildDays, keyParts, lineKey, orderChange, type DaySummary, type OrderRows, type SummaryChanges } from './summaries';

const line = (orderId: string, fields: Partial<OrderLine> = {}): OrderLine => ({ orderId, lineId: '1', productId: 'p1', title: '冲锋衣', qty: 2, amount: 99, paidAt: at('2026-11-18 12:00:00'), status: 'completed', ...fields });

/** Stored summaries with `changes` applied, as lib/db/summaries.ts writes them. */
function applied(stored: DaySummary[], changes: SummaryChanges): DaySummary[] {
  const byDay = new Map(stored.map((d) => [d.day, d]));
  for (const [day, delta] of changes) {
    const next = applyDelta(byDay.get(day), day, delta);
    if (next) byDay.set(day, next);
    else byDay.delete(day);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

describe('day summaries (pure)', () => {
  it('counts a paid order on its China day, with its buyer, money and units', () => {
    // 2026-11-18 23:30 China time is 15:30 UTC: still the 18th.
    const paidAt = at('2026-11-18 23:30:00');
    const days = buildDays([order({ id: '1', paidAt, buyer: 'ba', amount: 99.9, status: 'completed' })], [line('1', { paidAt, qty: 3 })]);
    expect(days).toEqual([{ day: '2026-11-18', orders: 1, refunded: 0, gmvFen: 9990, anonymous: 0, buyers: ['ba'], buyerOrders: [1], buyerFen: [9990], products: [lineKey(line('1'))], units: [3] }]);
  });

  it('an order that moves (paid later, refunded, closed) leaves its old day exactly', () => {
    const before: OrderRows = { order: order({ id: '1', paidAt: at('2026-11-17 10:00:00'), buyer: 'ba' }), lines: [line('1', { paidAt: at('2026-11-17 10:00:00'), status: 'paid' })] };
    const after: OrderRows = { order: order({ id: '1', paidAt: at('2026-11-18 10:00:00'), buyer: 'ba', afterSale: 'refunded' }), lines: [line('1', { paidAt: at('2026-11-18 10:00:00') })] };
    const changes: SummaryChanges = new Map();
    orderChange(changes, before, after);
    const stored = buildDays([before.order!], before.lines);
    expect(applied(stored, changes)).toEqual(buildDays([after.order!], after.lines));
    // Closed without a refund: no paid order, no sale; the day is gone.
    const closed: OrderRows = { order: { ...after.order!, status: 'closed', afterSale: 'none' }, lines: [{ ...after.lines[0]!, status: 'closed' }] };
    const again: SummaryChanges = new Map();
    orderChange(again, after, closed);
    expect(applied(buildDays([after.order!], after.lines), again)).toEqual([]);
  });

  it('the product key keeps what finds the product (id, 商家编码, trimmed title)', () => {
    expect(keyParts(lineKey({ title: ' 冲锋衣 ', sku: 'S1' }))).toEqual({ productId: '', sku: 'S1', title: '冲锋衣' });
    expect(lineKey({ productId: 'p1', title: 'a' })).not.toBe(lineKey({ sku: 'p1', title: 'a' }));
  });

  it('any sequence of order versions folded in one by one ends where the last versions summed from nothing do', () => {
    const version = fc.record({
      id: fc.constantFrom('1', '2', '3'),
      day: fc.integer({ min: 15, max: 19 }),
      status: fc.constantFrom('unpaid' as const, 'paid' as const, 'completed' as const, 'closed' as const),
      afterSale: fc.constantFrom('none' as const, 'refunded' as const, 'exchange' as const),
      buyer: fc.option(fc.constantFrom('ba', 'bb'), { nil: undefined }),
      amount: fc.constantFrom(0, 0.1, 99.99),
      qty: fc.integer({ min: 0, max: 3 }),
      product: fc.constantFrom('p1', 'p2'),
    });
    fc.assert(
      fc.property(fc.array(version, { maxLength: 20 }), (versions) => {
        const current = new Map<string, OrderRows>();
        let stored: DaySummary[] = [];
        for (const v of versions) {
          const paidAt = at(`2026-11-${v.day} 08:00:00`);
          const next: OrderRows = {
            order: order({ id: v.id, paidAt, status: v.status, afterSale: v.afterSale, amount: v.amount, ...(v.buyer && { buyer: v.buyer }) }),
            lines: [line(v.id, { paidAt, status: v.status, qty: v.qty, productId: v.product })],
          };
          const changes: SummaryChanges = new Map();
          orderChange(changes, current.get(v.id), next);
          stored = applied(stored, changes);
          current.set(v.id, next);
        }
        const last = [...current.values()];
        expect(stored).toEqual(buildDays(last.map((r) => r.order!), last.flatMap((r) => [...r.lines])));
      }),
      { numRuns: 300 },
    );
  });
});
