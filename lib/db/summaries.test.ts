// The day summaries kept by writeImports, and the alerts judged from them (with the 15-minute alarm's
// shortcut), against the full recompute from the raw rows: random orders, lines, status changes and
// re-imports, judged at random times.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedImport } from '../shop/import/index';
import type { LinePatch, OrderPatch } from '../shop/import/index';
import type { Product } from '../schemas/shop';
import type { ShopSettingsInput } from '../schemas/settings';
import { ShopSettings } from '../schemas/settings';
import { computeAlerts } from '../shop/alerts/run';
import { computeMetrics, orderDays } from '../shop/metrics';
import { isOpen } from '../shop/snapshot';
import { buildDays, daysBetween } from '../shop/summaries';
import { at } from '../shop/alerts/test-alert';
import { memoryShopDb } from './memory';
import { refreshAlerts } from './alerts';
import { loadSnapshot, storedLines, storedOrders } from './read';
import { writeImports } from './write';
import type { ShopDb } from './schema';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = at('2026-11-20 10:00:00');

function parsed(file: string, orders: OrderPatch[], lines: LinePatch[], products: Product[] = []): ParsedImport {
  return { file, source: { id: 'test', kind: 'orders', label: { zh: '测试', en: 'test' } } as never, kind: 'orders', rows: orders.length, orders, lines, products, daily: [], productStats: [], adStats: [], commissions: [], trafficSources: [], rejected: [], notices: [] };
}

/** The full recompute from raw rows: every order and line read, summarised from nothing. */
async function fromRaw(db: ShopDb, now: number, settingsInput: ShopSettingsInput) {
  const settings = ShopSettings.parse(settingsInput);
  const [orders, lines, { snapshot }] = await Promise.all([storedOrders(db), storedLines(db), loadSnapshot(db, now, settings)]);
  const { from, today } = orderDays(now);
  const open = orders.filter(isOpen);
  const promised = Object.keys(settings.shipHours ?? {}).length > 0;
  const waiting = new Set(open.filter((o) => promised && (o.status === 'paid' || o.status === 'shipped')).map((o) => o.id));
  const raw = { ...snapshot, orders: open, lines: lines.filter((l) => waiting.has(l.orderId)), days: daysBetween(buildDays(orders, lines), from, today + '~') };
  return { alerts: computeAlerts(raw, settings), metrics: computeMetrics(raw) };
}

const sortLines = <T extends { orderId: string; lineId: string }>(lines: T[]) => [...lines].sort((a, b) => (a.orderId + a.lineId < b.orderId + b.lineId ? -1 : 1));

const time = fc.integer({ min: -100 * 24, max: 24 }).map((h) => T0 + h * HOUR);
const orderPatch = fc.record(
  {
    id: fc.constantFrom('11', '12', '13', '14', '15', '16', '17', '18'),
    platform: fc.constantFrom('taobao' as const, 'douyin' as const),
    status: fc.constantFrom('unpaid' as const, 'paid' as const, 'shipped' as const, 'completed' as const, 'closed' as const),
    createdAt: time,
    paidAt: time,
    amount: fc.constantFrom(0, 9.9, 99, 150, 250.5),
    buyer: fc.constantFrom('ba', 'bb', 'bc'),
    afterSale: fc.constantFrom('none' as const, 'refund-pending' as const, 'refunded' as const, 'dispute' as const, 'exchange' as const),
    afterSaleAt: time,
    refundAmount: fc.constantFrom(0, 20),
    trackingAt: time,
    awaitingPickup: fc.boolean(),
  },
  { requiredKeys: ['id', 'platform'] },
);
const linePatch = fc.record(
  {
    orderId: fc.constantFrom('11', '12', '13', '14', '15', '16', '17', '18', '19'),
    lineId: fc.constantFrom('1', '2'),
    productId: fc.constantFrom('p1', 'p2'),
    sku: fc.constantFrom('S1', 'S3'),
    title: fc.constantFrom('冲锋衣', ' 冲锋衣', '保温杯'),
    qty: fc.integer({ min: 0, max: 6 }),
    amount: fc.constantFrom(10, 99),
    derived: fc.constant(true),
  },
  { requiredKeys: ['orderId', 'lineId', 'title', 'qty', 'amount'] },
);
const products = fc.subarray([
  { id: 'p1', title: '冲锋衣', sku: 'S1', stock: 0, price: 100, cost: 40 },
  { id: 'p2', title: '保温杯', stock: 30, price: 50 },
  { id: 'p3', title: '冲锋衣', sku: 'S3', stock: 2 },
]);
const step = fc.oneof(
  fc.record({ kind: fc.constant('import' as const), orders: fc.array(orderPatch, { maxLength: 6 }), lines: fc.array(linePatch, { maxLength: 6 }), products: fc.option(products, { nil: undefined }), at: fc.integer({ min: 0, max: 30 * HOUR }) }),
  fc.record({ kind: fc.constant('again' as const), which: fc.nat(), at: fc.integer({ min: 0, max: 30 * HOUR }) }),
  fc.record({ kind: fc.constant('judge' as const), at: fc.integer({ min: 0, max: 30 * HOUR }) }),
);

