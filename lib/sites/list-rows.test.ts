// The row reader on the list fixtures, rendered the way their scripts render them (linkedom runs no
// scripts, so each fixture's rows are built here from its own markup).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listNumber, nextPageButton, readListRows } from './list-rows';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/list');

describe('listNumber', () => {
  it.each([
    ['¥1,299.00', 1299],
    ['¥39.90~¥199.00', 39.9],
    ['1.2万', 12000],
    ['12,034', 12034],
    [' 0 ', 0],
    ['--', undefined],
    ['', undefined],
  ])('%s → %s', (text, value) => expect(listNumber(text)).toBe(value));
});

// 千牛 as the evidence shows it (goodsListInfo.action.ts): Fusion table, a.title-link, spans ID:… and 编码:…, and the
// Fusion pager labelled 下一页，当前第1页 around an icon.
const QIANNIU = `<div id="c"><div class="next-table"><div class="next-table-header"><table role="table"><thead><tr><th></th><th>商品名称</th><th>价格</th><th>库存</th><th>累计销量</th><th>30日销量</th><th>操作</th></tr></thead></table></div>
<div class="next-table-body"><table role="table"><tbody>
<tr class="next-table-row"><td><input type="checkbox"></td><td label="商品名称"><a href="https://item.taobao.com/item.htm?id=785662595816"><img></a><div><a class="title-link" href="https://item.taobao.com/item.htm?id=785662595816">全网最好的冲锋衣</a><div><span>ID:785662595816</span><span>编码:123</span></div></div></td><td><div class="price-value"><span>399.00</span></div></td><td><div class="quantity-item-label"><span class="quantity">12</span></div></td><td>3.6万</td><td><div class="text-async-label">1.2万</div></td><td><a href="https://item.upload.taobao.com/sell/v2/publish.htm?itemId=785662595816">编辑商品</a></td></tr>
<tr class="next-table-row"><td></td><td><div><a class="title-link" href="javascript:;">天猫 保温杯</a><span>ID:698765432109</span></div></td><td>¥79.00</td><td>0</td><td>1000</td><td>340</td><td></td></tr>
</tbody></table></div></div><div class="next-pagination"><button class="next-btn next-prev" aria-label="上一页，当前第1页" disabled><i class="next-icon"></i></button><button class="next-btn next-pagination-item next-current" aria-label="第1页，共3页">1</button><button class="next-btn next-next" aria-label="下一页，当前第1页"><i class="next-icon"></i></button></div></div>`;

// 抖店: the header is its own table beside the virtual body; the title above ID:… with no product link; product_id= edit links.
const DOUDIAN = `<div class="ecom-g-table"><div class="ecom-g-table-header"><table><thead><tr><th></th><th>商品信息</th><th>价格</th><th>近30天销量</th><th>库存</th><th>审核状态</th><th>创建时间/状态</th><th>操作</th></tr></thead></table></div>
<div class="ecom-g-table-body"><table><tbody><tr aria-hidden="true" style="height:288px"></tr>
<tr class="ecom-g-table-row" data-row-key="3701234567890123456"><td><input type="checkbox"></td><td><div><img><div><div class="style_productName__a7Pq0">儿童保温杯<span>带吸管</span></div><div class="style_productId__m4Lz2">ID:3701234567890123456</div><div>货号：A#1000</div></div></div></td><td>¥69.00</td><td>97</td><td>500</td><td>通过</td><td><div>2026-05-01 10:20</div><span>在售中</span></td><td><a href="/ffa/g/create?product_id=3701234567890123456&amp;entrance=edit">编辑</a></td></tr>
<tr class="ecom-g-table-row" data-row-key="3701234567890228185"><td></td><td><div><div>宝宝辅食机</div></div></td><td>¥239.00</td><td>0</td><td>12</td><td></td><td></td><td><a href="/ffa/g/create?product_id=3701234567890228185">编辑</a></td></tr>
</tbody></table></div><ul class="ecom-g-pagination"><li title="下一页" class="ecom-g-pagination-next ecom-g-pagination-disabled"><button aria-label="下一页" disabled>›</button></li></ul></div>`;

