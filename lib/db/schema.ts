// db/: the shop's data in IndexedDB (Dexie). Opened only by the background and the popup/options —
// never by a content script, whose IndexedDB would belong to the seller site — and by the CLI over
// fake-indexeddb. Every schema change is a new version with an upgrade function and a test
// (schema.test.ts) that opens the previous version with data, upgrades it, and finds every row.
import { Dexie, type EntityTable } from 'dexie';
import type { Alert, Commission, DailyStat, Metrics, Order, OrderLine, Product, ProductStat, TrafficSource } from '../schemas/shop';
import type { AuditDay, AuditRecord } from '../schemas/audit';
import type { AlertState, ImportRecord, StoredAdStat, StoredAlerts, StoredDayAlerts, StoredKeywordBank } from './rows';
import { buildDays, type DaySummary } from '../shop/summaries';
import { orderDay, orderRowKey, rowKey, storedLine, WAITING_DAY, type OrderDay, type StoredLine, type StoredOrder, type WaitingLines } from './order-days';

export type { AlertState, ImportRecord, StoredAdStat, StoredAlerts, StoredDayAlerts, StoredKeywordBank } from './rows';

export type ShopDb = Dexie & {
  orderDays: EntityTable<OrderDay, 'day'>;
  products: EntityTable<Product, 'id'>;
  daily: EntityTable<DailyStat, 'day'>;
  productStats: Dexie.Table<ProductStat, [string, string]>;
  imports: EntityTable<ImportRecord, 'hash'>;
  alerts: Dexie.Table<StoredAlerts | StoredDayAlerts, StoredAlerts['key'] | StoredDayAlerts['key']>;
  audits: EntityTable<AuditRecord, 'key'>;
  auditDays: EntityTable<AuditDay, 'day'>;
  keywordBanks: EntityTable<StoredKeywordBank, 'key'>;
  adPlanDays: Dexie.Table<StoredAdStat, [string, string, string]>;
  commissions: Dexie.Table<Commission, [string, string]>;
  trafficSources: Dexie.Table<TrafficSource, [string, string]>;
  shopDays: EntityTable<DaySummary, 'day'>;
  alertState: EntityTable<AlertState, 'key'>;
};

export const DB_NAME = 'shoplint-shop';

/** v1: orders kept their items inside (`order.lines`). */
export const V1_STORES = {
  orders: 'id, status, paidAt, createdAt',
  products: 'id, sku',
  daily: 'day',
  productStats: '[day+productId], day',
  imports: 'hash',
  alerts: 'key',
};

/**
 * v2: items move to their own table, carrying the order's payment time and status, so a product's
 * daily sales are one range over `paidAt` instead of a scan of every order; orders get the index the
 * alerts query for after-sale, and lose `createdAt`, which nothing queries.
 */
export const V2_STORES = {
  ...V1_STORES,
  // Only indexes a query uses: each one costs every write, and an import writes 100k rows.
  orders: 'id, status, paidAt, afterSale',
  lines: '[orderId+lineId], orderId, paidAt',
};

/**
 * v3: the listing audit — one record per listing (`platform:id`), indexed by level (the popup's counts)
 * and rank (worst first), and one summary per China day for the trend. Nothing to move: the upgrade
 * only creates the tables.
 */
export const V3_STORES = {
  ...V2_STORES,
  audits: 'key, level, rank, checkedAt',
  auditDays: 'day',
};

/**
 * v4: the seller's keyword banks (issue #8), read by the background for the overlay. Numbered 4, not
 * 3: branch audit adds v3 (the listing audit tables), and Dexie only needs the numbers to increase.
 * Only a new table, so no upgrade function; the stores declared here add to those of v2.
 */
export const V4_STORES = {
  keywordBanks: 'key, category',
};

/**
 * v5: ad spend per product and day (万相台/直通车 reports) and 达人 commissions per order and product
 * (抖店 联盟 export), both read by day for the profit and ROI alerts; visitors per 流量来源 and day
 * (生意参谋 店铺来源), read by day for the traffic diagnosis and the paid share; audits gain an index on
 * `changedAt`, which the traffic diagnosis reads by range (records from before v5 have no `changedAt`
 * and stay out of it, as they should: no change was seen). New tables and an index: no upgrade function.
 */
export const V5_STORES = {
  audits: `${V3_STORES.audits}, changedAt`,
  adStats: '[day+productId], day',
  commissions: '[orderId+productId], day',
  trafficSources: '[day+channel], day',
};

/**
 * v6: the day summaries of paid orders (lib/shop/summaries.ts), kept up to date by every order write,
 * which the alerts read instead of 90 days of orders, and the state of the stored alerts (what the
 * 15-minute alarm may keep); the `alerts` table gains a `day` row beside `current` (rows.ts). The
 * upgrade builds the summaries from the stored orders and lines.
 */
