// Opens the previous schema version with data, upgrades it, and finds every row.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openShopDb, V1_STORES, V2_STORES, V3_STORES, V4_STORES } from './schema';

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
    expect(db.verno).toBe(6);
    expect(await db.orders.count()).toBe(50);
    expect(await db.lines.count()).toBe(orders.reduce((n, o) => n + o.lines.length, 0));
    for (const o of orders) {
      const stored = await db.orders.get(o.id);
      const { lines, ...rest } = o;
      expect(stored).toEqual(rest);
      const storedLines = await db.lines.where('orderId').equals(o.id).sortBy('lineId');
      expect(storedLines).toEqual(lines.map((l) => ({ ...l, orderId: o.id, status: o.status, ...(o.paidAt !== undefined && { paidAt: o.paidAt }) })));
    }
    // The new index answers the sales query.
    expect(await db.lines.where('paidAt').above(0).count()).toBe(orders.filter((o) => o.paidAt).reduce((n, o) => n + o.lines.length, 0));
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
    expect(db.verno).toBe(6);
    expect(await db.products.get('745812369012')).toMatchObject({ title: '冲锋衣' });
    expect((await db.lines.toArray()).filter((l) => l.productId === '745812369012')).toHaveLength(1);
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
    expect(db.verno).toBe(6);
    expect(await db.orders.toArray()).toEqual(orders);
    expect(await db.lines.where('paidAt').above(0).count()).toBe(20);
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
    expect(db.verno).toBe(6);
    expect(await db.products.get('785662595816')).toMatchObject({ cost: 67.75 });
    expect(await db.productStats.count()).toBe(1);
    expect(await db.keywordBanks.count()).toBe(1);
    // audits gain the changedAt index; a record from v4 (no change seen) is kept and stays out of it.
    expect(await db.audits.get('taobao:1')).toMatchObject({ checkedAt: 5 });
    expect(await db.audits.where('changedAt').above(0).count()).toBe(0);
    await db.audits.put({ ...(await db.audits.get('taobao:1'))!, changedAt: 7 });
    expect(await db.audits.where('changedAt').above(0).count()).toBe(1);
    await db.adStats.put({ day: '2026-11-19', productId: '785662595816', spend: 206.4, gmv: 258, orders: 2 });
    await db.commissions.put({ orderId: '6953547102608758621', productId: '3663351654567483326', day: '2026-11-19', paidAt: 1, amount: 99, commission: 49.5, settled: false, refunded: false });
    expect(await db.adStats.where('day').equals('2026-11-19').count()).toBe(1);
    expect(await db.commissions.where('day').equals('2026-11-19').count()).toBe(1);
    await db.trafficSources.put({ day: '2026-11-19', channel: '手淘搜索', paid: false, uv: 70 });
    expect(await db.trafficSources.where('day').equals('2026-11-19').count()).toBe(1);
    db.close();
  });
});
