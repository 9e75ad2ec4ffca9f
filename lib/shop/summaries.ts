// What the alert rules add up, kept per China day of payment as orders are written (lib/db/summaries.ts):
// a day's paid orders, refunds, GMV, buyers and the units sold per product, so that a recompute reads
// 90 small rows instead of 90 days of orders. A changed order takes its previous contribution away and
// adds its new one (`orderChange`), so re-imports and status changes stay exact; `buildDays` folds raw
// rows from nothing (the Dexie upgrade, a restore, the table tests), and the two agree
// (summaries.test.ts, lib/db/summaries.test.ts). Pure: no database here.
import type { Order, OrderLine } from '../schemas/shop';
import { yuanToFen } from '../pricing/money';
import { chinaDay } from './time';

export interface DaySummary {
  /** China-time day of payment, `YYYY-MM-DD`. */
  day: string;
  /** Paid orders (`isPaidOrder`), those refunded or being refunded (`isRefund`), and their money in 分. */
  orders: number;
  refunded: number;
  gmvFen: number;
  /** Paid orders without a buyer hash: each is its own buyer in the day's count, and none in 复购/RFM. */
  anonymous: number;
  // Parallel arrays rather than objects keyed by buyer or product: IndexedDB clones a row on every
  // read, and an object of 30k keys clones about 20× slower than arrays of the same entries.
  /** Buyers with paid orders this day (sorted), their orders and money in 分. */
  buyers: string[];
  buyerOrders: number[];
  buyerFen: number[];
  /** Units sold (`isSale`) per product key (`lineKey`, sorted). */
  products: string[];
  units: number[];
}

/** An order as the database holds it: the order (absent for lines whose order report has not come) and its lines. */
export interface OrderRows {
  order?: Order | undefined;
  lines: readonly OrderLine[];
}

/** A paid order (复购, RFM, GMV, 退款率): closed before payment, or closed without any refund, is not one. */
export const isPaidOrder = (o: Order) => o.paidAt !== undefined && o.status !== 'unpaid' && !(o.status === 'closed' && !o.refundAmount && o.afterSale !== 'refunded');

/** A refund asked for or made; a request the buyer is completing (等待买家退货) counts, an exchange does not. */
export const isRefund = (o: Order) => o.afterSale === 'refunded' || o.afterSale === 'refund-pending' || o.afterSale === 'buyer-turn' || o.afterSale === 'dispute' || (o.refundAmount ?? 0) > 0;

/** A line that sold units: paid, and neither unpaid nor closed. */
export const isSale = (line: Pick<OrderLine, 'paidAt' | 'status'>) => line.paidAt !== undefined && line.status !== 'closed' && line.status !== 'unpaid';

/**
 * What finds a line's product when the alerts run (lib/shop/sales.ts: by id, then 商家编码, then exact
 * title): the products may be imported after the orders, so the summary keeps all three.
 */
export const lineKey = (line: Pick<OrderLine, 'productId' | 'sku' | 'title'>) => JSON.stringify([line.productId ?? '', line.sku ?? '', line.title.trim()]);

export function keyParts(key: string): { productId: string; sku: string; title: string } {
  const [productId, sku, title] = JSON.parse(key) as [string, string, string];
  return { productId, sku, title };
}

/** Changes to one day, summed over the orders of a write. */
export interface DayDelta {
  orders: number;
  refunded: number;
  gmvFen: number;
  anonymous: number;
  buyers: Map<string, [orders: number, fen: number]>;
  units: Map<string, number>;
}

/** Day → its change; additive, so the order in which orders are folded in does not matter. */
export type SummaryChanges = Map<string, DayDelta>;

function deltaOf(changes: SummaryChanges, day: string): DayDelta {
  let d = changes.get(day);
  if (!d) changes.set(day, (d = { orders: 0, refunded: 0, gmvFen: 0, anonymous: 0, buyers: new Map(), units: new Map() }));
  return d;
}

