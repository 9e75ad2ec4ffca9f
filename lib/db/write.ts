// Writes parsed imports: all files of one import in one transaction (all or nothing), merged into
// what is stored so that importing the same file twice changes nothing, and an older export cannot
// move an order back (a shipped order stays shipped).
import { Order, type Commission, type OrderLine, type OrderStatus } from '../schemas/shop';
import type { LinePatch, OrderPatch, ParsedImport } from '../shop/import/index';
import type { IndexableType, Table } from 'dexie';
import type { ShopDb } from './schema';
import { summaryWriter } from './summaries';

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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface ImportFile {
  parsed: ParsedImport;
  hash: string;
}

export async function writeImports(db: ShopDb, files: ImportFile[], now: number): Promise<ImportSummary> {
  const summary: ImportSummary = { orders: { added: 0, updated: 0, unchanged: 0 }, lines: 0, products: 0, stats: 0, adStats: 0, commissions: 0, trafficSources: 0, repeated: [], unmatched: 0 };
  await db.transaction('rw', [db.orders, db.lines, db.products, db.daily, db.productStats, db.adPlanDays, db.commissions, db.trafficSources, db.imports, db.shopDays, db.alertState], async () => {
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
      for (const p of parsed.orders) patches.set(p.id, overlay(patches.get(p.id), p) as OrderPatch);
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
    // An import that touches a large share of the shop reads the stored orders and lines in pages of
    // the tables; a smaller one asks for its own.
    const inPages = ids.length > FEW && ids.length * 4 >= (await db.orders.count());
    const stored = await ordersOf(db, ids, inPages);
    const orders = new Map<string, Order>();
    const toPut: Order[] = [];
    const changed = new Set<string>();
    ids.forEach((id, i) => {
      const existing = stored[i];
      const patch = patches.get(id);
      const merged = patch ? mergeOrder(existing, patch, now) : existing;
      if (!merged) {
        if (patch && !existing && patch.status === undefined && patch.createdAt === undefined) summary.unmatched++;
        return;
      }
      orders.set(id, merged);
      if (!patch) return;
      if (!existing) summary.orders.added++;
      else if (same(existing, merged)) summary.orders.unchanged++;
      else summary.orders.updated++;
      if (!existing || !same(existing, merged)) {
        toPut.push(merged);
        changed.add(id);
      }
    });
    await db.orders.bulkPut(toPut);

    // Lines: item lines replace the order's lines; a derived line only fills an order with none.
    const storedLines = await linesOf(db, ids, inPages);
    const byOrder = new Map<string, OrderLine[]>();
    for (const line of storedLines) (byOrder.get(line.orderId) ?? byOrder.set(line.orderId, []).get(line.orderId)!).push(line);
    const removeKeys: [string, string][] = [];
    const putLines: OrderLine[] = [];
    const withOrder = (line: LinePatch | OrderLine): OrderLine => {
      const order = orders.get(line.orderId);
      const { paidAt: _p, status: _s, ...rest } = line as OrderLine;
      return { ...rest, status: order?.status ?? (line as OrderLine).status ?? 'paid', ...(order?.paidAt !== undefined && { paidAt: order.paidAt }) } as OrderLine;
    };
    for (const [i, id] of ids.entries()) {
      const current = byOrder.get(id) ?? [];
      const items = itemLines.get(id);
      let next: (LinePatch | OrderLine)[] = current;
      if (items) next = items;
      else if (derivedLines.has(id) && current.every((l) => l.derived)) next = [derivedLines.get(id)!];
      const nextKeys = new Set(next.map((l) => l.lineId));
      const removed = current.filter((l) => !nextKeys.has(l.lineId));
      for (const l of removed) removeKeys.push([l.orderId, l.lineId]);
      const nextLines = next.map(withOrder);
      const put = nextLines.filter((line) => {
        const before = current.find((c) => c.lineId === line.lineId);
        return !before || !same(before, line);
      });
      putLines.push(...put);
      // The day summaries follow each changed order: its rows before, and after (lib/db/summaries.ts).
      if (changed.has(id) || removed.length || put.length) summaries.order({ order: stored[i], lines: current }, { order: orders.get(id), lines: nextLines });
    }
    if (removeKeys.length) await db.lines.bulkDelete(removeKeys);
    if (putLines.length) await db.lines.bulkPut(putLines);
    summary.lines = putLines.length;
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
const PAGE = 10_000;

/**
 * Every row of a table, a page (one request) at a time in primary-key order: a getAll per 10k rows,
 * where a cursor or one get per key costs a request per row (100k gets took 3–6 s in Chrome).
 */
async function eachPage<T, K extends IndexableType, I>(table: Table<T, K, I>, keyOf: (row: T) => K, visit: (rows: T[]) => void): Promise<void> {
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length) {
    visit(page);
    if (page.length < PAGE) return;
    page = await table.where(':id').above(keyOf(page.at(-1)!)).limit(PAGE).toArray();
  }
}

/** The stored orders of `ids` (undefined where none). */
async function ordersOf(db: ShopDb, ids: string[], inPages: boolean): Promise<(Order | undefined)[]> {
  if (!inPages) return db.orders.bulkGet(ids);
  const wanted = new Set(ids);
  const found = new Map<string, Order>();
  await eachPage(db.orders, (o) => o.id, (page) => {
    for (const o of page) if (wanted.has(o.id)) found.set(o.id, o);
  });
  return ids.map((id) => found.get(id));
}

/**
 * The stored lines of these orders. Not `anyOf(ids)`: its cursor jumps cost time in proportion to the
 * index in fake-indexeddb (the CLI) — 20k ids took minutes.
 */
async function linesOf(db: ShopDb, ids: string[], inPages: boolean): Promise<OrderLine[]> {
  if (!inPages) return (await Promise.all(ids.map((id) => db.lines.where('orderId').equals(id).toArray()))).flat();
  const wanted = new Set(ids);
  const lines: OrderLine[] = [];
  await eachPage(db.lines, (l): [string, string] => [l.orderId, l.lineId], (page) => {
    for (const l of page) if (wanted.has(l.orderId)) lines.push(l);
  });
  return lines;
}

/** SHA-256 of a file's bytes, hex (Web Crypto: the browser and Node 20 both have it). */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
