import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared-data';
import { findEditorFields, readListing, readSkus } from './editor-fields';

/** The fixture page as its runtime renders it: the form template mounted, hashes filled, values set. */
function rendered(fixture: string, values: Record<string, string> = {}, change?: (html: string) => string): Document {
  const html = readFileSync(new URL(`../../test/fixtures/editor/${fixture}`, import.meta.url), 'utf8');
  const { document } = parseHTML(html);
  let form = document.querySelector('template#form')!.innerHTML.replaceAll('{h}', 'k3Xq9');
  if (change) form = change(form);
  const root = document.querySelector('#sell-root, #publish-app, #root')!;
  root.innerHTML = form;
  for (const input of root.querySelectorAll('[data-bind]')) {
    input.setAttribute('value', values[input.getAttribute('data-bind')!] ?? '');
    input.removeAttribute('data-bind');
  }
  // linkedom walks into <template> contents; a browser does not.
  document.querySelectorAll('template').forEach((t) => t.remove());
  return document as unknown as Document;
}

/** The saved 抖店 价格与库存 table (real DOM, ../shared/field), in the field container the page puts it in, prices typed. */
function doudianSkuTable(prices: (i: number) => string): Document {
  const html = readFileSync(sharedPath('field/doudian-create/sku-table.html'), 'utf8');
  const { document } = parseHTML(`<html><body><div attr-field-id="价格与库存">${html}</div></body></html>`);
  [...document.querySelectorAll('td.attr-column-field_price input')].forEach((input, i) => input.setAttribute('value', prices(i)));
  return document as unknown as Document;
}

