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

const QIANNIU = `<div id="c"><table class="next-table"><thead><tr><th></th><th>宝贝名称</th><th>价格(元)</th><th>库存</th><th>30日销量</th><th>操作</th></tr></thead><tbody>
<tr class="next-table-row itemRow--k2Jd8"><td><input type="checkbox"></td><td><a class="pic--Zx9Qa" href="https://item.taobao.com/item.htm?id=785662595816"><img></a><a class="mainTitle--a1B2c" href="https://item.taobao.com/item.htm?id=785662595816">全网最好的冲锋衣</a><div>ID：785662595816</div></td><td>¥399.00</td><td>12</td><td>1.2万</td><td><a href="https://item.upload.taobao.com/sell/v2/publish.htm?itemId=785662595816">编辑宝贝</a></td></tr>
<tr class="next-table-row"><td></td><td><a href="https://detail.tmall.com/item.htm?id=698765432109&amp;spm=x">天猫 保温杯</a></td><td>¥79.00</td><td>0</td><td>340</td><td></td></tr>
</tbody></table><div class="next-pagination"><button class="next-prev" disabled>上一页</button><button class="next-next">下一页</button></div></div>`;

// 抖店: the header is its own table beside the virtual body; rows carry data-row-key.
const DOUDIAN = `<div class="ecom-g-table"><div class="ecom-g-table-header"><table><thead><tr><th></th><th>商品信息</th><th>价格</th><th>库存</th><th>近30天销量</th><th>操作</th></tr></thead></table></div>
<div class="ecom-g-table-body"><table><tbody><tr aria-hidden="true" style="height:288px"></tr>
<tr class="ecom-g-table-row" data-row-key="3701234567890123456"><td></td><td><img><a href="https://haohuo.jinritemai.com/views/product/detail?id=3701234567890123456">儿童保温杯带吸管</a><div>ID: 3701234567890123456</div></td><td>¥69.00</td><td>500</td><td>97</td><td><a href="/ffa/g/create?product_id=3701234567890123456">编辑</a></td></tr>
</tbody></table></div><ul class="ecom-g-pagination"><li title="下一页" class="ecom-g-pagination-next ecom-g-pagination-disabled"><button aria-label="下一页" disabled>›</button></li></ul></div>`;

describe('readListRows', () => {
  it('千牛: id from the title link, price/stock/sales under their headers, the picture link skipped', () => {
    const { document } = parseHTML(`<html><body>${QIANNIU}</body></html>`);
    const rows = readListRows(document, 'qianniu');
    expect(rows.map(({ row: _row, titleElement: _t, ...r }) => r)).toEqual([
      { id: '785662595816', title: '全网最好的冲锋衣', price: 399, stock: 12, sales30: 12000 },
      { id: '698765432109', title: '天猫 保温杯', price: 79, stock: 0, sales30: 340 },
    ]);
    expect(rows[0]!.titleElement.className).toContain('mainTitle');
    expect(readListRows(document, 'doudian')).toEqual([]);
  });

  it('抖店: a 19-digit id stays exact; headers found in the separate header table', () => {
    const { document } = parseHTML(`<html><body>${DOUDIAN}</body></html>`);
    const [row, ...rest] = readListRows(document, 'doudian');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ id: '3701234567890123456', title: '儿童保温杯带吸管', price: 69, stock: 500, sales30: 97 });
  });

  it('the fixtures print the links and header names the reader looks for', () => {
    for (const [file, site] of [['qianniu-items.html', 'qianniu'], ['doudian-products.html', 'doudian']] as const) {
      const html = readFileSync(join(FIXTURES, file), 'utf8');
      expect(html).toContain(site === 'qianniu' ? 'https://item.taobao.com/item.htm?id=' : 'https://haohuo.jinritemai.com/views/product/detail?id=');
      expect(html).toMatch(site === 'qianniu' ? /<th>价格\(元\)<\/th><th>库存<\/th><th>30日销量<\/th>/ : /<th[^>]*>价格<\/th><th[^>]*>库存<\/th><th[^>]*>近30天销量<\/th>/);
    }
  });
});

describe('nextPageButton', () => {
  it('finds 下一页 by text or aria-label, and nothing on the last page', () => {
    expect(nextPageButton(parseHTML(`<html><body>${QIANNIU}</body></html>`).document)?.className).toBe('next-next');
    expect(nextPageButton(parseHTML(`<html><body>${DOUDIAN}</body></html>`).document)).toBeUndefined();
    const enabled = DOUDIAN.replace(' ecom-g-pagination-disabled', '').replace(' disabled>', '>');
    expect(nextPageButton(parseHTML(`<html><body>${enabled}</body></html>`).document)?.getAttribute('aria-label')).toBe('下一页');
  });
});
