// The parsers on the demo shop's exports (test/fixtures/shop, made by scripts/gen-shop-fixtures.ts)
// and on small files that isolate each quirk of the real exports.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImport, SOURCES } from './index';
import { anyHeaderRow } from './sources';
import { readTable } from '../../tables/read';
import { InputError } from '../../tables/errors';
import { AFTER_SALE, DOUDIAN_STATUS, QIANNIU_STATUS } from './cells';
import { anyCell, anyFile, damaged, fileOf, idCell, resultOrInputError, tableOf } from '../../../test/hostile';
import { at } from '../alerts/test-alert';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/shop/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));

describe('千牛 订单报表 (legacy CSV, GBK)', async () => {
  const r = await readImport(fixture('qianniu-orders-legacy.csv'), 'ExportOrderList.csv');
  it('is recognised as 千牛 orders, every row taken', () => {
    expect(r.source.id).toBe('qianniu-orders');
    expect(r.kind).toBe('orders');
    expect(r.rejected).toEqual([]);
    expect(r.orders.length).toBe(r.rows);
  });
  it('keeps order numbers as the strings inside ="…", beyond 2^53', () => {
    for (const o of r.orders) expect(o.id).toMatch(/^\d{19}$/);
  });
  it('reads statuses written with either comma', () => {
    const statuses = new Set(r.orders.map((o) => o.status));
    expect([...statuses].sort()).toEqual(['closed', 'completed', 'paid', 'shipped', 'unpaid']);
  });
  it('makes one derived line per order from 宝贝标题/宝贝总数量', () => {
    expect(r.lines.every((l) => l.derived)).toBe(true);
    expect(r.lines.length).toBe(r.orders.length);
  });
  it('flags the receiver whose phone cannot be right, and only that one', () => {
    expect(r.orders.filter((o) => o.abnormal).map((o) => o.abnormal)).toEqual(['phone']);
  });
});

describe('千牛 quirks in isolation', () => {
  const header = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,"收货地址 ",联系手机,订单创建时间,"订单付款时间 ","宝贝标题 ",宝贝总数量,退款金额\r\n';
  it('GBK, ="…" ids, trailing header spaces, apostrophe phones, 2026/11/18 10:50 dates, China time', async () => {
    const r = await readImport(
      gbk(header + '="3912345678901234567",tb123,"1,299.00","买家已付款,等待卖家发货",张三,浙江省 杭州市 西湖区 文三路478号(310000),\'13812345678,2026/11/18 10:50,2026/11/18 10:52,冲锋衣,1,0.00\r\n'),
      'orders.csv',
    );
    expect(r.rejected).toEqual([]);
    expect(r.orders[0]).toMatchObject({ id: '3912345678901234567', status: 'paid', amount: 1299, createdAt: at('2026-11-18 10:50:00'), paidAt: at('2026-11-18 10:52:00') });
    expect(r.orders[0]!.abnormal).toBeUndefined();
    expect(r.orders[0]!.buyer).toMatch(/^[0-9a-z]+$/);
    expect(JSON.stringify(r)).not.toContain('13812345678');
    expect(JSON.stringify(r)).not.toContain('张三');
  });
  it('rejects rows it cannot read, naming row and column, and keeps the rest', async () => {
    const r = await readImport(
      utf8(header + '="1",a,10,交易成功,x,浙江省 杭州市 西湖区 文三路478号,13812345678,2026/11/18 10:50,,t,1,0\r\n' + '="2",b,10,已发出,x,浙江省 杭州市 西湖区 文三路478号,13812345678,2026/11/18 10:50,,t,1,0\r\n' + '="3",c,10,交易成功,x,浙江省 杭州市 西湖区 文三路478号,13812345678,昨天,,t,1,0\r\n'),
      'orders.csv',
    );
    expect(r.orders.map((o) => o.id)).toEqual(['1']);
    expect(r.rejected).toEqual([
      { file: 'orders.csv', row: 3, column: '订单状态', reason: { en: 'unknown order status "已发出"', zh: '无法识别的订单状态“已发出”' } },
      { file: 'orders.csv', row: 4, column: '订单创建时间', reason: { en: '"昨天" is not a date and time', zh: '“昨天”不是日期时间' } },
    ]);
  });
});

