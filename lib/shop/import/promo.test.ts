// The promotion exports (test/fixtures/promo, README there cites the evidence): the 万相台/直通车 report
// summed per product and day, the 抖店 联盟 commission export per order and product — and their bad rows.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImport } from './index';
import { at } from '../alerts/test-alert';
import { xlsxFile } from '../../../test/sheets';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../test/fixtures/promo/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const AD_HEADER = '日期,主体ID,主体名称,花费,展现量,点击量,平均点击花费,总成交金额,总成交笔数,总购物车数,投入产出比';
const COMMISSION_HEADER = '订单id,商品id,商品名称,作者账号,支付金额,佣金率,预估佣金支出,实际佣金支出,订单状态,付款时间';

describe('万相台/直通车 report', () => {
  it('is recognised by its headers; rows of one product, plan and day add up; the 合计 row is skipped', async () => {
    const r = await readImport(fixture('wanxiangtai-products.csv'), 'wanxiangtai-products.csv');
    expect(r.source.id).toBe('alimama-ads');
    expect(r.kind).toBe('ads');
    expect(r.rejected).toEqual([]);
    // 15 rows: 14 days of plans and the 合计; 785662595816 ran in two plans on 11-19: one row each.
    expect(r.adStats).toHaveLength(14);
    expect(r.adStats.filter((s) => s.productId === '785662595816' && s.day === '2026-11-19')).toEqual([
      { day: '2026-11-19', productId: '785662595816', plan: '3301865521', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', spend: 150, impressions: 7420, clicks: 196, gmv: 258, orders: 2, carts: 17 },
      { day: '2026-11-19', productId: '785662595816', plan: '3302117804', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', spend: 56.4, impressions: 2310, clicks: 47, gmv: 0, orders: 0, carts: 3 },
    ]);
    // "1,076.40" and "48,210": thousands separators.
    expect(r.adStats.find((s) => s.productId === '774720259640' && s.day === '2026-11-19')).toMatchObject({ spend: 1076.4, impressions: 48210, gmv: 4308, orders: 12 });
  });

  it('the same report saved in GBK (Excel on a Chinese Windows) reads the same', async () => {
    const text = new TextDecoder().decode(fixture('wanxiangtai-products.csv')).replace(/^\uFEFF/, '');
    const gbk = await readImport(new Uint8Array(iconv.encode(text, 'gbk')), 'gbk.csv');
    expect(gbk.adStats).toEqual((await readImport(fixture('wanxiangtai-products.csv'), 'utf8.csv')).adStats);
  });

  it('reads 20261118 days, ="…" ids and ¥ amounts; sums stay exact in 分', async () => {
    const csv = `${AD_HEADER}\n20261118,="785662595816",防晒衣,¥0.10,10,1,0.10,0,0,0,0\n20261118,="785662595816",防晒衣,¥0.20,10,1,0.20,¥129.00,1,1,645\n`;
    const r = await readImport(utf8(csv), 'ads.csv');
    expect(r.adStats).toEqual([{ day: '2026-11-18', productId: '785662595816', title: '防晒衣', spend: 0.3, impressions: 20, clicks: 2, gmv: 129, orders: 1, carts: 1 }]);
  });

  it('summary rows are skipped; a row naming no product is skipped with a notice', async () => {
    const rows = ['2026-11-18,785662595816,x,10,1,1,1,0,0,0,0', '汇总,,,10,1,1,1,0,0,0,0', '-,-,,10,1,1,1,0,0,0,0', '2026-11-18,-,计划本身,5,1,1,1,0,0,0,0'];
    const r = await readImport(utf8(`${AD_HEADER}\n${rows.join('\n')}\n`), 'ads.csv');
    expect(r.rejected).toEqual([]);
    expect(r.adStats).toHaveLength(1);
    expect(r.notices).toEqual([{ file: 'ads.csv', row: 0, column: '主体ID', reason: { en: '1 rows with no 主体ID/宝贝ID skipped: their spend is not matched to a product', zh: '跳过了 1 行没有主体ID/宝贝ID的数据：其花费对应不到商品' } }]);
  });

  it('a report without a product column is refused with what to download', async () => {
    await expect(readImport(utf8('日期,计划ID,计划名字,花费,总成交金额,总成交笔数\n2026-11-18,1,计划,10,0,0\n'), 'plans.csv')).rejects.toThrow(/plans\.csv: no 主体ID\/宝贝ID\/商品ID column: download the report by 宝贝/);
  });

  it.each([
    ['2026-11-18,785662595816,x,abc,1,1,1,0,0,0,0', '花费', '"abc" is not a number'],
    ['2026-11-18,785662595816,x,10,1,1,1,0,1.5,0,0', '总成交笔数', '"1.5" is not a whole number'],
    ['2026-11-31,785662595816,x,10,1,1,1,0,0,0,0', '日期', 'is not a date'],
  ])('a bad row (%s) is rejected naming row and column', async (row, column, reason) => {
    const r = await readImport(utf8(`${AD_HEADER}\n2026-11-17,785662595816,x,10,1,1,1,0,0,0,0\n${row}\n`), 'ads.csv');
    expect(r.rejected).toEqual([{ file: 'ads.csv', row: 3, column, reason: expect.objectContaining({ en: expect.stringContaining(reason) }) }]);
    expect(r.adStats).toHaveLength(1);
  });
});

describe('抖店 联盟 commission export', () => {
  it('is recognised by its headers; ids lose their tab; settled orders pay the 实际, others the 预估', async () => {
    const r = await readImport(fixture('doudian-alliance.csv'), 'doudian-alliance.csv');
    expect(r.source.id).toBe('doudian-commissions');
    expect(r.kind).toBe('commissions');
    expect(r.rejected).toEqual([]);
    expect(r.commissions).toHaveLength(10);
    expect(r.commissions[0]).toEqual({
      orderId: '6953547102608758621',
      productId: '3608396901219138942',
      day: '2026-11-13',
      paidAt: at('2026-11-13 20:15:07'),
      author: '山野户外小王',
      amount: 369,
      rate: 0.2,
      commission: 73.8,
      settled: true,
      refunded: false,
    });
    const byOrder = new Map(r.commissions.map((c) => [c.orderId, c]));
    // 订单付款: 实际佣金支出 is 0.00 until settlement, so the 预估 is what the order will cost.
    expect(byOrder.get('6953745530871225964')).toMatchObject({ commission: 73.8, settled: false, refunded: false });
    expect(byOrder.get('6953690153377402385')).toMatchObject({ commission: 0, refunded: true });
    // `-`: the shop's own sale, no 达人.
    expect(byOrder.get('6953739044816302215')).toMatchObject({ commission: 0, rate: 0 });
    expect(byOrder.get('6953739044816302215')).not.toHaveProperty('author');
  });

  it('the .xlsx download as the evidence writes it: text cells with a tab after each id, money as text', async () => {
    const header = ['订单id', '商品id', '商品名称', '作者账号', '抖音/火山号', '支付金额', '佣金率', '预估佣金支出', '结算金额', '实际佣金支出', '订单状态', '付款时间', '店铺id', '店铺名称', '商品数量', '订单来源', '流量来源'];
    const row = ['6953547102608758621\t', '3810515145814311090\t', '商品A', '作者A', '66799442664', '169.00', '32.00%', '54.08', '0.00', '0.00', '订单付款', '2026-06-09 21:25:25', '272308913\t', '趣白', '1', '抖音', '视频'];
    const r = await readImport(xlsxFile([header, row]), 'douyin-commission.xlsx');
    expect(r.rejected).toEqual([]);
    expect(r.commissions).toEqual([
      { orderId: '6953547102608758621', productId: '3810515145814311090', day: '2026-06-09', paidAt: at('2026-06-09 21:25:25'), author: '作者A', amount: 169, rate: 0.32, commission: 54.08, settled: false, refunded: false },
    ]);
  });

  it('an export without 付款时间 is refused whole', async () => {
    await expect(readImport(utf8('订单id,商品id,作者账号,支付金额,佣金率,预估佣金支出\n1,2,达人A,99,50%,49.5\n'), 'c.csv')).rejects.toThrow(/c\.csv: no 付款时间 column/);
  });

  it('two rows of one order and product (two SKUs) add up', async () => {
    const rows = ['6953547102608758621\t,3608396901219138942\t,a,达人A,0.10,10.00%,0.01,0.00,订单付款,2026-11-18 10:00:00', '6953547102608758621\t,3608396901219138942\t,a,达人A,0.20,10.00%,0.02,0.00,订单付款,2026-11-18 10:00:00'];
    const r = await readImport(utf8(`${COMMISSION_HEADER}\n${rows.join('\n')}\n`), 'c.csv');
    expect(r.commissions).toEqual([expect.objectContaining({ amount: 0.3, commission: 0.03 })]);
  });

  it.each([
    ['6953547102608758621,3608396901219138942,a,达人A,99.00,150.00%,148.50,0.00,订单付款,2026-11-18 10:00:00', '佣金率', 'rate'],
    ['6953547102608758621,3608396901219138942,a,达人A,99.00,50.00%,49.50,0.00,订单付款,', '付款时间', 'is empty'],
    ['6.95354E+18,3608396901219138942,a,达人A,99.00,50.00%,49.50,0.00,订单付款,2026-11-18 10:00:00', '订单id', "Excel's scientific form"],
  ])('a bad row (%s) is rejected naming row and column', async (row, column, reason) => {
    const r = await readImport(utf8(`${COMMISSION_HEADER}\n${row}\n`), 'c.csv');
    expect(r.rejected).toEqual([{ file: 'c.csv', row: 2, column, reason: expect.objectContaining({ en: expect.stringContaining(reason) }) }]);
  });
});

describe('生意参谋 流量来源', () => {
  it('is recognised under its title rows; one row per channel and day; ad channels are paid, with 花费 and 支付金额', async () => {
    const r = await readImport(fixture('sycm-traffic-sources.csv'), 'sycm-traffic-sources.csv');
    expect(r.source.id).toBe('sycm-traffic');
    expect(r.kind).toBe('stats');
    expect(r.rejected).toEqual([]);
    expect(r.daily).toEqual([]);
    // 9 days × 5 channels; each day's channels add up to that day's 访客数 in traffic-daily.csv.
    expect(r.trafficSources).toHaveLength(45);
    expect(r.trafficSources.filter((s) => s.day === '2026-11-19').reduce((n, s) => n + s.uv, 0)).toBe(286);
    expect(r.trafficSources.find((s) => s.day === '2026-11-19' && s.channel === '效果广告')).toEqual({ day: '2026-11-19', channel: '效果广告', paid: true, uv: 70, buyers: 2, gmv: 152.95, spend: 80.5 });
    expect(r.trafficSources.find((s) => s.day === '2026-11-19' && s.channel === '手淘搜索')).toEqual({ day: '2026-11-19', channel: '手淘搜索', paid: false, uv: 70, buyers: 2, gmv: 480 });
  });

  it('a channel with spend is paid whatever its name; 投产 without 支付金额 gives the money; 合计 is not a channel', async () => {
    const r = await readImport(utf8('日期,流量来源,访客数,花费,投产\n2026-11-19,品销宝,40,"50.00",3\n2026-11-19,手淘搜索,100,-,-\n2026-11-19,合计,140,"50.00",3\n'), 't.csv');
    expect(r.trafficSources).toEqual([
      { day: '2026-11-19', channel: '品销宝', paid: true, uv: 40, gmv: 150, spend: 50 },
      { day: '2026-11-19', channel: '手淘搜索', paid: false, uv: 100 },
    ]);
  });

  it('a row without its channel is refused naming the row and column', async () => {
    const r = await readImport(utf8('日期,流量来源,访客数\n2026-11-19,,40\n2026-11-19,手淘搜索,100\n'), 't.csv');
    expect(r.rejected).toEqual([expect.objectContaining({ file: 't.csv', row: 2, column: '流量来源', reason: expect.objectContaining({ en: expect.stringContaining('empty') }) })]);
    expect(r.trafficSources).toHaveLength(1);
  });
});
