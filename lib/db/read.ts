// Loads what the alerts judge, through the indexes (never a scan of every order): open orders,
// orders with after-sale to handle, orders and lines paid within the windows, all products, recent stats,
// ad days, commissions, visitors per 流量来源 and the listings changed lately (the audit's `changedAt`).
import type { Order } from '../schemas/shop';
import type { ShopSettings } from '../schemas/settings';
import { CHANGE_WINDOW_DAYS, LINE_WINDOW_DAYS, ORDER_WINDOW_DAYS, windowStart, type ShopSnapshot } from '../shop/snapshot';
import { chinaDay, DAY } from '../shop/time';
import type { ShopDb } from './schema';

export async function loadSnapshot(db: ShopDb, now: number, settings: Pick<ShopSettings, 'qianniuPlatform' | 'dailyGmvTarget' | 'shipHours'>): Promise<ShopSnapshot> {
  return db.transaction('r', [db.orders, db.lines, db.products, db.daily, db.productStats, db.adPlanDays, db.commissions, db.trafficSources, db.audits, db.auditDays], async () => {
    // One key range per value: `anyOf` walks the index with a cursor, which fake-indexeddb (the CLI)
    // does in time proportional to the whole index for every jump.
    const byValue = (index: 'status' | 'afterSale', values: string[]) => Promise.all(values.map((v) => db.orders.where(index).equals(v).toArray())).then((lists) => lists.flat());
    const lineDays = [chinaDay(windowStart(now, LINE_WINDOW_DAYS)), chinaDay(now)] as const;
    const [open, afterSale, recent, lines, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditDay] = await Promise.all([
      byValue('status', ['unpaid', 'paid', 'shipped']),
      byValue('afterSale', ['refund-pending', 'dispute']),
      db.orders.where('paidAt').between(windowStart(now, ORDER_WINDOW_DAYS), now, true, false).toArray(),
      db.lines.where('paidAt').between(windowStart(now, LINE_WINDOW_DAYS), now, true, false).toArray(),
      db.products.toArray(),
      db.daily.where('day').between(chinaDay(now - 40 * DAY), chinaDay(now), true, true).toArray(),
      db.productStats.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.adPlanDays.where('day').between(...lineDays, true, true).toArray(),
      db.commissions.where('day').between(...lineDays, true, true).toArray(),
      db.trafficSources.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.audits.where('changedAt').between(windowStart(now, CHANGE_WINDOW_DAYS), now, true, true).toArray(),
      db.auditDays.orderBy('day').last(),
    ]);
    const orders = new Map<string, Order>();
    for (const list of [recent, open, afterSale]) for (const o of list) orders.set(o.id, o);
    return { now, orders: [...orders.values()], lines, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditedListings: auditDay?.listings ?? 0, settings };
  });
}
