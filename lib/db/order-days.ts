// The orders as stored since v7: rows by China day of creation (`orderDays`), each holding some of
// that day's orders (PARTS rows a day, by order number) with their items inside as compact lines (no
// order number, status or payment time repeated).
// Why: Chrome spends about 100 µs per row written, whatever its size, and as much again per index
// entry — 100k orders and 100k lines with their five indexes took 47 s, the same data in 100 rows 1 s,
// 2.6 s with the `ids` index (raw IndexedDB in a worker, Chromium 150 on this 2-core machine,
// 2026-12-04). A day's row carries what the reads select rows by: the order numbers (`ids`, a
// multi-entry index, to find an order's row), the last payment time of its orders (`paidTo`) and a
// mark when one of them is still open (`open`).
import { z } from 'zod';
import { Order, OrderLine } from '../schemas/shop';
import { chinaDay, chinaDayStart } from '../shop/time';
import { isOpen } from '../shop/snapshot';

/** An item of a stored order: the line without what it takes from its order. */
export const StoredLine = OrderLine.omit({ orderId: true, paidAt: true, status: true });
export type StoredLine = z.infer<typeof StoredLine>;

export const StoredOrder = Order.extend({ lines: z.array(StoredLine) });
export type StoredOrder = z.infer<typeof StoredOrder>;

/** Items of an order not stored yet (a 宝贝报表 imported before its 订单报表): kept until it arrives. */
export const WaitingLines = z.object({ id: z.string().min(1), lines: z.array(StoredLine) });
export type WaitingLines = z.infer<typeof WaitingLines>;

/** The day of the lines waiting for their orders (no order, so no creation day). */
export const WAITING_DAY = '';

export const OrderDay = z.object({
  /** `day/part`, or `day/open-part` for the day's open orders (rowKey). */
  key: z.string(),
  /** China day of the orders' creation (`YYYY-MM-DD`), or WAITING_DAY. */
  day: z.string(),
  orders: z.array(StoredOrder),
  waiting: z.array(WaitingLines).optional(),
  /** Every order number in the row (orders and waiting lines). */
  ids: z.array(z.string().min(1)),
  /** The latest `paidAt` of its orders; absent when none is paid (so out of every payment range). */
  paidTo: z.number().int().optional(),
  /** 1 when an order is open or has an after-sale to handle (lib/shop/snapshot.ts isOpen); absent otherwise. Open orders have rows of their own, so only those carry it. */
  open: z.literal(1).optional(),
});
export type OrderDay = z.infer<typeof OrderDay>;

const dayNames = new Map<number, string>();

/** The China day of the order's creation; named once per day (formatting a date took 2.4 µs, 100k orders a quarter second). */
export function dayOf(o: Pick<Order, 'createdAt'>): string {
  const start = chinaDayStart(o.createdAt);
  let name = dayNames.get(start);
  if (name === undefined) dayNames.set(start, (name = chinaDay(start)));
  return name;
}

/**
 * Each day's orders are spread over this many rows by order number: an import that changes a few
 * orders on many days (a 售后 export naming 100 orders of the last 90 days) rewrites a sixteenth of
 * those days, not all of them (3.6 s for 100 orders in a 100k shop with one row a day); a first import
 * writes 16 rows a day instead of one, about 0.1 ms each.
 */
export const PARTS = 16;

/**
 * The key of the row of `day` that holds order `id` (FNV-1a of the number, so the same row every time).
 * Open orders go to rows of their own: the alerts read every open order at each recompute and alarm
 * (lib/db/read.ts loadOpen), and an open order in a row of closed ones made them read those too — with
 * after-sales spread over 90 days, nearly every row of a 100k-order shop (0.4 s an alarm, fake-indexeddb).
 * An order that closes moves to the closed row of its day at the write that closes it.
 */
export function rowKey(day: string, id: string, open = false): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return `${day}/${open ? 'open-' : ''}${(hash >>> 0) % PARTS}`;
}

/** The key of the row that holds a stored order. */
export const orderRowKey = (o: Order) => rowKey(dayOf(o), o.id, isOpen(o));

/** The row with this key holding these orders and waiting lines, with what its indexes read. */
export function orderDay(key: string, orders: StoredOrder[], waiting: WaitingLines[] = []): OrderDay {
  let paidTo: number | undefined;
  for (const o of orders) if (o.paidAt !== undefined && (paidTo === undefined || o.paidAt > paidTo)) paidTo = o.paidAt;
  return {
    key,
    day: key.slice(0, key.lastIndexOf('/')),
    orders,
    ...(waiting.length && { waiting }),
    ids: [...orders.map((o) => o.id), ...waiting.map((w) => w.id)],
    ...(paidTo !== undefined && { paidTo }),
    ...(orders.some(isOpen) && { open: 1 as const }),
  };
}

/**
 * A row as a restore reads it: what its indexes read (`day`, `ids`, `paidTo`, `open`) is made again
 * from its orders, whatever the file said, so that an edited backup cannot hide an open order.
 */
export const OrderDayRow = OrderDay.transform((row) => orderDay(row.key, row.orders, row.waiting));

/** A stored order as the rest of ShopLint reads it: the order, and its lines with the order's fields. */
export function splitOrder({ lines, ...order }: StoredOrder): { order: Order; lines: OrderLine[] } {
  return { order, lines: lines.map((l) => withOrder(l, order)) };
}

export function withOrder(line: StoredLine, order: Pick<Order, 'id' | 'status' | 'paidAt'> | undefined, orderId = order?.id ?? ''): OrderLine {
  return { orderId, ...line, status: order?.status ?? 'paid', ...(order?.paidAt !== undefined && { paidAt: order.paidAt }) };
}

/** The line as stored inside its order. */
export function storedLine(line: OrderLine | Omit<OrderLine, 'status'>): StoredLine {
  const { orderId: _o, paidAt: _p, status: _s, ...rest } = line as OrderLine;
  return rest;
}

/** The orders of some day rows, and their lines with the lines waiting for their orders (no payment time). */
export function ordersAndLines(rows: readonly OrderDay[]): { orders: Order[]; lines: OrderLine[] } {
  const orders: Order[] = [];
  const lines: OrderLine[] = [];
  for (const row of rows) {
    for (const stored of row.orders) {
      const split = splitOrder(stored);
      orders.push(split.order);
      lines.push(...split.lines);
    }
    for (const w of row.waiting ?? []) lines.push(...w.lines.map((l) => withOrder(l, undefined, w.id)));
  }
  return { orders, lines };
}
