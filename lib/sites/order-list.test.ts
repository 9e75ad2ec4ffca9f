import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { orderListPage, readOrderRows, type OrderListPage } from './order-list';
import { parseImport } from '../shop/import/parse';
import { parseChinaTime } from '../shop/time';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/orders');
const NOW = Date.UTC(2026, 4, 6, 4, 0, 0); // 2026-05-06 12:00 China time

/** A fixture page after its own script has rendered list page `page` (timers run at once, the clock fixed). */
function renderedFixture(file: string, page = 0, path = file.startsWith('doudian') ? '/ffa/morder/order/list' : '/home.htm/trade-platform/tp/sold'): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const { document } = parseHTML(html);
  const script = [...document.querySelectorAll('script')].map((s) => s.textContent).join('\n');
  const timers: (() => void)[] = [];
  const FixedDate = class extends Date {
    static override now = () => NOW;
  };
  const location = { pathname: path };
  const history = { pushState: (_s: unknown, _t: string, url: string) => (location.pathname = url) };
  new Function('document', 'setTimeout', 'Date', 'location', 'history', 'addEventListener', script)(document, (f: () => void) => timers.push(f), FixedDate, location, history, () => {});
  timers.shift()!();
  for (let i = 0; i < page; i++) {
    (document.querySelector('[data-testid="next-page"]') as unknown as { onclick(): void }).onclick();
    timers.shift()!();
  }
  return document as unknown as Document;
}

const tableOf = (page: OrderListPage, rows: Record<string, string>[]) => ({
  file: `capture:${page}`,
  headers: [...new Set(rows.flatMap((r) => Object.keys(r)))],
  rows: rows.map((cells, i) => ({ line: i + 1, cells })),
});

describe('orderListPage', () => {
  it.each([
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold', 'qianniu-sold'],
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/sold?tab=wait_send', 'qianniu-sold'],
    ['https://qn.taobao.com/home.htm/trade-platform/tp/sold/', 'qianniu-sold'],
    ['https://myseller.taobao.com/home.htm/trade-platform/tp/order', 'qianniu-sold'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'doudian-orders'],
  ])('%s is %s', (url, page) => expect(orderListPage(new URL(url))).toBe(page));
  it.each([
    'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
    'https://myseller.taobao.com/home.htm/SellManage/all',
    'https://fxg.jinritemai.com/ffa/g/create',
    'https://item.taobao.com/item.htm?id=1',
    'https://trade.taobao.com/home.htm/trade-platform/tp/sold',
  ])('%s is not an order list', (url) => expect(orderListPage(new URL(url))).toBeUndefined());
});