/** Adds (`sign` 1) or takes away (−1) what one order and its lines contribute. */
function fold(changes: SummaryChanges, { order, lines }: OrderRows, sign: 1 | -1): void {
  if (order && isPaidOrder(order)) {
    const d = deltaOf(changes, chinaDay(order.paidAt!));
    const fen = yuanToFen(order.amount);
    d.orders += sign;
    if (isRefund(order)) d.refunded += sign;
    d.gmvFen += sign * fen;
    if (order.buyer === undefined || order.buyer === '') d.anonymous += sign;
    else {
      const b = d.buyers.get(order.buyer);
      if (b) (b[0] += sign), (b[1] += sign * fen);
      else d.buyers.set(order.buyer, [sign, sign * fen]);
    }
  }
  for (const line of lines) {
    if (!isSale(line) || line.qty === 0) continue;
    const d = deltaOf(changes, chinaDay(line.paidAt!));
    const key = lineKey(line);
    d.units.set(key, (d.units.get(key) ?? 0) + sign * line.qty);
  }
}

/** An order written: what it contributed before (`previous`, absent when new) leaves, what it contributes now comes in. */
export function orderChange(changes: SummaryChanges, previous: OrderRows | undefined, next: OrderRows | undefined): void {
  if (previous) fold(changes, previous, -1);
  if (next) fold(changes, next, 1);
}

/** Parallel key/value arrays with `add` merged in; entries that reach 0 leave. */
function mergeColumns(keys: readonly string[], columns: readonly (readonly number[])[], add: Map<string, number[]>): { keys: string[]; columns: number[][] } {
  const merged = new Map<string, number[]>();
  keys.forEach((k, i) => merged.set(k, columns.map((c) => c[i]!)));
  for (const [k, values] of add) {
    const current = merged.get(k);
    if (current) values.forEach((v, j) => (current[j]! += v));
    else merged.set(k, [...values]);
  }
  const out = { keys: [] as string[], columns: columns.map(() => [] as number[]) };
  for (const k of [...merged.keys()].sort()) {
    const values = merged.get(k)!;
    if (values.every((v) => v === 0)) continue;
    out.keys.push(k);
    values.forEach((v, j) => out.columns[j]!.push(v));
  }
  return out;
}

/** A day's summary with `delta` applied; undefined when nothing is left in it. */
export function applyDelta(row: DaySummary | undefined, day: string, delta: DayDelta): DaySummary | undefined {
  const buyers = mergeColumns(row?.buyers ?? [], [row?.buyerOrders ?? [], row?.buyerFen ?? []], delta.buyers);
  const units = mergeColumns(row?.products ?? [], [row?.units ?? []], new Map([...delta.units].map(([k, u]) => [k, [u]])));
  const next: DaySummary = {
    day,
    orders: (row?.orders ?? 0) + delta.orders,
    refunded: (row?.refunded ?? 0) + delta.refunded,
    gmvFen: (row?.gmvFen ?? 0) + delta.gmvFen,
    anonymous: (row?.anonymous ?? 0) + delta.anonymous,
    buyers: buyers.keys,
    buyerOrders: buyers.columns[0]!,
    buyerFen: buyers.columns[1]!,
    products: units.keys,
    units: units.columns[0]!,
  };
  return next.orders === 0 && next.products.length === 0 ? undefined : next;
}

/** The summaries of these orders and lines from nothing, oldest day first. */
export function buildDays(orders: readonly Order[], lines: readonly OrderLine[]): DaySummary[] {
  const byOrder = new Map<string, OrderLine[]>();
  for (const l of lines) (byOrder.get(l.orderId) ?? byOrder.set(l.orderId, []).get(l.orderId)!).push(l);
  const changes: SummaryChanges = new Map();
  for (const order of orders) {
    fold(changes, { order, lines: byOrder.get(order.id) ?? [] }, 1);
    byOrder.delete(order.id);
  }
  // Lines whose order is not stored (an item report before its order report) still count when they say they were paid.
  for (const rest of byOrder.values()) fold(changes, { lines: rest }, 1);
  return [...changes.keys()]
    .sort()
    .map((day) => applyDelta(undefined, day, changes.get(day)!))
    .filter((d): d is DaySummary => d !== undefined);
}

/** The summaries of days in [from, to) (`YYYY-MM-DD`). */
export const daysBetween = (days: readonly DaySummary[], from: string, to: string) => days.filter((d) => d.day >= from && d.day < to);