describe('findEditorFields', () => {
  it('finds the 淘宝 title past the 「使用品牌名」 checkbox and the hidden copy, and the SKU rows by their cell ids', () => {
    const doc = rendered('taobao-publish.html', { title: '冰丝防晒衣', price: '129', sku0price: '129', sku1price: '119', sku0stock: '300' });
    const fields = findEditorFields(doc);
    expect(fields.title?.value).toBe('冰丝防晒衣');
    expect(fields.price?.value).toBe('129');
    expect(fields.skus.map((s) => [s.key, s.name])).toEqual([['0', '冰川白 / 均码'], ['1', '雾霾蓝 / 均码']]);
    // With SKU prices the buyer's price is the lowest of them, whatever the 一口价 says.
    expect(readListing(fields, 'taobao')).toEqual({
      title: '冰丝防晒衣',
      platform: 'taobao',
      category: '女装/女士精品 > 防晒衣',
      price: 119,
      skus: [
        { name: '冰川白 / 均码', price: 129, stock: 300 },
        { name: '雾霾蓝 / 均码', price: 119 },
      ],
    });
  });

  it('reads the 天猫 SKU rows under the DIV header when the cells carry no ids, the spanning 颜色 cell for both its rows', () => {
    const doc = rendered('tmall-publish.html', { title: '冰丝防晒衣', price: '199', p0: '199', p1: '209', p2: '189', p3: '219', q0: '80' });
    // No layout in Node: the copies the page's stylesheet hides are told apart here by that class.
    const fields = findEditorFields(doc, { rendered: (el) => !el.closest('.sell-o-cloned') });
    expect(fields.title?.value).toBe('冰丝防晒衣');
    expect(fields.price?.value).toBe('199');
    expect(fields.skus.map((s) => s.name)).toEqual(['月光白 / M', '月光白 / L', '雾霾蓝 / M', '雾霾蓝 / L']);
    expect(readSkus(fields).map((s) => s.price)).toEqual([199, 209, 189, 219]);
    expect(readListing(fields, 'tmall')).toMatchObject({ price: 189, category: '服饰内衣 > 女装 > 防晒衣' });
  });

  it('finds the 抖店 title by #pg-title-input, never the 导购短标题, and the category without its 修改 link', () => {
    const doc = rendered('douyin-product.html', { title: '冰丝防晒衣', shortTitle: '导购', compareAt: '199' });
    const fields = findEditorFields(doc);
    expect(fields.title?.id).toBe('pg-title-input');
    expect(readListing(fields, 'douyin')).toMatchObject({ title: '冰丝防晒衣', compareAt: 199, category: '服饰内衣 > 女装 > 防晒衣' });
  });

  it('reads the real 抖店 virtual SKU table: rows without a tbody, spec names from the spanning "extra" rows, the lowest price', () => {
    const doc = doudianSkuTable((i) => String(300 - i * 10));
    const fields = findEditorFields(doc);
    expect(fields.virtualSkus).toBe(true);
    expect(fields.skus.map((s) => s.key)).toEqual(['93', '94', '95', '96', '97', '98', '99', '100', '101']);
    expect(fields.skus[0]!.name).toBe('胡桃木床 柔光夜灯带公牛插座 / 1500mm*2000mm / 框架结构');
    // Row 100 starts the next 床垫尺寸 span, drawn by the second extra row.
    expect(fields.skus[7]!.name).toBe('胡桃木床 柔光夜灯带公牛插座 / 1800mm*2000mm / 框架结构');
    // The stock cell's input is a 增/减 change: the stock is the number it shows.
    expect(readSkus(fields)[0]).toEqual({ key: '93', name: fields.skus[0]!.name, price: 300, stock: 0 });
    expect(readListing(fields, 'douyin').price).toBe(220);
  });

  it('reads no price from the real 抖店 table as saved (every price still 0)', () => {
    const doc = doudianSkuTable(() => '0');
    const fields = findEditorFields(doc);
    expect(fields.skus).toHaveLength(9);
    expect(readListing(fields, 'douyin').price).toBeUndefined();
  });

  // Each fallback in turn: the page loses its ids, then its labels, then its placeholders.
  const withoutIds = (html: string) => html.replace(/ id="(sell-field-[^"]*|pg-title-input)"/g, '').replace(/ (attr-field-id|dropdownclassname)="[^"]*"/g, '');
  const withoutLabels = (html: string) => withoutIds(html).replace(/>(\*?)(宝贝标题|商品标题|一口价|价格)</g, '>$1<');
  const withoutPlaceholders = (html: string) => withoutLabels(html).replace(/ placeholder="[^"]*"/g, '');
  it.each([
    ['ids gone → label', withoutIds],
    ['labels gone → placeholder', withoutLabels],
    ['placeholders gone → maxlength', withoutPlaceholders],
  ])('still finds the 淘宝 title, never the 导购标题 nor the hidden copy: %s', (_name, change) => {
    const doc = rendered('taobao-publish.html', { title: '标题', shoppingTitle: '导购' }, change);
    expect(findEditorFields(doc).title?.value).toBe('标题');
  });

  it.each(['tmall-publish.html', 'douyin-product.html'])('finds the title of %s by label alone', (fixture) => {
    const doc = rendered(fixture, { title: '标题' }, withoutIds);
    expect(findEditorFields(doc, { rendered: (el) => !el.closest('.sell-o-cloned') }).title?.value).toBe('标题');
  });

  it('finds nothing on a page without an editor (the 抖店 product list)', () => {
    const html = readFileSync(new URL('../../test/fixtures/editor/douyin-product.html', import.meta.url), 'utf8');
    const { document } = parseHTML(html);
    document.querySelector('#root')!.innerHTML = document.querySelector('template#list')!.innerHTML;
    document.querySelectorAll('template').forEach((t) => t.remove());
    const fields = findEditorFields(document as unknown as Document);
    expect(fields).toEqual({ title: undefined, price: undefined, compareAt: undefined, skus: [], virtualSkus: false, category: undefined, priceSection: undefined });
  });

  it('reads no price from empty or invalid inputs', () => {
    const doc = rendered('taobao-publish.html', { title: 'x', price: 'abc', sku0price: '0' });
    expect(readListing(findEditorFields(doc), 'taobao')).toEqual({ title: 'x', platform: 'taobao', category: '女装/女士精品 > 防晒衣' });
  });

  it('takes the 一口价 when the form has no SKU prices', () => {
    const doc = rendered('taobao-publish.html', { title: 'x', price: '99' });
    expect(readListing(findEditorFields(doc), 'taobao').price).toBe(99);
  });
});