describe('千牛 current XLSX', () => {
  it('订单报表: Excel date cells are China wall-clock times', async () => {
    const r = await readImport(fixture('qianniu-orders.xlsx'), 'orders.xlsx');
    const legacy = await readImport(fixture('qianniu-orders-legacy.csv'), 'legacy.csv');
    expect(r.rejected).toEqual([]);
    expect(r.orders.map((o) => o.id)).toEqual(legacy.orders.map((o) => o.id));
    // The legacy CSV drops the seconds the XLSX keeps.
    r.orders.forEach((o, i) => expect(Math.abs(o.createdAt! - legacy.orders[i]!.createdAt!)).toBeLessThan(60_000));
  });
  it('宝贝销售明细: one line per 子订单 with 商品ID; the order amount is what its items cost', async () => {
    const r = await readImport(fixture('qianniu-items.xlsx'), 'items.xlsx');
    expect(r.source.id).toBe('qianniu-orders');
    expect(r.rejected).toEqual([]);
    expect(r.lines.length).toBe(r.rows);
    expect(r.lines.every((l) => !l.derived && /^\d{12}$/.test(l.productId ?? '') && /^\d{19}$/.test(l.lineId))).toBe(true);
    const o = r.orders.find((x) => r.lines.filter((l) => l.orderId === x.id).length === 2)!;
    expect(o.amount).toBeCloseTo(r.lines.filter((l) => l.orderId === o.id).reduce((s, l) => s + l.amount, 0), 2);
    expect(new Set(r.orders.map((x) => x.afterSale))).toEqual(new Set(['none', 'refund-pending', 'refunded']));
  });
  it('宝贝报表 (legacy, no times): lines and statuses, but no order amount to overwrite', async () => {
    const r = await readImport(fixture('qianniu-items-legacy.csv'), 'items.csv');
    expect(r.rejected).toEqual([]);
    expect(r.orders.every((o) => o.createdAt === undefined && o.amount === undefined)).toBe(true);
    expect(r.lines.every((l) => l.sku?.startsWith('SYJ-TB-'))).toBe(true);
  });
});

