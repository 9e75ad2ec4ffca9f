// shoplint page in-process: what the extension understands of a saved page (written to a temporary folder).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data';
import { runCli } from '../test-io';

const DIR = mkdtempSync(join(tmpdir(), 'shoplint-page-'));

function run(argv: string[], files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(DIR, name), text);
  return runCli(['page', ...argv.map((a) => (a in files ? join(DIR, a) : a))]);
}

// 千牛 已卖出的宝贝 as the evidence shows it: a header of titles, each order its own table (header row first).
const SOLD = (titles: string[]) => `<html><body><table><thead><tr>${titles.map((t) => `<th>${t}</th>`).join('')}</tr></thead></table>
${['3987654321012345671', '3987654321012345672'].map((id) => `<div class="next-table"><div class="next-table-body"><table><tbody>
<tr><td colspan="4"><span>订单号：<em>${id}</em></span><span>创建时间：2026-05-01 10:00:00</span></td></tr>
<tr><td><div><div><a href="#"><img></a><a>冰丝防晒衣</a></div></div></td><td>¥129.00</td><td>1</td><td>买家已付款</td></tr></tbody></table></div></div>`).join('')}</body></html>`;

describe('shoplint page', () => {
  it('reads every order of a saved 千牛 sold list, ids whole', async () => {
    const { code, stdout } = await run(['sold.html', '--url', 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold', '--format', 'json'], { 'sold.html': SOLD(['宝贝', '单价', '数量', '交易状态']) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ page: 'qianniu-sold', understood: true, missing: [], found: { orders: 2, ids: ['3987654321012345671', '3987654321012345672'] } });
  });

  it('still reads every order when the column titles were renamed: status and quantity found by their text', async () => {
    const { code, stdout } = await run(['sold.html', '--url', 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold', '--format', 'json'], { 'sold.html': SOLD(['货品', '价钱', '件数', '进度']) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).found).toMatchObject({ orders: 2, ids: ['3987654321012345671', '3987654321012345672'] });
  });

  it('says so, and exits 1, when the orders shown cannot be read (the order-number label was renamed)', async () => {
    const { code, stdout } = await run(['sold.html', '--url', 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold'], { 'sold.html': SOLD(['宝贝', '单价', '数量', '交易状态']).replaceAll('订单号：', '交易单号 ') });
    expect(code).toBe(1);
    expect(stdout).toContain('not understood: orders');
  });

  it('reads the real 2025 detail page head (../shared/field/taobao-item-2025)', async () => {
    const parts = ['title', 'price', 'main-image', 'gallery', 'sku-options', 'shop-name'].map((n) => readFileSync(sharedPath(`field/taobao-item-2025/${n}.html`), 'utf8'));
    const { code, stdout } = await run(['item.html', '--url', 'https://item.taobao.com/item.htm?id=751234567890', '--format', 'json'], { 'item.html': `<html><body>${parts.join('')}</body></html>` });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).found).toMatchObject({ layout: 'taobao-2025', price: 1759, mainImages: 5 });
  });

  it('says which editor field it cannot find: the saved 抖店 价格与库存 table alone has no title field', async () => {
    const table = readFileSync(sharedPath('field/doudian-create/sku-table.html'), 'utf8');
    const { code, stdout } = await run(['create.html', '--url', 'https://fxg.jinritemai.com/ffa/g/create', '--format', 'json'], { 'create.html': `<html><body><div attr-field-id="价格与库存">${table}</div></body></html>` });
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ page: 'douyin-editor', missing: ['title'], found: { title: false, skuRows: 9 } });
  });

  it('refuses an address ShopLint does not serve', async () => {
    const { code, stderr } = await run(['x.html', '--url', 'https://example.com/'], { 'x.html': '<html><body></body></html>' });
    expect(code).toBe(2);
    expect(stderr).toContain('not a page ShopLint serves');
  });
});
