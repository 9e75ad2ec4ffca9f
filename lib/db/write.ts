// Writes parsed imports: all files of one import in one transaction (all or nothing), merged into
// what is stored so that importing the same file twice changes nothing, and an older export cannot
// move an order back (a shipped order stays shipped).
import { Order, type Commission, type OrderLine, type OrderStatus } from '../schemas/shop';
import type { LinePatch, OrderPatch, ParsedImport } from '../shop/import/index';
import type { ShopDb } from './schema';
import { summaryWriter } from './summaries';
import { dayOf, orderDay, orderRowKey, rowKey, splitOrder, storedLine, WAITING_DAY, withOrder, type OrderDay, type StoredLine, type StoredOrder } from './order-days';

export interface ImportSummary {
  orders: { added: number; updated: number; unchanged: number };
  lines: number;
  products: number;
  stats: number;
  /** Ad report days (product × day) and commission rows stored. */
  adStats: number;
  commissions: number;
  /** 流量来源 rows (channel × day) stored. */
  trafficSources: number;
  /** Files already imported before (same bytes): nothing was written for them. */
  repeated: string[];
  /** Rows that patch an order not stored (a 售后/退款 export imported before its orders): not kept. */
  unmatched: number;
}

const RANK: Record<OrderStatus, number> = { unpaid: 0, paid: 1, shipped: 2, completed: 3, closed: 3 };

const AFTER_SALE_FIELDS = ['afterSale', 'afterSaleAt', 'afterSaleDueAt', 'afterSaleFromExport'] as const;

/**
 * `next` laid over `previous` (defined fields win), except that after-sale read from a 售后/退款 export
 * is not overwritten by an order export's 售后状态 summary, whichever file came first.
 */
export function overlay<T extends Partial<Order>>(previous: T | undefined, next: Partial<Order>): T {
  const merged: Record<string, unknown> = { ...previous };
  const keepAfterSale = previous?.afterSaleFromExport === true && next.afterSaleFromExport !== true;
  for (const [key, value] of Object.entries(next)) if (value !== undefined && !(keepAfterSale && (AFTER_SALE_FIELDS as readonly string[]).includes(key))) merged[key] = value;
  if (next.afterSaleFromExport === true) for (const key of AFTER_SALE_FIELDS) if (next[key] === undefined) delete merged[key];
  return merged as T;
}

/** What is stored after `patch` arrives: defined fields win, except a status that would go backwards. */
export function mergeOrder(existing: Order | undefined, patch: OrderPatch, now: number): Order | undefined {
  const merged: Record<string, unknown> = overlay(existing, patch);
  if (existing && patch.status && RANK[patch.status] < RANK[existing.status]) merged.status = existing.status;
  merged.seenAt = existing?.seenAt ?? now;
  const parsed = Order.safeParse(merged);
  // An item report without times (宝贝报表) cannot create an order; its lines wait for the order report.
  return parsed.success ? parsed.data : undefined;
}

/**
 * Whether two flat records (an order, a line: every field a string, number or boolean) hold the same
 * values. Field by field, not JSON.stringify: comparing 100k orders and their lines took 0.5–0.7 s that way, 40–80 ms
 * this way (Node 20, 2026-12-04).
 */
function same<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export interface ImportFile {
  parsed: ParsedImport;
  hash: string;
}

export interface WriteOptions {
  /** Orders merged so far of those the import touches: 0, every PROGRESS_EVERY, then all. */
  progress?: (done: number, total: number) => void;
}
const PROGRESS_EVERY = 5000;