describe('after-sale and refund exports', () => {
  it('抖店 售后 (xlsx, ids in number cells): every request with its platform deadline', async () => {
    const r = await readImport(fixture('doudian-aftersale.xlsx'), 'after-sale.xlsx');
    const orders = await readImport(fixture('doudian-orders.csv'), 'orders.csv');
    expect(r.source.id).toBe('doudian-aftersale');
    expect(r.rejected).toEqual([]);
    expect(r.notices).toEqual([]);
    const pending = r.orders.filter((o) => o.afterSale === 'refund-pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((o) => o.afterSaleDueAt! - o.afterSaleAt! === 48 * 3_600_000)).toBe(true);
    // Every request names an order of the order export.
    for (const o of r.orders) expect(orders.orders.some((x) => x.id === o.id)).toBe(true);
  });
  it('千牛 退款 (GBK): statuses and 售中/售后', async () => {
    const r = await readImport(fixture('qianniu-refunds.csv'), 'refunds.csv');
    expect(r.source.id).toBe('qianniu-refunds');
    expect(r.rejected).toEqual([]);
    expect(new Set(r.orders.map((o) => o.afterSale))).toEqual(new Set(['refund-pending', 'refunded']));
  });
});

describe('抖店 order export', async () => {
  const r = await readImport(fixture('doudian-orders.csv'), 'doudian.csv');
  it('is recognised, UTF-8 with BOM, tab-prefixed cells', () => {
    expect(r.source.id).toBe('doudian-orders');
    expect(r.platform).toBe('douyin');
    expect(r.rejected).toEqual([]);
    for (const o of r.orders) expect(o.id).toMatch(/^69\d{17}$/);
    for (const l of r.lines) expect(l.productId).toMatch(/^36\d{17}$/);
  });
  it('maps 待发货/备货中 to paid, and "-" to empty', () => {
    expect([...new Set(r.orders.map((o) => o.status))].sort()).toEqual(['closed', 'completed', 'paid', 'shipped']);
    expect(r.orders.filter((o) => o.status === 'paid').every((o) => o.shippedAt === undefined && o.trackingNo === undefined)).toBe(true);
  });
  it('reads 售后状态 and the masked receivers (张*, ##…/$$…$$ tokens, virtual numbers) without calling them abnormal', () => {
    expect(r.orders.filter((o) => o.afterSale === 'dispute')).toHaveLength(1);
    expect(r.orders.filter((o) => o.abnormal).map((o) => o.abnormal)).toEqual(['address']);
  });
  it('every paid order has its own 承诺发货时间; 预售 orders 7 days; 快递信息 read as the waybill', () => {
    const paid = r.orders.filter((o) => o.paidAt !== undefined);
    expect(paid.every((o) => o.shipBasis === 'promise' || o.shipBasis === 'booked')).toBe(true);
    const spans = new Set(paid.filter((o) => o.shipBasis === 'promise').map((o) => (o.shipBy! - o.paidAt!) / 3_600_000));
    expect([...spans].sort((a, b) => a - b)).toEqual([24, 48, 168]);
    expect(r.orders.filter((o) => o.status === 'shipped').every((o) => /:/.test(o.trackingNo ?? ''))).toBe(true);
  });
  it('thousands commas, "--" and status names in isolation', async () => {
    const header = '主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,发货时间,订单状态,售后状态,收件人,收件人手机号,省,市,区,详细地址\n';
    const row = (status: string, amount: string) => ['6912345678901234567', '6912345678901234568', '冲锋衣', '2', '3601234567890123456', amount, '2026-11-19 20:01:02', '2026-11-19 20:03:00', '--', status, '-', '张*', '138****5678', '四川省', '成都市', '武侯区', '人民南***'].map((c) => `\t${c}`).map((c) => (c.includes(',') ? `"${c}"` : c));
    const file = '\uFEFF' + header + [row('备货中', '1,299.00')].map((r) => r.join(',')).join('\n');
    const parsed = await readImport(utf8(file), 'd.csv');
    expect(parsed.rejected).toEqual([]);
    expect(parsed.orders[0]).toMatchObject({ id: '6912345678901234567', status: 'paid', amount: 1299, paidAt: at('2026-11-19 20:03:00') });
    expect(parsed.orders[0]!.shippedAt).toBeUndefined();
    expect(parsed.lines[0]).toMatchObject({ qty: 2, productId: '3601234567890123456', lineId: '6912345678901234568' });
  });
});

describe('products, 生意参谋 and traffic', () => {
  it('product sheet', async () => {
    const r = await readImport(fixture('products.csv'), 'products.csv');
    expect(r.kind).toBe('products');
    expect(r.products).toHaveLength(30);
    expect(r.products.some((p) => p.replenishDays === 7)).toBe(true);
    expect(r.products.some((p) => p.stock === 0)).toBe(true);
  });
  it('生意参谋 商品排行: a binary .xls, header on row 5, its "-" row skipped and said', async () => {
    const r = await readImport(fixture('sycm-products.xls'), '【生意参谋平台】商品_全部_2026-11-19_2026-11-19.xls');
    expect(r.source.id).toBe('sycm-products');
    expect(r.rejected).toEqual([]);
    expect(r.productStats).toHaveLength(20);
    expect(r.productStats.every((s) => s.day === '2026-11-19' && /^7\d{11}$/.test(s.productId))).toBe(true);
    expect(r.notices.map((n) => n.reason.en)).toEqual(['1 rows with 商品ID "-" skipped: they are not one product']);
  });
  it('生意参谋 CSV with the same headers gives the same numbers ("11,269")', async () => {
    const xls = await readImport(fixture('sycm-products.xls'), 'sycm.xls');
    const csv = await readImport(fixture('sycm-products.csv'), 'sycm.csv');
    expect(csv.productStats).toEqual(xls.productStats);
  });
  it('淘宝助理 CSV: version line and English header row above; the same stock as the seller\'s sheet', async () => {
    const r = await readImport(fixture('taobao-assistant-items.csv'), 'items.csv');
    const sheet = await readImport(fixture('products.csv'), 'products.csv');
    expect(r.rejected).toEqual([]);
    expect(r.products).toHaveLength(20);
    for (const p of r.products) expect(sheet.products.find((x) => x.id === p.id)).toMatchObject({ stock: p.stock, price: p.price, sku: p.sku });
  });
  it('a 生意参谋 file covering several days is refused', async () => {
    const text = '生意参谋 | 商品排行\n统计时间：2026-11-13 ~ 2026-11-19\n\n\n商品ID,商品名称,商品访客数,支付买家数,支付金额\n1,a,"11,269",3,300\n';
    await expect(readImport(utf8(text), 'week.csv')).rejects.toThrow(/week\.csv: covers 2026-11-13 ~ 2026-11-19/);
  });
  it('daily traffic sheet', async () => {
    const r = await readImport(fixture('traffic-daily.csv'), 'traffic.csv');
    expect(r.source.id).toBe('daily-stats');
    expect(r.daily).toHaveLength(30);
    expect(r.daily.at(-1)!.day).toBe('2026-11-19');
    expect(r.daily.every((d) => d.uv > 100 && d.buyers > 0)).toBe(true);
  });
  it('an unknown file is refused by name', async () => {
    await expect(readImport(utf8('名字,年龄\n张三,3\n'), 'people.csv')).rejects.toThrow(/people\.csv: not a recognised export/);
  });
});

describe('readImport (property)', () => {
  const FIXTURES = readdirSync(new URL('../../../test/fixtures/shop/', import.meta.url));
  // The header of every real export in the fixtures, read as the import reads it.
  const headerLists = Promise.all(FIXTURES.map(async (name) => (await readTable(fixture(name), name, anyHeaderRow)).headers.filter(Boolean)));
  // Cells a column of that name holds in a real export, most of the time, so that rows get past their first column.
  const p2 = (n: number) => String(n).padStart(2, '0');
  const time = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`);
  const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
    time,
    count: fc.nat({ max: 2000 }).map(String),
    amount: fc.nat({ max: 10_000_000 }).map((fen) => (fen / 100).toFixed(2)),
    status: fc.constantFrom(...Object.keys(QIANNIU_STATUS), ...Object.keys(DOUDIAN_STATUS)),
    afterSale: fc.constantFrom(...Object.keys(AFTER_SALE)),
  };
  const KIND: Record<string, string> = {
    createdAt: 'time', paidAt: 'time', shippedAt: 'time', trackingAt: 'time', afterSaleAt: 'time', afterSaleDueAt: 'time', promisedAt: 'time', bookedAt: 'time', day: 'time',
    qty: 'count', itemQty: 'count', orderQty: 'count', stock: 'count', uv: 'count', pv: 'count', cartUsers: 'count', buyers: 'count', units: 'count', replenishDays: 'count',
    itemAmount: 'amount', itemPrice: 'amount', amount: 'amount', refundAmount: 'amount', price: 'amount', cost: 'amount', gmv: 'amount',
    status: 'status', afterSale: 'afterSale', refundStatus: 'afterSale',
  };
  const fieldsOf = new Map<string, string[]>();
  for (const s of SOURCES) for (const [field, names] of Object.entries(s.columns)) for (const name of names) fieldsOf.set(name, [...(fieldsOf.get(name) ?? []), field]);
  const isId = (header: string) => (fieldsOf.get(header) ?? []).some((f) => /^(id|lineId|productId|afterSaleId)$/.test(f));
  const cellFor = (header: string) => {
    if (isId(header)) return idCell;
    const kinds = [...new Set((fieldsOf.get(header) ?? []).map((f) => KIND[f]).filter((k) => k !== undefined))];
    if (!kinds.length) return anyCell;
    return fc.oneof({ weight: 4, arbitrary: fc.oneof(...kinds.map((k) => PLAUSIBLE[k]!)).map((cell) => ({ cell })) }, { weight: 1, arbitrary: anyCell });
  };

  // The popup shows every refusal in the seller's language: a Chinese sentence, the cell's own text
  // (quoted “…”) aside. Two English words in a row would be a reason left untranslated.
  const chineseReason = (zh: string) => {
    const own = zh.replace(/“[^”]*”/g, '');
    expect(own).toMatch(/[\u4e00-\u9fff]/);
    expect(own).not.toMatch(/[A-Za-z]{2,}[\s,;:]+[A-Za-z]{2,}/);
  };
  it('every refusal, rejected row and notice has its reason in Chinese too', async () => {
    const lists = await headerLists;
    await fc.assert(
      fc.asyncProperty(fc.oneof(tableOf(lists, cellFor).chain(fileOf), anyFile), async ({ bytes, file }) => {
        try {
          const r = await readImport(bytes, file);
          for (const { reason } of [...r.rejected, ...r.notices]) chineseReason(reason.zh);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          chineseReason(error.localized.zh);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes under any name: a result or InputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(anyFile, ({ bytes, file }) => resultOrInputError(() => readImport(bytes, file)).then(() => undefined)),
      { numRuns: 300 },
    );
  });

  it('a real export damaged (bytes overwritten or cut short): a result or InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES).chain((name) => damaged(fixture(name)).map((bytes) => ({ bytes, name }))), ({ bytes, name }) => resultOrInputError(() => readImport(bytes, name)).then(() => undefined)),
      { numRuns: 150 },
    );
  });

  it('hostile cells under a real header: a result or InputError, and every id is one written in an id cell, exactly', async () => {
    const lists = await headerLists;
    await fc.assert(
      fc.asyncProperty(
        tableOf(lists, cellFor).chain((table) => fileOf(table).map((file) => ({ table, ...file }))),
        async ({ table, bytes, file, exact }) => {
          const r = await resultOrInputError(() => readImport(bytes, file));
          if (!r || !exact) return;
          const written = new Set(table.ids.flat().filter((id): id is string => id !== undefined));
          const ids = [...r.orders.map((o) => o.id), ...r.lines.flatMap((l) => [l.orderId, ...(l.productId ? [l.productId] : [])]), ...r.products.map((p) => p.id), ...r.productStats.map((s) => s.productId)];
          for (const id of ids) {
            expect(typeof id).toBe('string');
            expect(written).toContain(id);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
