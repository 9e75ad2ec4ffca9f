// Loads what the alerts judge, through the indexes (never a scan of every order): the open orders,
// the day summaries of paid orders, all products, recent stats, ad days, commissions, visitors per
// 流量来源 and the listings changed lately (the audit's `changedAt`).
import type { Order, OrderLine } from '../schemas/shop';
import type { ShopSettings } from '../schemas/settings';
import { CHANGE_WINDOW_DAYS, LINE_WINDOW_DAYS, OPEN_AFTER_SALE, OPEN_STATUSES, windowStart, type ShopSnapshot } from '../shop/snapshot';
import { orderDays } from '../shop/metrics';
import { chinaDay, DAY } from '../shop/time';
import type { ShopDb } from './schema';

type SnapshotSettings = Pick<ShopSettings, 'qianniuPlatform' | 'dailyGmvTarget' | 'shipHours'>;

/**
 * The open orders, and the lines of those waiting to ship when the seller set ship promises per
 * product; inside a transaction over `orders` and `lines`.
 */
export async function loadOpen(db: ShopDb, settings: SnapshotSettings): Promise<{ orders: Order[]; lines: OrderLine[] }> {
  // One key range per value: `anyOf` walks the index with a cursor, which fake-indexeddb (the CLI)
  // does in time proportional to the whole index for every jump.
  const byValue = (index: 'status' | 'afterSale', values: readonly string[]) => Promise.all(values.map((v) => db.orders.where(index).equals(v).toArray())).then((lists) => lists.flat());
  const [open, afterSale] = await Promise.all([byValue('status', OPEN_STATUSES), byValue('afterSale', OPEN_AFTER_SALE)]);
  const orders = new Map<string, Order>();
  for (const o of [...open, ...afterSale]) orders.set(o.id, o);
  const promised = Object.keys(settings.shipHours ?? {}).length > 0;
  const waiting = promised ? [...orders.values()].filter((o) => o.status === 'paid' || o.status === 'shipped') : [];
  const lines = (await Promise.all(waiting.map((o) => db.lines.where('orderId').equals(o.id).toArray()))).flat();
  return { orders: [...orders.values()], lines };
}

/** Everything the rules judge at `now`, and the stamp of the data it was read at (lib/db/summaries.ts). */
export async function loadSnapshot(db: ShopDb, now: number, settings: SnapshotSettings): Promise<{ snapshot: ShopSnapshot; stamp: string | undefined }> {
  return db.transaction('r', [db.orders, db.lines, db.shopDays, db.alertState, db.products, db.daily, db.productStats, db.adPlanDays, db.commissions, db.trafficSources, db.audits, db.auditDays], async () => {
    const lineDays = [chinaDay(windowStart(now, LINE_WINDOW_DAYS)), chinaDay(now)] as const;
    const { from, today } = orderDays(now);
    const [open, days, state, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditDay] = await Promise.all([
      loadOpen(db, settings),
      db.shopDays.where('day').between(from, today, true, true).toArray(),
      db.alertState.get('current'),
      db.products.toArray(),
      db.daily.where('day').between(chinaDay(now - 40 * DAY), chinaDay(now), true, true).toArray(),
      db.productStats.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.adPlanDays.where('day').between(...lineDays, true, true).toArray(),
      db.commissions.where('day').between(...lineDays, true, true).toArray(),
      db.trafficSources.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.audits.where('changedAt').between(windowStart(now, CHANGE_WINDOW_DAYS), now, true, true).toArray(),
      db.auditDays.orderBy('day').last(),
    ]);
    return { snapshot: { now, ...open, days, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditedListings: auditDay?.listings ?? 0, settings }, stamp: state?.stamp };
  });
}
