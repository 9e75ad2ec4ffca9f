// The day summaries (lib/shop/summaries.ts) kept up to date inside the transaction that writes the
// orders, and the stamp that tells a recompute whether the alerts of whole days it stored still hold
// (lib/db/alerts.ts): every write that a day rule could see changes the stamp.
import type { OrderRows } from '../shop/summaries';
import { applyDelta, orderChange, type DayDelta, type SummaryChanges } from '../shop/summaries';
import { chinaDay } from '../shop/time';
import type { ShopDb } from './schema';

const isZero = (d: DayDelta) => d.orders === 0 && d.refunded === 0 && d.gmvFen === 0 && d.anonymous === 0 && [...d.buyers.values()].every(([n, fen]) => n === 0 && fen === 0) && [...d.units.values()].every((u) => u === 0);

/** A new stamp: the stored whole-day alerts no longer hold. Call inside a transaction that includes `alertState`. */
export const invalidateDayAlerts = (db: ShopDb) => db.alertState.put({ key: 'current', stamp: crypto.randomUUID() });

export interface SummaryWriter {
  /** One order written: what it was before (absent when new) and what it is now, each with its lines. */
  order(previous: OrderRows | undefined, next: OrderRows | undefined): void;
  /** Something else the whole-day rules read was written (products, stats, ad days, commissions). */
  touched(): void;
  /** Writes the changed days and, when the stored whole-day alerts may no longer hold, a new stamp. */
  flush(now: number): Promise<void>;
}

/** For one write transaction that includes `shopDays` and `alertState`. */
export function summaryWriter(db: ShopDb): SummaryWriter {
  const changes: SummaryChanges = new Map();
  let touched = false;
  return {
    order: (previous, next) => orderChange(changes, previous, next),
    touched: () => void (touched = true),
    async flush(now) {
      const days = [...changes.keys()].filter((day) => !isZero(changes.get(day)!));
      if (days.length) {
        const rows = await db.shopDays.bulkGet(days);
        const next = days.map((day, i) => applyDelta(rows[i], day, changes.get(day)!));
        const gone = days.filter((_, i) => !next[i]);
        if (gone.length) await db.shopDays.bulkDelete(gone);
        await db.shopDays.bulkPut(next.filter((d) => d !== undefined));
      }
      // Today's orders are in no whole-day window until tomorrow: the stored alerts still hold.
      const state = await db.alertState.get('current');
      const judged = state?.day !== undefined && state.day > chinaDay(now) ? state.day : chinaDay(now);
      if (touched || days.some((day) => day < judged)) await invalidateDayAlerts(db);
    },
  };
}
