// Loads what the alerts judge, through the indexes (never a scan of every order): the open orders (the
// day rows marked `open`, lib/db/order-days.ts), the day summaries of paid orders, all products, recent
// stats, ad days, commissions, visitors per 流量来源 and the listings changed lately (the audit's `changedAt`).
import type { Order, OrderLine } from '../schemas/shop';
import type { ShopSettings } from '../schemas/settings';
import { CHANGE_WINDOW_DAYS, isOpen, LINE_WINDOW_DAYS, windowStart, type ShopSnapshot } from '../shop/snapshot';
import { orderDays } from '../shop/metrics';
import { chinaDay, DAY } from '../shop/time';
import { ordersAndLines, splitOrder } from './order-days';
import type { ShopDb } from './schema';

type SnapshotSettings = Pick<ShopSettings, 'qianniuPlatform' | 'dailyGmvTarget' | 'shipHours'>;

/**
 * The open orders, and the lines of those waiting to ship when the seller set ship promises per
 * product; inside a transaction over `orderDays`.
 */
export async function loadOpen(db: ShopDb, settings: SnapshotSettings): Promise<{ orders: Order[]; lines: OrderLine[] }> {
  const promised = Object.keys(settings.shipHours ?? {}).length > 0;
  const orders: Order[] = [];
  const lines: OrderLine[] = [];
  for (const row of await db.orderDays.where('open').equals(1).toArray())
    for (const stored of row.orders) {
      const { order, lines: ofOrder } = splitOrder(stored);
      if (!isOpen(order)) continue;
      orders.push(order);
      if (promised && (order.status === 'paid' || order.status === 'shipped')) lines.push(...ofOrder);
    }
  return { orders, lines };
}

/** Everything the rules judge at `now`, and the stamp of the data it was read at (lib/db/summaries.ts). */
export async function loadSnapshot(db: ShopDb, now: number, settings: SnapshotSettings): Promise<{ snapshot: ShopSnapshot; stamp: string | undefined }> {
  return db.transaction('r', [db.orderDays, db.shopDays, db.alertState, db.products, db.daily, db.productStats, db.adPlanDays, db.commissions, db.trafficSources, db.audits, db.auditDays], async () => {
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

/** Every stored order, by order number (tests, and whatever needs the whole shop). */
export async function storedOrders(db: ShopDb): Promise<Order[]> {
  return ordersAndLines(await db.orderDays.toArray()).orders.sort((a, b) => compare(a.id, b.id));
}

/** Every stored line, by order number and line, with lines waiting for their order (no payment time). */
export async function storedLines(db: ShopDb): Promise<OrderLine[]> {
  return ordersAndLines(await db.orderDays.toArray()).lines.sort((a, b) => compare(a.orderId, b.orderId) || compare(a.lineId, b.lineId));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
