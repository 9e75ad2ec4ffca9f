// Loads what the alerts judge, through the indexes (never a scan of every order): open orders,
// orders with after-sale to handle, orders and lines paid within the windows — from the day rows whose
// latest payment falls in the window or that hold an open order (lib/db/order-days.ts) —, all products,
// recent stats, ad days, commissions, visitors per 流量来源 and the listings changed lately (the audit's `changedAt`).
import type { Order, OrderLine } from '../schemas/shop';
import type { ShopSettings } from '../schemas/settings';
import { CHANGE_WINDOW_DAYS, LINE_WINDOW_DAYS, ORDER_WINDOW_DAYS, windowStart, type ShopSnapshot } from '../shop/snapshot';
import { chinaDay, DAY } from '../shop/time';
import { isOpen, splitOrder, withOrder, type OrderDay } from './order-days';
import type { ShopDb } from './schema';

export async function loadSnapshot(db: ShopDb, now: number, settings: Pick<ShopSettings, 'qianniuPlatform' | 'dailyGmvTarget' | 'shipHours'>): Promise<ShopSnapshot> {
  return db.transaction('r', [db.orderDays, db.products, db.daily, db.productStats, db.adStats, db.commissions, db.trafficSources, db.audits, db.auditDays], async () => {
    const lineDays = [chinaDay(windowStart(now, LINE_WINDOW_DAYS)), chinaDay(now)] as const;
    const orderFrom = windowStart(now, ORDER_WINDOW_DAYS);
    const lineFrom = windowStart(now, LINE_WINDOW_DAYS);
    const [paidRows, openRows, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditDay] = await Promise.all([
      // The days with an order paid in the window, and those with an open one (whatever their age).
      db.orderDays.where('paidTo').aboveOrEqual(orderFrom).toArray(),
      db.orderDays.where('open').equals(1).toArray(),
      db.products.toArray(),
      db.daily.where('day').between(chinaDay(now - 40 * DAY), chinaDay(now), true, true).toArray(),
      db.productStats.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.adStats.where('day').between(...lineDays, true, true).toArray(),
      db.commissions.where('day').between(...lineDays, true, true).toArray(),
      db.trafficSources.where('day').between(chinaDay(now - 8 * DAY), chinaDay(now), true, true).toArray(),
      db.audits.where('changedAt').between(windowStart(now, CHANGE_WINDOW_DAYS), now, true, true).toArray(),
      db.auditDays.orderBy('day').last(),
    ]);
    const paidIn = (o: Order, from: number) => o.paidAt !== undefined && o.paidAt >= from && o.paidAt < now;
    const orders = new Map<string, Order>();
    const lines: OrderLine[] = [];
    for (const row of new Map([...paidRows, ...openRows].map((r) => [r.key, r])).values())
      for (const stored of row.orders) {
        const { order, lines: ofOrder } = splitOrder(stored);
        if (paidIn(order, orderFrom) || isOpen(order)) orders.set(order.id, order);
        if (paidIn(order, lineFrom)) lines.push(...ofOrder);
      }
    return { now, orders: [...orders.values()], lines, products, daily, productStats, adStats, commissions, trafficSources, changedListings, auditedListings: auditDay?.listings ?? 0, settings };
  });
}

/** Every stored order, by order number (tests, and whatever needs the whole shop). */
export async function storedOrders(db: ShopDb): Promise<Order[]> {
  return (await db.orderDays.toArray()).flatMap((row) => row.orders.map((o) => splitOrder(o).order)).sort((a, b) => compare(a.id, b.id));
}

/** Every stored line, by order number and line, with lines waiting for their order (no payment time). */
export async function storedLines(db: ShopDb): Promise<OrderLine[]> {
  const linesOf = (row: OrderDay) => [...row.orders.flatMap((o) => splitOrder(o).lines), ...(row.waiting ?? []).flatMap((w) => w.lines.map((l) => withOrder(l, undefined, w.id)))];
  return (await db.orderDays.toArray()).flatMap(linesOf).sort((a, b) => compare(a.orderId, b.orderId) || compare(a.lineId, b.lineId));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