describe('readOrderRows', () => {
  it('reads the 千牛 sold list: one row per item, order facts on each, keyed by the export headers', () => {
    const rows = readOrderRows(renderedFixture('qianniu-sold.html'), 'qianniu-sold');
    expect(rows.map((r) => r['订单编号'])).toEqual(['3987654321012345671', '3987654321012345672', '3987654321012345673', '3987654321012345674', '3987654321012345675']);
    expect(rows[0]).toMatchObject({ 宝贝标题: '冰丝防晒衣女夏季薄款UPF50+户外连帽外套', 价格: '¥129.00', 购买数量: '1', 订单状态: '买家已付款', 买家实际支付金额: '¥129.00', 买家会员名: 'tb_山间小鹿' });
    expect(parseChinaTime(rows[0]!['订单付款时间']!)).toBe(NOW - 52.9 * 3600e3 - ((NOW - 52.9 * 3600e3) % 1000));
    // The tracking line: the time only, not the courier's text after it.
    expect(rows[2]).toMatchObject({ 物流单号: 'YT7432018865201', 订单状态: '卖家已发货' });
    expect(rows[2]!['物流更新时间']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(rows[3]!['订单付款时间']).toBeUndefined();
  });

  it('copies order-level cells to the later item rows of a 千牛 order', () => {
    const rows = readOrderRows(renderedFixture('qianniu-sold.html', 1), 'qianniu-sold');
    const twoItems = rows.filter((r) => r['订单编号'] === '3987654321012345677');
    expect(twoItems).toHaveLength(2);
    expect(twoItems.map((r) => r['宝贝标题'])).toEqual(['三合一冲锋衣男女款防风防水可拆卸抓绒内胆', '户外速干T恤男短袖运动透气圆领']);
    expect(twoItems[1]).toMatchObject({ 订单状态: '卖家已发货', 买家会员名: 'climb_every_day', 买家实际支付金额: '¥528.00' });
    expect(rows.find((r) => r['订单编号'] === '3987654321012345676')).toMatchObject({ 退款状态: '退款中' });
  });

  it('reads the 抖店 order list: receiver lines, x-quantities, tracking', () => {
    const rows = readOrderRows(renderedFixture('doudian-orders.html'), 'doudian-orders');
    expect(rows.map((r) => r['主订单编号'])).toEqual(['6934187250112345601', '6934187250112345602', '6934187250112345603', '6934187250112345604']);
    expect(rows[0]).toMatchObject({ 选购商品: '【山野集】冰丝防晒衣女UPF50+连帽外套', 商品数量: '1', 订单状态: '待发货', 收件人: '李**', 收件人手机号: '138****2468', 订单应付金额: '¥99.00' });
    expect(rows[1]!['商品数量']).toBe('2');
    expect(rows[2]).toMatchObject({ 快递单号: 'JT5021837465921', 订单状态: '已发货' });
    expect(rows[3]!['售后状态']).toBe('退款中');
  });

  it('reads the 抖店 rows by their labels and column titles alone: class names renamed, one order on the page', () => {
    const doc = renderedFixture('doudian-orders.html');
    // A redesign renames every hashed class: the reading does not change.
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', el.getAttribute('class')!.replace(/__\w+/g, '__x9Y8z').replace('mortise-rich-table-row', 'order-row'));
    expect(readOrderRows(doc, 'doudian-orders').map((r) => r['主订单编号'])).toEqual(['6934187250112345601', '6934187250112345602', '6934187250112345603', '6934187250112345604']);
    // A page of one order: its box stops at the order, the page's header and pager stay out.
    const one = renderedFixture('doudian-orders.html');
    [...one.querySelectorAll('.mortise-rich-table-row')].slice(1).forEach((el) => el.remove());
    expect(readOrderRows(one, 'doudian-orders')).toEqual([expect.objectContaining({ 主订单编号: '6934187250112345601', 商品数量: '1', 订单状态: '待发货' })]);
  });

  it('reads the orders through the import parser even when no column title is one it knows (a redesign renamed them)', async () => {
    const doc = renderedFixture('doudian-orders.html');
    doc.querySelectorAll('.mortise-rich-table-header > div').forEach((cell, i) => (cell.textContent = `栏${i}`));
    const rows = readOrderRows(doc, 'doudian-orders');
    expect(rows.map((r) => r['主订单编号'])).toEqual(['6934187250112345601', '6934187250112345602', '6934187250112345603', '6934187250112345604']);
    expect(rows[1]).toMatchObject({ 商品数量: '2', 订单状态: '待发货' });
    const parsed = await parseImport(tableOf('doudian-orders', rows));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.orders).toHaveLength(4);
  });

  it('skips an order whose number has not rendered yet, and a page without the list', () => {
    const { document } = parseHTML(`<table><thead><tr><th>宝贝</th><th>单价</th><th>数量</th><th>交易状态</th></tr></thead></table>
      <table><tbody><tr><td colspan="4"><span>订单号：</span></td></tr><tr><td>冲锋衣</td><td>¥1</td><td>1</td><td>买家已付款</td></tr></tbody></table>`);
    expect(readOrderRows(document as unknown as Document, 'qianniu-sold')).toEqual([]);
    expect(readOrderRows(parseHTML('<p>订单号：1</p>').document as unknown as Document, 'qianniu-sold')).toEqual([]);
  });

  it.each([
    ['qianniu-sold', 'qianniu-sold.html', 'qianniu-orders'],
    ['doudian-orders', 'doudian-orders.html', 'doudian-orders'],
  ] as const)('%s rows go through the import parser without a rejected row', async (page, file, source) => {
    for (const n of [0, 1]) {
      const parsed = await parseImport(tableOf(page, readOrderRows(renderedFixture(file, n), page)));
      expect(parsed.source.id).toBe(source);
      expect(parsed.rejected).toEqual([]);
      expect(parsed.orders.length).toBeGreaterThan(1);
    }
    const first = await parseImport(tableOf(page, readOrderRows(renderedFixture(file), page)));
    const shipped = first.orders.find((o) => o.status === 'shipped')!;
    expect(shipped.trackingAt).toBeLessThan(NOW - 24 * 3600e3);
    expect(shipped.trackingNo).toBeTruthy();
    expect(first.orders.some((o) => o.status === 'paid' && o.paidAt! < NOW - 48 * 3600e3)).toBe(true);
  });
});
