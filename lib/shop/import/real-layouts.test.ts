// The exports as public parsers, ERP connectors and scripts show them (EVIDENCE.md "Exports"), each
// quirk in a small file written here: .xls with title rows, 无退款申请, 19-digit ids in number cells,
// the 售后 and 退款 exports, the 淘宝助理 CSV with an English header row, per-order promises, masked
// receivers — and the status tables, row by row.
import { describe, expect, it } from 'vitest';
import { readImport } from './index';
import { AFTER_SALE, DOUDIAN_STATUS, QIANNIU_STATUS, afterSale, orderStatus } from './cells';
import { shipPromise } from './promise';
import { phoneProblem, addressProblem } from './receiver';
import { at } from '../alerts/test-alert';
import { xlsFile, xlsxFile } from '../../../test/sheets';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('status tables', () => {
  it.each([
    ['买家已付款，等待卖家发货', 'taobao', 'paid'],
    ['卖家已发货,等待买家确认', 'taobao', 'shipped'],
    ['付款以后用户退款成功，交易自动关闭', 'taobao', 'closed'],
    ['待发货', 'taobao', 'paid'],
    ['备货中', 'douyin', 'paid'],
    ['已完成', 'douyin', 'completed'],
    ['已发出', 'taobao', undefined],
  ] as const)('订单状态 %s (%s) → %s', (text, platform, status) => expect(orderStatus(text, platform)).toBe(status));

  it.each([
    ['无退款申请', 'none'],
    ['-', 'none'],
    ['没有申请退款', 'none'],
    ['买家已经申请退款，等待卖家同意', 'refund-pending'],
    ['买家已经退货，等待卖家确认收货', 'refund-pending'],
    ['卖家已经同意退款，等待买家退货', 'buyer-turn'],
    ['卖家拒绝退款', 'buyer-turn'],
    ['退款成功', 'refunded'],
    ['同意退款，退款成功', 'refunded'],
    ['换货成功', 'exchange'],
    ['售后关闭', 'none'],
    ['待商家处理', 'refund-pending'],
    ['平台介入中', 'dispute'],
    ['退款处理了一半', undefined],
  ] as const)('售后 %s → %s', (text, state) => expect(afterSale(text)).toBe(state));

  it('every table key is a normalised status text (no commas or spaces, so lookups can match it)', () => {
    for (const key of [...Object.keys(AFTER_SALE), ...Object.keys(QIANNIU_STATUS), ...Object.keys(DOUDIAN_STATUS)]) expect(key).toMatch(/^[^，,、。.\s:：]+$/);
  });
});

describe('ids are exact or refused (file, row, column)', () => {
  const header = '订单编号,订单状态,订单创建时间\n';
  it.each([
    ['4.15606E+18', /Excel's scientific form/],
    ['=""', /is empty/],
    // The blanks exports write (抖店 `-`/`--`): taken as ids, every such row merged into one order "-".
    ['-', /is empty/],
    ['--', /is empty/],
    ['null', /is empty/],
  ])('%s', async (id, reason) => {
    const r = await readImport(utf8(`${header}${id},交易成功,2026-11-18 10:50\n`), 'o.csv');
    expect(r.orders).toEqual([]);
    expect(r.rejected).toEqual([{ file: 'o.csv', row: 2, column: '订单编号', reason: expect.objectContaining({ en: expect.stringMatching(reason) }) }]);
  });

  it('a 19-digit id in an XLSX number cell keeps every digit; two such orders stay two', async () => {
    const r = await readImport(
      xlsxFile([
        ['订单编号', '订单状态', '订单创建时间'],
        [{ n: '3912345678903222231' }, '交易成功', '2026-11-18 10:50:00'],
        [{ n: '3912345678903222239' }, '交易成功', '2026-11-18 10:51:00'],
      ]),
      'o.xlsx',
    );
    expect(r.orders.map((o) => o.id)).toEqual(['3912345678903222231', '3912345678903222239']);
  });

  it('an id the file already rounded (E-notation number cell, binary .xls double) is refused, never merged', async () => {
    const rows = [['订单编号', '订单状态', '订单创建时间'], [{ n: '3.9123456789032223E+18' }, '交易成功', '2026-11-18 10:50:00'], [{ n: '3.9123456789032223E+18' }, '交易关闭', '2026-11-18 10:51:00']];
    const r = await readImport(xlsxFile(rows), 'o.xlsx');
    expect(r.orders).toEqual([]);
    expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[2, '订单编号'], [3, '订单编号']]);
    expect(r.rejected[0]!.reason.en).toMatch(/already rounded/);
    const xls = await readImport(xlsFile([['订单编号', '订单状态', '订单创建时间'], [{ n: '3912345678903222231' }, '交易成功', '2026-11-18 10:50:00']]), 'o.xls');
    expect(xls.rejected[0]).toMatchObject({ row: 2, column: '订单编号', reason: expect.objectContaining({ en: expect.stringMatching(/already rounded/) }) });
  });

  it('a JSON number as an id is refused', async () => {
    const r = await readImport(utf8('[{"订单编号":3912345678903222231,"订单状态":"交易成功","订单创建时间":"2026-11-18 10:50"}]'), 'o.json');
    expect(r.rejected[0]).toMatchObject({ row: 1, column: '订单编号', reason: expect.objectContaining({ en: expect.stringMatching(/JSON number/) }) });
  });
});

