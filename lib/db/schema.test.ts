// Opens the previous schema version with data, upgrades it, and finds every row.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openShopDb, V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES } from './schema';
import { lineKey } from '../shop/summaries';
import { storedLines, storedOrders } from './read';
import { rowKey, WAITING_DAY } from './order-days';

describe('Dexie schema upgrades', () => {
  it('v1 → v2: items move out of orders into the lines table, nothing lost', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = new Dexie('shop', deps);
    v1.version(1).stores(V1_STORES);
    const orders = Array.from({ length: 50 }, (_, i) => ({
      id: String(3912345678901234567n + BigInt(i)),
      platform: 'taobao',
      status: i % 2 ? 'paid' : 'closed',
      createdAt: 1_795_000_000_000 + i,
      ...(i % 2 ? { paidAt: 1_795_000_100_000 + i } : {}),
      amount: 100 + i,
      afterSale: 'none',
      seenAt: 1_795_000_000_000,
      lines: Array.from({ length: (i % 3) + 1 }, (_, k) => ({ lineId: String(k + 1), productId: `p${k}`, title: `商品${k}`, qty: k + 1, amount: 10 })),
    }));
    await v1.table('orders').bulkAdd(orders);
    await v1.table('products').bulkAdd([{ id: '745812369012', title: '冲锋衣', stock: 3 }]);
    await v1.table('daily').bulkAdd([{ day: '2026-11-19', uv: 100, buyers: 3, gmv: 300 }]);
    v1.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await storedOrders(db)).toEqual(orders.map(({ lines: _, ...rest }) => rest));
    const lines = await storedLines(db);
    expect(lines).toHaveLength(orders.reduce((n, o) => n + o.lines.length, 0));
    for (const o of orders)
      expect(lines.filter((l) => l.orderId === o.id)).toEqual(o.lines.map((l) => ({ ...l, orderId: o.id, status: o.status, ...(o.paidAt !== undefined && { paidAt: o.paidAt }) })));
    expect(await db.products.get('745812369012')).toEqual({ id: '745812369012', title: '冲锋衣', stock: 3 });
    expect(await db.daily.get('2026-11-19')).toMatchObject({ uv: 100 });
    db.close();
  });

  it('v2 → v5: the keyword bank table is added, every shop row stays', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v2 = new Dexie('shop', deps);
    v2.version(2).stores(V2_STORES);
    await v2.table('products').bulkAdd([{ id: '745812369012', title: '冲锋衣', stock: 3 }]);
    await v2.table('lines').bulkAdd([{ orderId: '3912345678901234567', lineId: '1', productId: '745812369012', title: '冲锋衣', qty: 1, amount: 10, status: 'paid', paidAt: 1 }]);
    v2.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.products.get('745812369012')).toMatchObject({ title: '冲锋衣' });
    expect((await storedLines(db)).filter((l) => l.productId === '745812369012')).toHaveLength(1);
    const bank = { category: 'apparel', dataDate: '2026-04-30', importedAt: '2026-05-01T00:00:00.000Z', source: 'list' as const, keywords: [{ term: '防晒衣' }] };
    await db.keywordBanks.put({ key: '|apparel', category: 'apparel', dataDate: bank.dataDate, bank });
    expect(await db.keywordBanks.where('category').equals('apparel').toArray()).toHaveLength(1);
  });

  it('v2 → v3 and on: the audit tables are added, every shop row stays', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v2 = new Dexie('shop', deps);
    v2.version(2).stores(V2_STORES);
    const orders = Array.from({ length: 20 }, (_, i) => ({ id: String(4012345678901234567n + BigInt(i)), platform: 'douyin', status: 'paid', createdAt: i, paidAt: i + 1, amount: 50, afterSale: 'none', seenAt: 0 }));
    await v2.table('orders').bulkAdd(orders);
    await v2.table('lines').bulkAdd(orders.map((o) => ({ orderId: o.id, lineId: '1', productId: 'p1', title: '保温杯', qty: 1, amount: 50, status: 'paid', paidAt: o.paidAt })));
    await v2.table('alerts').put({ key: 'current', computedAt: 1, alerts: [], metrics: {} });
    v2.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await storedOrders(db)).toEqual(orders);
    expect((await storedLines(db)).filter((l) => l.paidAt !== undefined)).toHaveLength(20);
    expect(await db.alerts.get('current')).toMatchObject({ computedAt: 1 });
    expect(await db.audits.count()).toBe(0);
    await db.audits.put({ key: 'douyin:1', platform: 'douyin', id: '1', title: 't', score: 40, level: 'error', rank: 40, errors: 1, warnings: 0, findings: [], findingIds: [], checkedAt: 1, ruleset: 'x' });
    expect(await db.audits.where('level').equals('error').count()).toBe(1);
    expect(await db.auditDays.count()).toBe(0);
    db.close();
  });

  it('v4 → v5: the ad, commission and traffic-source tables and the audits changedAt index are added, every row of v4 stays', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v4 = new Dexie('shop', deps);
    v4.version(3).stores(V3_STORES);
    v4.version(4).stores(V4_STORES);
    await v4.table('products').bulkAdd([{ id: '785662595816', title: '防晒衣', stock: 3, price: 129, cost: 67.75 }]);
    await v4.table('productStats').bulkAdd([{ day: '2026-11-19', productId: '785662595816', uv: 100, buyers: 3, gmv: 387 }]);
    await v4.table('keywordBanks').put({ key: '|apparel', category: 'apparel', dataDate: '2026-04-30', bank: {} });
    await v4.table('audits').put({ key: 'taobao:1', id: '1', level: 'ok', rank: 290, checkedAt: 5 });
    v4.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.products.get('785662595816')).toMatchObject({ cost: 67.75 });
    expect(await db.productStats.count()).toBe(1);
    expect(await db.keywordBanks.count()).toBe(1);
    // audits gain the changedAt index; a record from v4 (no change seen) is kept and stays out of it.
    expect(await db.audits.get('taobao:1')).toMatchObject({ checkedAt: 5 });
    expect(await db.audits.where('changedAt').above(0).count()).toBe(0);
    await db.audits.put({ ...(await db.audits.get('taobao:1'))!, changedAt: 7 });
    expect(await db.audits.where('changedAt').above(0).count()).toBe(1);
    await db.adPlanDays.put({ day: '2026-11-19', productId: '785662595816', plan: '', spend: 206.4, gmv: 258, orders: 2 });
    await db.commissions.put({ orderId: '6953547102608758621', productId: '3663351654567483326', day: '2026-11-19', paidAt: 1, amount: 99, commission: 49.5, settled: false, refunded: false });
    expect(await db.adPlanDays.where('day').equals('2026-11-19').count()).toBe(1);
    expect(await db.commissions.where('day').equals('2026-11-19').count()).toBe(1);
    await db.trafficSources.put({ day: '2026-11-19', channel: '手淘搜索', paid: false, uv: 70 });
    expect(await db.trafficSources.where('day').equals('2026-11-19').count()).toBe(1);
    db.close();
  });

  it('v5 → v7: every order and line moves into the row of its day, lines waiting for their order too; the indexes find them', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v5 = new Dexie('shop', deps);
    v5.version(5).stores({ ...V3_STORES, ...V4_STORES, ...V5_STORES });
    const DAY = 86_400_000;
    // 2026-11-20 00:00 China time; 3 orders a day over 5 days, the last day's still open, one in a dispute.
    const start = Date.UTC(2026, 10, 19, 16);
    const orders = Array.from({ length: 15 }, (_, i) => ({
      id: String(6900000000000000000n + BigInt(i)),
      platform: 'douyin',
      status: i >= 12 ? 'paid' : 'completed',
      createdAt: start + Math.floor(i / 3) * DAY + i * 60_000,
      paidAt: start + Math.floor(i / 3) * DAY + i * 60_000 + 30_000,
      amount: 99,
      afterSale: i === 4 ? 'dispute' : 'none',
      seenAt: start,
    }));
    const lines = orders.flatMap((o, i) => Array.from({ length: (i % 2) + 1 }, (_, k) => ({ orderId: o.id, lineId: String(k + 1), productId: `p${k}`, title: '防晒衣', qty: 1, amount: 99, status: o.status, paidAt: o.paidAt })));
    const waiting = { orderId: '6999999999999999999', lineId: '1', title: '宝贝报表先到', qty: 2, amount: 10, status: 'paid' };
    await v5.table('orders').bulkAdd(orders);
    await v5.table('lines').bulkAdd([...lines, waiting]);
    await v5.table('products').bulkAdd([{ id: 'p0', title: '防晒衣', stock: 3 }]);
    v5.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('orders');
    expect(db.tables.map((t) => t.name)).not.toContain('lines');
    expect(await storedOrders(db)).toEqual(orders);
    expect(await storedLines(db)).toEqual([...lines, waiting]);
    const rows = await db.orderDays.toArray();
    const daysOf = (list: { day: string }[]) => [...new Set(list.map((r) => r.day))].sort();
    expect(daysOf(rows)).toEqual([WAITING_DAY, '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    // Open orders in rows of their own: the open rows hold only them.
    for (const row of rows) expect(row.key).toBe(rowKey(row.day, row.ids[0]!, row.open === 1));
    expect((await db.orderDays.where('open').equals(1).toArray()).flatMap((row) => row.orders.map((o) => o.id)).sort()).toEqual(orders.filter((o) => o.status === 'paid' || o.afterSale === 'dispute').map((o) => o.id).sort());
    // Each order in its row of its day, found by its number; payment and open orders select the rows.
    expect(await db.orderDays.where('ids').equals(orders[7]!.id).primaryKeys()).toEqual([rowKey('2026-11-22', orders[7]!.id)]);
    expect(await db.orderDays.where('ids').equals(waiting.orderId).primaryKeys()).toEqual([rowKey(WAITING_DAY, waiting.orderId)]);
    expect(daysOf(await db.orderDays.where('open').equals(1).toArray())).toEqual(['2026-11-21', '2026-11-24']);
    expect(daysOf(await db.orderDays.where('paidTo').aboveOrEqual(start + 3 * DAY).toArray())).toEqual(['2026-11-23', '2026-11-24']);
    expect(await db.products.get('p0')).toMatchObject({ stock: 3 });
    db.close();
  });

  it('v5 → v6: the day summaries are built from the stored orders and lines, every row stays', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v5 = new Dexie('shop', deps);
    v5.version(3).stores(V3_STORES);
    v5.version(4).stores(V4_STORES);
    v5.version(5).stores(V5_STORES);
    const day = (d: number, h: number) => Date.parse(`2026-11-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00+08:00`);
    const orders = [
      // 23:30 China time on the 18th is the 18th, though it is the 18th 15:30 UTC.
      { id: '1', platform: 'douyin', status: 'completed', createdAt: day(18, 23) + 1_800_000 - 60_000, paidAt: day(18, 23) + 1_800_000, amount: 99.9, buyer: 'ba', afterSale: 'none', seenAt: 0 },
      { id: '2', platform: 'douyin', status: 'shipped', createdAt: day(18, 9), paidAt: day(18, 9), amount: 100, buyer: 'ba', afterSale: 'refunded', seenAt: 0 },
      { id: '3', platform: 'taobao', status: 'paid', createdAt: day(19, 8), paidAt: day(19, 8), amount: 50, afterSale: 'none', seenAt: 0 },
      // Closed before payment, and unpaid: no sale, no paid order.
      { id: '4', platform: 'taobao', status: 'closed', createdAt: day(19, 8), paidAt: day(19, 8), amount: 70, buyer: 'bb', afterSale: 'none', seenAt: 0 },
      { id: '5', platform: 'taobao', status: 'unpaid', createdAt: day(19, 9), amount: 70, buyer: 'bb', afterSale: 'none', seenAt: 0 },
    ];
    const line = (orderId: string, qty: number, productId = 'p1') => {
      const o = orders.find((x) => x.id === orderId)!;
      return { orderId, lineId: '1', productId, title: '冲锋衣', qty, amount: 10, status: o.status, ...(o.paidAt !== undefined && { paidAt: o.paidAt }) };
    };
    const lines = [line('1', 2), line('2', 1, 'p2'), line('3', 4), line('4', 9), line('5', 9)];
    await v5.table('orders').bulkAdd(orders);
    await v5.table('lines').bulkAdd(lines);
    await v5.table('products').bulkAdd([{ id: 'p1', title: '冲锋衣', stock: 3 }]);
    v5.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await storedOrders(db)).toEqual(orders);
    expect(await storedLines(db)).toHaveLength(lines.length);
    const p1 = lineKey({ productId: 'p1', title: '冲锋衣' });
    const p2 = lineKey({ productId: 'p2', title: '冲锋衣' });
    expect(await db.shopDays.toArray()).toEqual([
      { day: '2026-11-18', orders: 2, refunded: 1, gmvFen: 19_990, anonymous: 0, buyers: ['ba'], buyerOrders: [2], buyerFen: [19_990], products: [p1, p2], units: [2, 1] },
      { day: '2026-11-19', orders: 1, refunded: 0, gmvFen: 5_000, anonymous: 1, buyers: [], buyerOrders: [], buyerFen: [], products: [p1], units: [4] },
    ]);
    expect(await db.alertState.count()).toBe(0);
    db.close();
  });

  it('v5 → v8: ad days move to the table keyed by plan as well, every row with no plan', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v5 = new Dexie('shop', deps);
    v5.version(3).stores(V3_STORES);
    v5.version(4).stores(V4_STORES);
    v5.version(5).stores(V5_STORES);
    const rows = [
      { day: '2026-11-18', productId: '785662595816', title: '防晒衣', spend: 225, impressions: 11040, gmv: 387, orders: 3 },
      { day: '2026-11-19', productId: '785662595816', spend: 206.4, gmv: 258, orders: 2 },
      { day: '2026-11-19', productId: '774720259640', spend: 1076.4, gmv: 4308, orders: 12, carts: 40 },
    ];
    await v5.table('adStats').bulkAdd(rows);
    await v5.table('products').add({ id: '785662595816', title: '防晒衣', stock: 3 });
    v5.close();

    const db = openShopDb('shop', deps);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name)).not.toContain('adStats');
    expect(await db.adPlanDays.toArray()).toEqual(rows.map((row) => ({ ...row, plan: '' })).sort((a, b) => (a.day + a.productId < b.day + b.productId ? -1 : 1)));
    expect(await db.products.count()).toBe(1);
    db.close();
  });
});