export async function writeImports(db: ShopDb, files: ImportFile[], now: number, { progress }: WriteOptions = {}): Promise<ImportSummary> {
  const summary: ImportSummary = { orders: { added: 0, updated: 0, unchanged: 0 }, lines: 0, products: 0, stats: 0, adStats: 0, commissions: 0, trafficSources: 0, repeated: [], unmatched: 0 };
  await db.transaction('rw', [db.orderDays, db.products, db.daily, db.productStats, db.adPlanDays, db.commissions, db.trafficSources, db.imports, db.shopDays, db.alertState], async () => {
    const summaries = summaryWriter(db);
    const known = await db.imports.bulkGet(files.map((f) => f.hash));
    const fresh = files.filter((f, i) => {
      if (known[i]) summary.repeated.push(f.parsed.file);
      return !known[i];
    });

    const patches = new Map<string, OrderPatch>();
    const itemLines = new Map<string, LinePatch[]>();
    const derivedLines = new Map<string, LinePatch>();
    for (const { parsed } of fresh) {
      const startedHere = new Set<string>();
      for (const p of parsed.orders) {
        // Laid over an earlier patch of the same order only: mergeOrder lays the first over what is stored.
        const previous = patches.get(p.id);
        patches.set(p.id, previous ? (overlay(previous, p) as OrderPatch) : p);
      }
      for (const line of parsed.lines) {
        if (line.derived) derivedLines.set(line.orderId, line);
        else {
          // The latest item report is the truth about an order's items.
          if (!startedHere.has(line.orderId)) {
            startedHere.add(line.orderId);
            itemLines.set(line.orderId, []);
          }
          itemLines.get(line.orderId)!.push(line);
        }
      }
      if (parsed.products.length) {
        await db.products.bulkPut(parsed.products);
        summary.products += parsed.products.length;
      }
      if (parsed.daily.length) await db.daily.bulkPut(parsed.daily);
      if (parsed.productStats.length) await db.productStats.bulkPut(parsed.productStats);
      summary.stats += parsed.daily.length + parsed.productStats.length;
      // A report downloaded again for the same day is the newer total of its plans for that day, so it
      // replaces them; other plans' days (another 场景's report) stay.
      if (parsed.adStats.length) await db.adPlanDays.bulkPut(parsed.adStats.map((s) => ({ ...s, plan: s.plan ?? '' })));
      summary.adStats += parsed.adStats.length;
      if (parsed.commissions.length) await putCommissions(db, parsed.commissions);
      summary.commissions += parsed.commissions.length;
      // As for ad days: a channel's day downloaded again is the newer count.
      if (parsed.trafficSources.length) await db.trafficSources.bulkPut(parsed.trafficSources);
      summary.trafficSources += parsed.trafficSources.length;
      if (parsed.products.length || parsed.daily.length || parsed.productStats.length || parsed.adStats.length || parsed.commissions.length || parsed.trafficSources.length) summaries.touched();
    }

    // Orders: merge each patch into the stored order.
    const ids = [...new Set([...patches.keys(), ...itemLines.keys(), ...derivedLines.keys()])];
    progress?.(0, ids.length);
    const rows = new OrderRows(await orderDaysOf(db, ids, patches));
    const orders = new Map<string, Order>();
    const changed = new Set<string>();
    ids.forEach((id, i) => {
      if (progress && i % PROGRESS_EVERY === 0 && i) progress(i, ids.length);
      const existing = rows.order(id);
      const patch = patches.get(id);
      const merged = patch ? mergeOrder(existing, patch, now) : existing;
      if (!merged) {
        // A patch that cannot make an order leaves the stored one as it is.
        if (existing) orders.set(id, existing);
        else if (patch && patch.status === undefined && patch.createdAt === undefined) summary.unmatched++;
        return;
      }
      orders.set(id, merged);
      if (!patch) return;
      if (!existing) summary.orders.added++;
      else if (same(existing, merged)) summary.orders.unchanged++;
      else summary.orders.updated++;
      if (!existing || !same(existing, merged)) changed.add(id);
    });

    progress?.(ids.length, ids.length);

    // Lines: item lines replace the order's lines; a derived line only fills an order with none.
    const nextLines = new Map<string, StoredLine[]>();
    for (const id of ids) {
      const current = rows.lines(id);
      const items = itemLines.get(id);
      let next: (LinePatch | OrderLine)[] = current;
      if (items) next = items;
      else if (derivedLines.has(id) && current.every((l) => l.derived)) next = [derivedLines.get(id)!];
      const stored = next.map(storedLine);
      const lines = stored.map((l) => withOrder(l, orders.get(id), id));
      let linesChanged = lines.length !== current.length;
      for (const line of lines) {
        const before = current.find((c) => c.lineId === line.lineId);
        if (!before || !same(before, line)) {
          summary.lines++;
          linesChanged = true;
        }
      }
      nextLines.set(id, stored);
      if (linesChanged) changed.add(id);
      // The day summaries follow each changed order: it and its lines before, and after (lib/db/summaries.ts).
      if (changed.has(id)) summaries.order({ order: rows.order(id), lines: current }, { order: orders.get(id), lines });
    }

    // Each changed order (with its lines) goes to its row of its day, read first when not read yet.
    const keys = new Map([...changed].map((id) => [id, orders.has(id) ? orderRowKey(orders.get(id)!) : rowKey(WAITING_DAY, id)]));
    rows.add(await db.orderDays.bulkGet(rows.missing([...keys.values()])));
    for (const [id, key] of keys) rows.set(id, key, orders.get(id), nextLines.get(id)!);
    const { put, emptied } = rows.changes();
    if (emptied.length) await db.orderDays.bulkDelete(emptied);
    if (put.length) await db.orderDays.bulkPut(put);
    await summaries.flush(now);

    await db.imports.bulkPut(
      fresh.map(({ parsed, hash }) => ({ hash, file: parsed.file, source: parsed.source.id, at: now, rows: parsed.rows, rejected: parsed.rejected.length })),
    );
  });
  return summary;
}

/**
 * Commission rows replace what is stored, except that a refunded order stays refunded: an older
 * export (taken before the refund) cannot charge its commission again.
 */
async function putCommissions(db: ShopDb, rows: Commission[]): Promise<void> {
  const stored = await db.commissions.bulkGet(rows.map((r): [string, string] => [r.orderId, r.productId]));
  await db.commissions.bulkPut(rows.map((r, i) => (stored[i]?.refunded && !r.refunded ? stored[i]! : r)));
}