describe('生意参谋 .xls', () => {
  it('binary .xls, four title rows, header on row 5, 商品ID "-" rows skipped with a notice', async () => {
    const bytes = xlsFile([
      ['生意参谋 | 品类 | 商品排行'],
      ['统计时间：2026-11-19 ~ 2026-11-19'],
      ['终端：所有终端'],
      [],
      ['统计日期', '商品ID', '商品访客数', '商品浏览量', '商品加购人数', '支付买家数', '支付件数', '支付金额', '下单转化率'],
      ['2026-11-19', '612345678901', 1203, 2210, 88, 31, 35, 4550.5, 0.031],
      ['2026-11-19', '-', 15, 20, 0, 0, 0, 0, 0],
    ]);
    const r = await readImport(bytes, '【生意参谋平台】商品_全部_2026-11-19_2026-11-19.xls');
    expect(r.source.id).toBe('sycm-products');
    expect(r.rejected).toEqual([]);
    expect(r.productStats).toEqual([{ day: '2026-11-19', productId: '612345678901', uv: 1203, pv: 2210, cartUsers: 88, buyers: 31, units: 35, gmv: 4550.5 }]);
    expect(r.notices).toEqual([{ file: expect.any(String), row: 0, column: '商品ID', reason: { en: '1 rows with 商品ID "-" skipped: they are not one product', zh: '跳过了 1 行商品ID为“-”的数据：它们不是某一个商品' } }]);
  });
});

describe('new 千牛 宝贝报表 (xlsx)', () => {
  it('无退款申请 is no refund; ids in number cells; the order amount is the sum of its items', async () => {
    const header = ['子订单编号', '主订单编号', '商品标题', '商品价格', '购买数量', '商家编码', '买家应付货款', '买家实付金额', '订单状态', '退款状态', '退款金额', '订单创建时间', '订单付款时间', '商品ID'];
    const r = await readImport(
      xlsxFile([
        header,
        [{ n: '3912345678903222232' }, { n: '3912345678903222231' }, '冲锋衣', 299, 1, 'SYJ-1', 299, 279, '买家已付款，等待卖家发货', '无退款申请', '无退款申请', '2026-11-18 10:50:00', '2026-11-18 10:52:00', { n: '612345678901' }],
        [{ n: '3912345678903222233' }, { n: '3912345678903222231' }, '速干裤', 129, 2, 'SYJ-2', 258, 240, '买家已付款，等待卖家发货', '买家已经申请退款，等待卖家同意', 120, '2026-11-18 10:50:00', '2026-11-18 10:52:00', { n: '612345678902' }],
      ]),
      '宝贝报表.xlsx',
    );
    expect(r.rejected).toEqual([]);
    expect(r.orders).toEqual([expect.objectContaining({ id: '3912345678903222231', status: 'paid', amount: 519, afterSale: 'refund-pending', refundAmount: 120, paidAt: at('2026-11-18 10:52:00') })]);
    expect(r.lines.map((l) => [l.lineId, l.productId, l.amount])).toEqual([
      ['3912345678903222232', '612345678901', 279],
      ['3912345678903222233', '612345678902', 240],
    ]);
  });
});