describe('day summaries', () => {
  it('writes keep them equal to the summaries of the stored rows, and the alerts equal the full recompute', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), fc.constantFrom<ShopSettingsInput>({}, { shipHours: { p1: 24 } }), fc.integer({ min: -3 * 24, max: 3 * 24 }), async (steps, settings, shift) => {
        const db = memoryShopDb();
        const imports: ParsedImport[] = [];
        let now = T0 + shift * HOUR;
        try {
          for (const [i, s] of steps.entries()) {
            now += s.at;
            if (s.kind === 'import') {
              const p = parsed(`f${i}`, s.orders as OrderPatch[], s.lines as LinePatch[], s.products);
              imports.push(p);
              await writeImports(db, [{ parsed: p, hash: `h${i}` }], now);
            } else if (s.kind === 'again' && imports.length) {
              // The same rows again under another name (a re-export): nothing may count twice.
              await writeImports(db, [{ parsed: imports[s.which % imports.length]!, hash: `again${i}` }], now);
            }
            const judged = await refreshAlerts(db, now, settings);
            expect({ alerts: judged.alerts, metrics: judged.metrics }).toEqual(await fromRaw(db, now, settings));
          }
          expect(await db.shopDays.toArray()).toEqual(buildDays(await storedOrders(db), sortLines(await storedLines(db))));
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('refreshAlerts: what the 15-minute alarm judges again', () => {
  const order = (id: string, paidAt: number, fields: Partial<OrderPatch> = {}): OrderPatch => ({ id, platform: 'taobao', status: 'paid', createdAt: paidAt - 60_000, paidAt, amount: 99, buyer: `b${id}`, ...fields });
  const line = (orderId: string, qty: number): LinePatch => ({ orderId, lineId: '1', productId: 'p1', title: '冲锋衣', qty, amount: 99 });
  const setup = async () => {
    const db = memoryShopDb();
    await writeImports(db, [{ parsed: parsed('a', [order('1', T0 - 2 * DAY), order('2', T0 - 3 * DAY, { status: 'completed' })], [line('1', 3), line('2', 2)], [{ id: 'p1', title: '冲锋衣', stock: 1 }]), hash: 'a' }], T0);
    return db;
  };

  it('keeps the whole-day alerts through the day and after an import of today’s orders; judges all on a new day or new data of past days', async () => {
    const db = await setup();
    expect((await refreshAlerts(db, T0)).full).toBe(true);
    expect((await refreshAlerts(db, T0 + 15 * 60_000)).full).toBe(false);
    // Today's orders, one paid and one not: only their deadlines are new.
    await writeImports(db, [{ parsed: parsed('b', [order('3', T0 - 9 * HOUR, { amount: 500 }), order('5', T0, { status: 'unpaid', paidAt: undefined, createdAt: T0 })], [line('3', 5)]), hash: 'b' }], T0 + HOUR);
    const afterToday = await refreshAlerts(db, T0 + 2 * HOUR);
    expect(afterToday.full).toBe(false);
    expect(afterToday.alerts.filter((a) => a.type === 'order-unpaid').map((a) => a.entityId)).toEqual(['5']);
    expect(afterToday.metrics.orders).toBe(4);
    expect({ alerts: afterToday.alerts, metrics: afterToday.metrics }).toEqual(await fromRaw(db, T0 + 2 * HOUR, {}));
    // An order of yesterday: the day's sales changed.
    await writeImports(db, [{ parsed: parsed('c', [order('4', T0 - DAY)], [line('4', 9)]), hash: 'c' }], T0 + 2 * HOUR);
    expect((await refreshAlerts(db, T0 + 3 * HOUR)).full).toBe(true);
    // Settings, a new product sheet, the next day, a new version of the rules.
    expect((await refreshAlerts(db, T0 + 3 * HOUR, { shipHours: { p1: 24 } })).full).toBe(true);
    expect((await refreshAlerts(db, T0 + 4 * HOUR, { shipHours: { p1: 24 } })).full).toBe(false);
    await writeImports(db, [{ parsed: parsed('d', [], [], [{ id: 'p1', title: '冲锋衣', stock: 0 }]), hash: 'd' }], T0 + 4 * HOUR);
    expect((await refreshAlerts(db, T0 + 5 * HOUR)).full).toBe(true);
    expect((await refreshAlerts(db, T0 + DAY)).full).toBe(true);
    expect((await refreshAlerts(db, T0 + DAY, {}, { full: true })).full).toBe(true);
    db.close();
  });
});
