import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImport } from '../shop/import/index';
import { memoryShopDb } from './memory';
import { fileHash, mergeOrder, writeImports, type ImportFile } from './write';
import { at } from '../shop/alerts/test-alert';
import { productDays } from '../shop/profit';
import type { ShopDb } from './schema';
import { storedLines, storedOrders } from './read';
import { rowKey, WAITING_DAY } from './order-days';

const NOW = at('2026-11-20 10:00:00');
async function file(name: string): Promise<ImportFile> {
  const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/shop/${name}`, import.meta.url)));
  return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
}
async function dump(db: ShopDb) {
  return {
    orders: await storedOrders(db),
    lines: await storedLines(db),
    products: await db.products.toArray(),
    daily: await db.daily.toArray(),
    productStats: await db.productStats.toArray(),
    adPlanDays: await db.adPlanDays.toArray(),
    commissions: await db.commissions.toArray(),
  };
}
async function promo(name: string, text?: string): Promise<ImportFile> {
  const bytes = text !== undefined ? new TextEncoder().encode(text) : new Uint8Array(readFileSync(new URL(`../../test/fixtures/promo/${name}`, import.meta.url)));
  return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
}

describe('writeImports: ad reports and commissions', () => {
  it('stores ad days and commissions, with the import and its repeat', async () => {
    const db = memoryShopDb();
    const files = await Promise.all(['wanxiangtai-products.csv', 'doudian-alliance.csv'].map((n) => promo(n)));
    const summary = await writeImports(db, files, NOW);
    expect(summary).toMatchObject({ adStats: 14, commissions: 10, stats: 0 });
    expect(await db.adPlanDays.get(['2026-11-19', '785662595816', '3301865521'])).toMatchObject({ spend: 150, orders: 2 });
    expect(await db.adPlanDays.get(['2026-11-19', '785662595816', '3302117804'])).toMatchObject({ spend: 56.4, orders: 0 });
    expect(await db.commissions.where('day').equals('2026-11-19').count()).toBe(4);
    const before = await dump(db);
    expect((await writeImports(db, files, NOW + 1)).repeated).toHaveLength(2);
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('a report of the same day again replaces the day; an older commission export cannot undo a refund', async () => {
    const db = memoryShopDb();
    const header = '订单id,商品id,作者账号,支付金额,佣金率,预估佣金支出,实际佣金支出,订单状态,付款时间\n';
    const refunded = await promo('new.csv', header + '1\t,2\t,达人A,99.00,50.00%,49.50,0.00,订单退货退款,2026-11-18 10:00:00\n');
    const older = await promo('old.csv', header + '1\t,2\t,达人A,99.00,50.00%,49.50,0.00,订单付款,2026-11-18 10:00:00\n');
    await writeImports(db, [refunded], NOW);
    await writeImports(db, [older], NOW);
    expect(await db.commissions.get(['1', '2'])).toMatchObject({ refunded: true, commission: 0 });
    const ads = '日期,主体ID,花费,总成交金额,总成交笔数\n';
    await writeImports(db, [await promo('a.csv', ads + '2026-11-18,7,10.00,0,0\n')], NOW);
    await writeImports(db, [await promo('b.csv', ads + '2026-11-18,7,25.50,99.00,1\n')], NOW);
    expect(await db.adPlanDays.toArray()).toEqual([{ day: '2026-11-18', productId: '7', plan: '', spend: 25.5, gmv: 99, orders: 1 }]);
    db.close();
  });

  it("each plan's report keeps its own days: a second 场景's report adds to the product's day, the same plan again replaces", async () => {
    const db = memoryShopDb();
    const ads = '日期,计划ID,主体ID,花费,总成交金额,总成交笔数\n';
    await writeImports(db, [await promo('keywords.csv', ads + '2026-11-18,11,7,10.00,0,0\n')], NOW);
    await writeImports(db, [await promo('whole-shop.csv', ads + '2026-11-18,22,7,30.00,129.00,1\n')], NOW);
    await writeImports(db, [await promo('keywords-again.csv', ads + '2026-11-18,11,7,12.50,0,0\n')], NOW);
    const days = productDays({ adStats: await db.adPlanDays.toArray(), commissions: [], products: [] });
    expect(days).toMatchObject([{ day: '2026-11-18', productId: '7', spendFen: 4250, adGmvFen: 12900, adOrders: 1 }]);
    db.close();
  });
});

describe('writeImports', () => {
  it('importing the same files twice changes nothing', async () => {
    const db = memoryShopDb();
    const files = await Promise.all(['qianniu-orders-legacy.csv', 'doudian-orders.csv', 'products.csv', 'traffic-daily.csv'].map(file));
    const first = await writeImports(db, files, NOW);
    expect(first.orders.added).toBe(files[0]!.parsed.orders.length + files[1]!.parsed.orders.length);
    const before = await dump(db);
    const again = await writeImports(db, files, NOW + 3_600_000);
    expect(again.repeated).toHaveLength(4);
    expect(await dump(db)).toEqual(before);
    // The same data under a different file (renamed, re-exported) changes nothing either.
    const renamed = await writeImports(db, files.map((f) => ({ ...f, hash: f.hash + '-copy' })), NOW + 7_200_000);
    expect(renamed.orders).toEqual({ added: 0, updated: 0, unchanged: first.orders.added });
    expect(await dump(db)).toEqual(before);
    db.close();
  });

  it('the item report replaces the lines guessed from the order report, in either order', async () => {
    const [orders, items] = await Promise.all([file('qianniu-orders-legacy.csv'), file('qianniu-items.xlsx')]);
    const a = memoryShopDb();
    await writeImports(a, [orders], NOW);
    await writeImports(a, [items], NOW);
    const b = memoryShopDb();
    await writeImports(b, [items], NOW);
    await writeImports(b, [orders], NOW);
    const linesA = await storedLines(a);
    expect(linesA.every((l) => !l.derived && l.productId)).toBe(true);
    // The same lines either way; the payment time is the last import's (the legacy CSV drops seconds).
    const linesB = await storedLines(b);
    const withoutTime = (lines: typeof linesA) => lines.map(({ paidAt: _, ...rest }) => rest);
    expect(withoutTime(linesB)).toEqual(withoutTime(linesA));
    linesB.forEach((l, i) => expect(Math.abs((l.paidAt ?? 0) - (linesA[i]!.paidAt ?? 0))).toBeLessThan(60_000));
    // Every line carries its order's payment time for the sales index.
    const paid = (await storedOrders(a)).filter((o) => ['paid', 'shipped', 'completed'].includes(o.status));
    expect(paid.length).toBeGreaterThan(0);
    for (const o of paid) expect(linesA.filter((l) => l.orderId === o.id).every((l) => l.paidAt === o.paidAt)).toBe(true);
  });

  it('lines of the legacy 宝贝报表 wait for their order, then take its time and status', async () => {
    const db = memoryShopDb();
    const [items, orders] = await Promise.all([file('qianniu-items-legacy.csv'), file('qianniu-orders-legacy.csv')]);
    await writeImports(db, [items], NOW);
    expect(await storedOrders(db)).toHaveLength(0);
    expect(await storedLines(db)).toHaveLength(items.parsed.lines.length);
    expect((await storedLines(db)).filter((l) => l.paidAt !== undefined)).toHaveLength(0);
    await writeImports(db, [orders], NOW);
    expect(await storedOrders(db)).toHaveLength(orders.parsed.orders.length);
    expect(await storedLines(db)).toHaveLength(items.parsed.lines.length);
    expect((await storedLines(db)).filter((l) => l.paidAt !== undefined).length).toBeGreaterThan(items.parsed.lines.length / 2);
    // No line waits any more once every order is stored.
    expect((await db.orderDays.toArray()).filter((row) => row.day === WAITING_DAY)).toEqual([]);
  });

  it('an import of thousands of orders (every stored day read at once) stores what the same rows stored in small imports do', async () => {
    // 10,500 orders cross a page of the stored tables; the second export ships some and changes the items of others.
    const first = doudianExport(10_500, 0);
    const second = doudianExport(10_500, 1);
    const inOne = memoryShopDb();
    const inSlices = memoryShopDb();
    const totals = { added: 0, updated: 0, unchanged: 0 };
    for (const [round, text] of [first, second].entries()) {
      const big = await writeImports(inOne, [await csv(text, `big-${round}`)], NOW);
      const rows = text.split('\n');
      const slices = { added: 0, updated: 0, unchanged: 0 };
      for (let i = 1; i < rows.length; i += 2000) {
        const small = await writeImports(inSlices, [await csv([rows[0], ...rows.slice(i, i + 2000)].join('\n'), `slice-${round}-${i}`)], NOW);
        for (const k of ['added', 'updated', 'unchanged'] as const) slices[k] += small.orders[k];
      }
      expect(big.orders).toEqual(slices);
      for (const k of ['added', 'updated', 'unchanged'] as const) totals[k] += big.orders[k];
    }
    expect(totals).toEqual({ added: 10_500, updated: 10_500 / 100, unchanged: 10_500 - 10_500 / 100 });
    const stored = await dump(inOne);
    expect(stored).toEqual(await dump(inSlices));
    expect(stored.lines).toHaveLength(10_500);
    expect(stored.lines.filter((l) => l.lineId.endsWith('-v1'))).toHaveLength(Math.ceil(10_500 / 90));
    inOne.close();
    inSlices.close();
  }, 60_000);

  it('patches without a creation time find their orders: through the index a few at a time, or by reading every day when many', async () => {
    const orders = await csv(doudianExport(2500, 0), 'orders');
    // As a 售后 export or a status update names orders: number and what changed, no times.
    const patch = (from: number, to: number): ImportFile => ({ hash: `completed-${from}`, parsed: { ...orders.parsed, orders: orders.parsed.orders.slice(from, to).map(({ id, platform }) => ({ id, platform, status: 'completed' as const })), lines: [] } });
    const [many, few] = [memoryShopDb(), memoryShopDb()];
    for (const db of [many, few]) await writeImports(db, [orders], NOW);
    expect((await writeImports(many, [patch(0, 2500)], NOW)).orders).toEqual({ added: 0, updated: 2500, unchanged: 0 });
    for (let i = 0; i < 2500; i += 500) expect((await writeImports(few, [patch(i, i + 500)], NOW)).orders).toEqual({ added: 0, updated: 500, unchanged: 0 });
    const stored = await dump(many);
    expect(stored.orders.map((o) => o.status)).toEqual(Array(2500).fill('completed'));
    expect(stored.lines.every((l) => l.status === 'completed')).toBe(true);
    expect(await dump(few)).toEqual(stored);
    many.close();
    few.close();
  });

  it('keeps each order in the row of its day: a later export that moves its creation across midnight moves it, and a day read for a new order keeps its others', async () => {
    const db = memoryShopDb();
    const header = '主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,发货时间,订单状态,售后状态';
    const row = (id: string, created: string) => `${id},${id}-1,冰丝防晒衣,1,3601,99.00,${created},${created},-,待发货,-`;
    await writeImports(db, [await csv([header, row('6901', '2026-11-18 23:59:00'), row('6902', '2026-11-18 12:00:00'), row('6903', '2026-11-19 08:00:00')].join('\n'), 'a')], NOW);
    // The orders of each day, whichever of its rows holds them.
    const days = async () => {
      const byDay: Record<string, string[]> = {};
      for (const row of await db.orderDays.toArray()) (byDay[row.day] ??= []).push(...row.ids);
      return Object.fromEntries(Object.entries(byDay).map(([day, ids]) => [day, ids.sort()]));
    };
    expect(await days()).toEqual({ '2026-11-18': ['6901', '6902'], '2026-11-19': ['6903'] });
    // 6901 re-exported a minute later (a clock fixed upstream); 6904 is new on a day already stored.
    const second = await writeImports(db, [await csv([header, row('6901', '2026-11-19 00:00:30'), row('6904', '2026-11-19 09:00:00')].join('\n'), 'b')], NOW);
    expect(second.orders).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(await days()).toEqual({ '2026-11-18': ['6902'], '2026-11-19': ['6901', '6903', '6904'] });
    expect((await storedOrders(db)).map((o) => o.id)).toEqual(['6901', '6902', '6903', '6904']);
    expect((await storedLines(db)).map((l) => l.lineId)).toEqual(['6901-1', '6902-1', '6903-1', '6904-1']);
    // The rows' marks follow: every order is open (待发货), the latest payment is 6904's.
    expect((await db.orderDays.get(rowKey('2026-11-19', '6904', true)))!).toMatchObject({ day: '2026-11-19', open: 1, paidTo: at('2026-11-19 09:00:00') });
    db.close();
  });

  it('keeps open orders in rows of their own: an order that ships and completes moves to the closed row of its day, and the open rows hold only open orders', async () => {
    const db = memoryShopDb();
    const header = '主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,发货时间,订单状态,售后状态';
    const row = (id: string, status: string, afterSale = '-') => `${id},${id}-1,冰丝防晒衣,1,3601,99.00,2026-11-18 10:00:00,2026-11-18 10:01:00,-,${status},${afterSale}`;
    const openIds = async () => (await db.orderDays.where('open').equals(1).toArray()).flatMap((r) => r.ids).sort();
    await writeImports(db, [await csv([header, row('6901', '待发货'), row('6902', '已完成'), row('6903', '已完成', '售后待处理')].join('\n'), 'a')], NOW);
    expect(await openIds()).toEqual(['6901', '6903']);
    await writeImports(db, [await csv([header, row('6901', '已完成'), row('6902', '已完成'), row('6903', '已完成', '售后待处理')].join('\n'), 'b')], NOW);
    // 6901 completed: it left the open rows; 6903's after-sale is still to handle: it stays.
    expect(await openIds()).toEqual(['6903']);
    expect((await db.orderDays.get(rowKey('2026-11-18', '6901')))!.ids).toContain('6901');
    expect((await storedOrders(db)).map((o) => [o.id, o.status])).toEqual([['6901', 'completed'], ['6902', 'completed'], ['6903', 'completed']]);
    await writeImports(db, [await csv([header, row('6903', '已完成')].join('\n'), 'c')], NOW);
    expect(await openIds()).toEqual([]);
    db.close();
  });

  it('is all or nothing: a write that fails leaves no file of the import behind', async () => {
    const db = memoryShopDb();
    const [orders, products] = await Promise.all([file('doudian-orders.csv'), file('products.csv')]);
    const broken = { ...products, parsed: { ...products.parsed, products: [...products.parsed.products, { id: undefined } as never] } };
    await expect(writeImports(db, [orders, broken], NOW)).rejects.toThrow();
    expect(await dump(db)).toEqual({ orders: [], lines: [], products: [], daily: [], productStats: [], adPlanDays: [], commissions: [] });
    expect(await db.imports.count()).toBe(0);
  });
});

/**
 * A 抖店 order export of `n` orders at fixed times. Version 1 ships every 100th order and gives every
 * 90th a new item (another 子订单编号).
 */
function doudianExport(n: number, version: 0 | 1): string {
  const time = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const rows = ['主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,发货时间,订单状态,售后状态'];
  for (let i = 0; i < n; i++) {
    const paid = NOW - (i % 60) * 86_400_000 - i * 1000;
    const shipped = version === 1 && i % 100 === 0;
    const line = version === 1 && i % 90 === 0 ? `${i}-v1` : `${i}-v0`;
    rows.push([`69${String(i).padStart(17, '0')}`, line, '冰丝防晒衣', '1', `36${i % 500}`, '99.00', time(paid - 60_000), time(paid), shipped ? time(paid + 3_600_000) : '-', shipped ? '已发货' : '待发货', '-'].join(','));
  }
  return rows.join('\n');
}
async function csv(text: string, name: string): Promise<ImportFile> {
  const bytes = new TextEncoder().encode(text);
  return { parsed: await readImport(bytes, `${name}.csv`), hash: await fileHash(bytes) };
}

describe('mergeOrder', () => {
  const base = { id: '1', platform: 'taobao' as const, status: 'shipped' as const, createdAt: 1, paidAt: 2, shippedAt: 3, amount: 10, afterSale: 'none' as const, seenAt: 5 };
  it('an older export does not move an order back', () => {
    expect(mergeOrder(base, { id: '1', platform: 'taobao', status: 'paid', amount: 10 }, 9)).toMatchObject({ status: 'shipped', shippedAt: 3 });
  });
  it('keeps when it was first seen, and what the new row does not say', () => {
    expect(mergeOrder(base, { id: '1', platform: 'taobao', status: 'completed' }, 9)).toMatchObject({ status: 'completed', seenAt: 5, amount: 10 });
  });
  it('closed after payment is allowed', () => {
    expect(mergeOrder({ ...base, status: 'paid' }, { id: '1', platform: 'taobao', status: 'closed' }, 9)!.status).toBe('closed');
  });
  it('cannot create an order without its times', () => {
    expect(mergeOrder(undefined, { id: '1', platform: 'taobao', status: 'paid' }, 9)).toBeUndefined();
  });
});

describe('after-sale from the 售后 export', () => {
  // A 售后 export imported on its own before its orders names orders not stored yet: those requests are
  // counted (summary.unmatched) and not kept; imported together, the order of the files does not matter.
  it('is not overwritten by the order export’s 售后状态: in one import in either order, or imported after the orders', async () => {
    const [orders, afterSale] = await Promise.all([file('doudian-orders.csv'), file('doudian-aftersale.xlsx')]);
    const wanted = new Map(afterSale.parsed.orders.map((o) => [o.id, [o.afterSale, o.afterSaleDueAt]]));
    const early = memoryShopDb();
    expect((await writeImports(early, [afterSale], NOW)).unmatched).toBe(wanted.size);
    early.close();
    for (const files of [[orders, afterSale], [afterSale, orders]]) {
      const together = memoryShopDb();
      await writeImports(together, files, NOW);
      const apart = memoryShopDb();
      if (files[0] === orders) for (const f of files) await writeImports(apart, [f], NOW);
      for (const db of files[0] === orders ? [together, apart] : [together]) {
        const byId = new Map((await storedOrders(db)).map((o) => [o.id, o]));
        expect([...wanted.keys()].map((id) => [byId.get(id)!.afterSale, byId.get(id)!.afterSaleDueAt])).toEqual([...wanted.values()]);
        db.close();
      }
    }
  });
});