describe('抖店 售后 export and 千牛 退款 export', () => {
  it('售后: the platform deadline, exchanges, 仲裁, the most urgent request of an order; patches only', async () => {
    const header = '售后单号,订单号,商品单号,商品名称,售后类型,退商品金额（元）,售后状态,售后申请时间,自动处理截止时间,仲裁状态,发货物流状态\n';
    const rows = [
      '\t7001,\t6912345678901234567,\t6912345678901234568,冲锋衣,仅退款,199.00,待商家处理,2026-11-20 08:00:00,2026-11-21 08:00:00,-,已揽收',
      '\t7002,\t6912345678901234567,\t6912345678901234569,速干裤,退货退款,59.00,待商家处理,2026-11-20 09:00:00,2026-11-20 20:00:00,-,已揽收',
      '\t7003,\t6912345678901234570,\t6912345678901234571,帽子,换货,0.00,同意退款，退款成功,2026-11-18 09:00:00,-,-,已签收',
      '\t7004,\t6912345678901234572,\t6912345678901234573,手套,仅退款,39.00,售后处理中,2026-11-19 09:00:00,2026-11-22 09:00:00,仲裁中,待揽收',
    ];
    const r = await readImport(utf8('\uFEFF' + header + rows.join('\n') + '\n'), 'after-sale.csv');
    expect(r.source.id).toBe('doudian-aftersale');
    expect(r.rejected).toEqual([]);
    expect(r.notices).toEqual([]);
    const byId = Object.fromEntries(r.orders.map((o) => [o.id, o]));
    expect(byId['6912345678901234567']).toMatchObject({ afterSale: 'refund-pending', afterSaleAt: at('2026-11-20 09:00:00'), afterSaleDueAt: at('2026-11-20 20:00:00'), refundAmount: 258 });
    expect(byId['6912345678901234567']!.status).toBeUndefined();
    expect(byId['6912345678901234570']).toMatchObject({ afterSale: 'exchange' });
    expect(byId['6912345678901234572']).toMatchObject({ afterSale: 'dispute', afterSaleDueAt: at('2026-11-22 09:00:00'), awaitingPickup: true });
  });

  it('千牛 退款: 卖家已经同意退款，等待买家退货 is the buyer’s turn', async () => {
    const r = await readImport(utf8('订单编号,退款状态,售中或售后,买家退款金额,订单付款时间\n="3912345678901234567",卖家已经同意退款，等待买家退货,售后,99.00,2026-11-17 10:00:00\n="3912345678901234568",买家已经申请退款，等待卖家同意,售中,19.90,2026-11-18 10:00:00\n'), 'refunds.csv');
    expect(r.source.id).toBe('qianniu-refunds');
    expect(r.orders.map((o) => [o.id, o.afterSale])).toEqual([
      ['3912345678901234567', 'buyer-turn'],
      ['3912345678901234568', 'refund-pending'],
    ]);
  });

  it('an after-sale text we do not know is a notice naming row and column, not a guess', async () => {
    const r = await readImport(utf8('订单编号,退款状态,售中或售后,买家退款金额\n="1",退款处理了一半,售后,9.00\n'), 'refunds.csv');
    expect(r.rejected).toEqual([]);
    expect(r.orders[0]!.afterSale).toBeUndefined();
    expect(r.notices).toEqual([{ file: 'refunds.csv', row: 2, column: '退款状态', reason: expect.objectContaining({ en: expect.stringMatching(/"退款处理了一半" is not one we know/) }) }]);
  });
});