const strip = (rows: ReturnType<typeof readListRows>) => rows.map(({ row: _row, titleElement: _t, ...r }) => r);

describe('readListRows', () => {
  it('千牛: the id from the ID: text, price/stock/sales under their headers, the picture link skipped', () => {
    const { document } = parseHTML(`<html><body>${QIANNIU}</body></html>`);
    const rows = readListRows(document);
    expect(strip(rows)).toEqual([
      { id: '785662595816', title: '全网最好的冲锋衣', price: 399, stock: 12, sales30: 12000 },
      // No product link (a javascript: title link): the title is still the cell's first text, the id its ID: span.
      { id: '698765432109', title: '天猫 保温杯', price: 79, stock: 0, sales30: 340 },
    ]);
    expect(rows[0]!.titleElement.className).toBe('title-link');
  });

  it('抖店: a 19-digit id stays exact, from ID: or the product_id= edit link; the title above it, spans and all', () => {
    const { document } = parseHTML(`<html><body>${DOUDIAN}</body></html>`);
    const rows = readListRows(document);
    expect(strip(rows)).toEqual([
      { id: '3701234567890123456', title: '儿童保温杯带吸管', price: 69, stock: 500, sales30: 97 },
      { id: '3701234567890228185', title: '宝宝辅食机', price: 239, stock: 12, sales30: 0 },
    ]);
    expect(rows[0]!.titleElement.className).toBe('style_productName__a7Pq0');
  });

  it('reads every row of the rebuilt list fixtures, as their scripts print them', () => {
    for (const [file, count] of [['qianniu-items.html', 20], ['doudian-products.html', 50]] as const) {
      const html = readFileSync(join(FIXTURES, file), 'utf8');
      const rowFn = /function row\(it\) \{[\s\S]*?\n  \}/.exec(html)![0];
      const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
      const make = new Function('esc', 'fmtSales', `${rowFn}; return row;`)(esc, String) as (it: object) => string;
      const items = Array.from({ length: count }, (_, i) => ({ id: String(3701234567890123456n + BigInt(i)), title: `测试商品标题第${i}号`, price: 10 + i, stock: i, sales: i * 3, code: `C${i}` }));
      const { document } = parseHTML(`<html><body><table><tbody>${items.map(make).join('')}</tbody></table></body></html>`);
      const rows = readListRows(document);
      expect(rows.map((r) => r.id), file).toEqual(items.map((i) => i.id));
      expect(rows.map((r) => r.title), file).toEqual(items.map((i) => i.title));
    }
  });
});

describe('nextPageButton', () => {
  it('finds 下一页 by the Fusion aria-label 下一页，当前第1页, by text or title, and nothing on the last page', () => {
    expect(nextPageButton(parseHTML(`<html><body>${QIANNIU}</body></html>`).document)?.getAttribute('aria-label')).toBe('下一页，当前第1页');
    expect(nextPageButton(parseHTML(`<html><body>${QIANNIU.replace('aria-label="下一页，当前第1页"', 'aria-label="下一页，当前第3页" disabled')}</body></html>`).document)).toBeUndefined();
    expect(nextPageButton(parseHTML(`<html><body>${DOUDIAN}</body></html>`).document)).toBeUndefined();
    const enabled = DOUDIAN.replace(' ecom-g-pagination-disabled', '').replace(' disabled>', '>');
    expect(nextPageButton(parseHTML(`<html><body>${enabled}</body></html>`).document)?.getAttribute('aria-label')).toBe('下一页');
    expect(nextPageButton(parseHTML('<html><body><a href="#">下一页</a></body></html>').document)?.textContent).toBe('下一页');
    // A 上一页 or a page number is never taken for it.
    expect(nextPageButton(parseHTML('<html><body><button aria-label="上一页，当前第2页"></button><button aria-label="第3页，共3页">3</button></body></html>').document)).toBeUndefined();
  });
});