/** Up to this many orders, one request per order is cheap whatever the size of the shop. */
const FEW = 2000;

/**
 * The stored rows holding any of `ids`: the rows their patches' creation days put them in and
 * those of waiting lines (one request), then the rows of the orders not found there (patches without a
 * creation time — after-sale, item reports — or an order whose time moved to another day), through
 * the `ids` index. When those are many and a large share of the shop, every row instead. A first
 * import, into an empty shop, reads nothing. Counting the `ids` index walks all of it in Chrome
 * (0.3–0.8 s for 100k orders): only an import of many orders not found asks.
 */
async function orderDaysOf(db: ShopDb, ids: string[], patches: Map<string, OrderPatch>): Promise<OrderDay[]> {
  if ((await db.orderDays.count()) === 0) return [];
  const keys = new Set(ids.map((id) => rowKey(WAITING_DAY, id)));
  for (const p of patches.values()) {
    if (p.createdAt === undefined) continue;
    const day = dayOf({ createdAt: p.createdAt });
    // Open or closed: the patch may change which (a 已完成 export of an order stored as 已发货).
    keys.add(rowKey(day, p.id)).add(rowKey(day, p.id, true));
  }
  const rows = (await db.orderDays.bulkGet([...keys])).filter((row) => row !== undefined);
  const found = new Set(rows.flatMap((row) => row.ids));
  const unfound = ids.filter((id) => !found.has(id));
  if (!unfound.length) return rows;
  const read = new Set(rows.map((row) => row.key));
  if (unfound.length > FEW && unfound.length * 4 >= (await db.orderDays.orderBy('ids').count())) return [...rows, ...(await db.orderDays.toArray()).filter((row) => !read.has(row.key))];
  // One key per request, not `anyOf(ids)`: its cursor jumps cost time in proportion to the index in
  // fake-indexeddb (the CLI) — 20k ids took minutes.
  const more = await Promise.all(unfound.map((id) => db.orderDays.where('ids').equals(id).primaryKeys()));
  const missing = [...new Set(more.flat())].filter((key) => !read.has(key));
  return [...rows, ...(await db.orderDays.bulkGet(missing)).filter((row) => row !== undefined)];
}

/** The day rows read for an import, changed in memory, then written back whole. */
class OrderRows {
  /** By row key. */
  private readonly rows = new Map<string, { orders: Map<string, StoredOrder>; waiting: Map<string, StoredLine[]> }>();
  /** The row key of each order number read or set. */
  private readonly where = new Map<string, string>();
  private readonly dirty = new Set<string>();

  constructor(rows: OrderDay[]) {
    this.add(rows);
  }

  add(rows: (OrderDay | undefined)[]): void {
    for (const row of rows) {
      if (!row) continue;
      this.rows.set(row.key, { orders: new Map(row.orders.map((o) => [o.id, o])), waiting: new Map((row.waiting ?? []).map((w) => [w.id, w.lines])) });
      for (const id of row.ids) this.where.set(id, row.key);
    }
  }

  /** Of these row keys, those not read yet. */
  missing(keys: string[]): string[] {
    return [...new Set(keys)].filter((key) => !this.rows.has(key));
  }

  private rowOf(id: string) {
    const key = this.where.get(id);
    return key === undefined ? undefined : this.rows.get(key);
  }

  order(id: string): Order | undefined {
    const stored = this.rowOf(id)?.orders.get(id);
    if (!stored) return undefined;
    const { lines: _, ...order } = stored;
    return order;
  }

  lines(id: string): OrderLine[] {
    const row = this.rowOf(id);
    const stored = row?.orders.get(id);
    if (stored) return splitOrder(stored).lines;
    return (row?.waiting.get(id) ?? []).map((l) => withOrder(l, undefined, id));
  }

  /** Stores the order (or, without one, its waiting lines) in the row `key`, out of the row it was in. */
  set(id: string, key: string, order: Order | undefined, lines: StoredLine[]): void {
    const from = this.where.get(id);
    if (from !== undefined) {
      const row = this.rows.get(from)!;
      row.orders.delete(id);
      row.waiting.delete(id);
      this.dirty.add(from);
    }
    if (!order && !lines.length) return void this.where.delete(id);
    if (!this.rows.has(key)) this.rows.set(key, { orders: new Map(), waiting: new Map() });
    const row = this.rows.get(key)!;
    if (order) row.orders.set(id, { ...order, lines });
    else row.waiting.set(id, lines);
    this.where.set(id, key);
    this.dirty.add(key);
  }

  changes(): { put: OrderDay[]; emptied: string[] } {
    const put: OrderDay[] = [];
    const emptied: string[] = [];
    for (const key of this.dirty) {
      const { orders, waiting } = this.rows.get(key)!;
      if (!orders.size && !waiting.size) emptied.push(key);
      else put.push(orderDay(key, [...orders.values()], [...waiting].map(([id, lines]) => ({ id, lines }))));
    }
    return { put, emptied };
  }
}

/** SHA-256 of a file's bytes, hex (Web Crypto: the browser and Node 20 both have it). */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