describe('淘宝助理 商品 CSV', () => {
  it('version line and English header row above the Chinese one; 数字ID and 宝贝数量', async () => {
    const text = ['version 1.00', 'title,cid,price,num,outer_id,num_id,approve_status', '宝贝名称,宝贝类目,宝贝价格,宝贝数量,商家编码,数字ID,宝贝状态', '冲锋衣男户外防水,50011167,299.00,12,SYJ-1,612345678901,1', '速干裤,50011168,129.00,0,SYJ-2,612345678902,1'].join('\r\n');
    const r = await readImport(utf8(text), 'items.csv');
    expect(r.source.id).toBe('products');
    expect(r.products).toEqual([
      { id: '612345678901', title: '冲锋衣男户外防水', sku: 'SYJ-1', stock: 12, price: 299 },
      { id: '612345678902', title: '速干裤', sku: 'SYJ-2', stock: 0, price: 129 },
    ]);
  });
});

describe('抖店 order export: promises and masked receivers', () => {
  const header = '主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,承诺发货时间,预约发货时间,订单类型,订单状态,售后状态,收件人,收件人手机号,省,市,区,详细地址,快递信息\n';
  const row = (id: string, cells: { promise?: string; booked?: string; type?: string; phone?: string; address?: string; name?: string }) =>
    [id, id + '1', '冲锋衣', '1', '3601234567890123456', '199.00', '2026-11-19 20:01:02', '2026-11-19 20:03:00', cells.promise ?? '-', cells.booked ?? '-', cells.type ?? '普通订单', '待发货', '-', cells.name ?? '张*', cells.phone ?? '138****5678', '四川省', '成都市', '武侯区', cells.address ?? '人民南***', '-']
      .map((c) => `\t${c}`)
      .join(',');
  it('承诺发货时间, 预约发货时间 and 订单类型 become the order’s own deadline', async () => {
    const r = await readImport(
      utf8('\uFEFF' + header + [row('6900000000000000001', { promise: '2026-11-20 20:03:00' }), row('6900000000000000002', { booked: '2026-11-25 12:00:00' }), row('6900000000000000003', { type: '预售订单(15天内发货)' }), row('6900000000000000004', {})].join('\n')),
      'd.csv',
    );
    expect(r.rejected).toEqual([]);
    expect(r.orders.map((o) => [o.shipBasis, o.shipBy])).toEqual([
      ['promise', at('2026-11-20 20:03:00')],
      ['booked', at('2026-11-25 12:00:00')],
      ['presale', at('2026-11-19 20:03:00') + 15 * 86_400_000],
      [undefined, undefined],
    ]);
  });
  it('masked receivers (##…, $$…$$, virtual numbers) are not abnormal; an impossible phone is', async () => {
    const r = await readImport(
      utf8('\uFEFF' + header + [row('6900000000000000005', { name: '##A1b2', phone: '$$Ab12Cd$$', address: '##Zx9' }), row('6900000000000000006', { phone: '13800001234-5678' }), row('6900000000000000007', { phone: '12345' })].join('\n')),
      'd.csv',
    );
    expect(r.orders.map((o) => o.abnormal)).toEqual([undefined, undefined, 'phone']);
  });
});

describe('promise and receiver readers', () => {
  const paidAt = at('2026-11-19 20:03:00');
  it.each([
    [{ orderType: '当日发', paidAt }, { shipBy: at('2026-11-19 23:59:59'), shipBasis: 'same-day' }],
    [{ orderType: '24小时发货', paidAt }, { shipBy: paidAt + 24 * 3_600_000, shipBasis: 'hours' }],
    [{ orderType: '预售订单', paidAt }, { shipBasis: 'presale' }],
    [{ orderType: '全款预售(2周内发货)', paidAt }, { shipBy: paidAt + 14 * 86_400_000, shipBasis: 'presale' }],
    [{ presale: '是', paidAt }, { shipBasis: 'presale' }],
    [{ presale: '否', orderType: '普通订单', paidAt }, undefined],
  ])('%o → %o', (cells, want) => expect(shipPromise(cells)).toEqual(want));

  it('phones and addresses', () => {
    expect(phoneProblem('13800001234-5678')).toBeUndefined();
    expect(phoneProblem('$$Ab12$$')).toBeUndefined();
    expect(phoneProblem("'13812345678")).toBeUndefined();
    expect(phoneProblem('1381234')).toBe('phone');
    expect(addressProblem(['浙江省', '杭州市', '西湖区'], '##Qw12')).toBeUndefined();
    expect(addressProblem(['浙江省', '杭州市', '西湖区'], '不详')).toBe('address');
  });
});