export const V6_STORES = {
  shopDays: 'day',
  alertState: 'key',
};

/** Tables made from the others: left out of backups and rebuilt on restore (lib/db/backup.ts). */
export const DERIVED_TABLES: readonly string[] = Object.keys(V6_STORES);

/**
 * v7: orders and their lines move into rows by day of creation (lib/db/order-days.ts): a first
 * import of 100k orders over 90 days writes 1,440 rows instead of 200k rows and 500k index entries.
 * The upgrade moves every order and line; lines whose order is not stored keep waiting in the
 * WAITING_DAY row.
 */
export const V7_STORES = {
  orders: null,
  lines: null,
  orderDays: 'key, *ids, paidTo, open',
};

/**
 * v8: ad days are kept per plan (计划ID) as well as product and day. Keyed by product and day alone, the
 * 关键词推广 report and the 货品全站推广 report of the same product and day overwrote each other, and the
 * spend of one of them was lost. A primary key cannot change in place, so the rows move to a new table;
 * the rows of v5–v7 had no plan ('' = the report named none).
 */
export const V8_STORES = {
  adStats: null,
  adPlanDays: '[day+productId+plan], day',
};

export interface DbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The newest schema version. */
export const DB_VERSION = 8;

/**
 * The shop database. `upTo` declares only the versions up to it: a backup written by an older
 * ShopLint is read into its own layout first, and opening that database again at DB_VERSION runs the
 * upgrade functions over it (lib/db/backup.ts).
 */
export function openShopDb(name = DB_NAME, deps: DbDeps = {}, upTo = DB_VERSION): ShopDb {
  // Relaxed durability: Chrome then commits without waiting for the disk flush, several times faster
  // for big imports; a crash can lose the last import, never half of it.
  const db = new Dexie(name, { ...deps, chromeTransactionDurability: 'relaxed' }) as ShopDb;
  db.version(1).stores(V1_STORES);
  if (upTo < 2) return db;
  db.version(2)
    .stores(V2_STORES)
    .upgrade(async (tx) => {
      const lines: OrderLine[] = [];
      await tx
        .table('orders')
        .toCollection()
        .modify((order: Order & { lines?: Omit<OrderLine, 'paidAt' | 'status' | 'orderId'>[] }) => {
          for (const line of order.lines ?? []) lines.push({ ...line, orderId: order.id, status: order.status, ...(order.paidAt !== undefined && { paidAt: order.paidAt }) });
          delete order.lines;
        });
      await tx.table('lines').bulkPut(lines);
    });
  if (upTo < 3) return db;
  db.version(3).stores(V3_STORES);
  if (upTo < 4) return db;
  db.version(4).stores(V4_STORES);
  if (upTo < 5) return db;
  db.version(5).stores(V5_STORES);
  if (upTo < 6) return db;
  db.version(6)
    .stores(V6_STORES)
    .upgrade(async (tx) => {
      const [orders, lines] = await Promise.all([tx.table('orders').toArray(), tx.table('lines').toArray()]);
      await tx.table('shopDays').bulkPut(buildDays(orders, lines));
    });
  if (upTo < 7) return db;
  db.version(7)
    .stores(V7_STORES)
    .upgrade(async (tx) => {
      const [orders, lines] = await Promise.all([tx.table<Order>('orders').toArray(), tx.table<OrderLine>('lines').toArray()]);
      const byId = new Map<string, StoredOrder>(orders.map((o) => [o.id, { ...o, lines: [] }]));
      const waiting = new Map<string, StoredLine[]>();
      for (const line of lines) {
        const order = byId.get(line.orderId);
        if (order) order.lines.push(storedLine(line));
        else (waiting.get(line.orderId) ?? waiting.set(line.orderId, []).get(line.orderId)!).push(storedLine(line));
      }
      const rows = new Map<string, { orders: StoredOrder[]; waiting: WaitingLines[] }>();
      const rowOf = (key: string) => rows.get(key) ?? rows.set(key, { orders: [], waiting: [] }).get(key)!;
      for (const o of byId.values()) rowOf(orderRowKey(o)).orders.push(o);
      for (const [id, list] of waiting) rowOf(rowKey(WAITING_DAY, id)).waiting.push({ id, lines: list });
      await tx.table('orderDays').bulkAdd([...rows].map(([key, row]) => orderDay(key, row.orders, row.waiting)));
    });
  if (upTo < 8) return db;
  db.version(8)
    .stores(V8_STORES)
    .upgrade(async (tx) => {
      const rows = await tx.table('adStats').toArray();
      await tx.table('adPlanDays').bulkPut(rows.map((row: StoredAdStat) => ({ ...row, plan: '' })));
    });
  return db;
}
