import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findEditorFields, readListing } from './editor-fields';

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


describe('findEditorFields', () => {
  it('finds the 淘宝 title, 一口价 and SKU rows by their container ids', () => {
    const doc = rendered('taobao-publish.html', { title: '冰丝防晒衣', price: '129', sku0price: '129', sku1price: '139', sku0stock: '300' });
    const fields = findEditorFields(doc);
    expect(fields.title?.getAttribute('placeholder')).toBe('最多允许输入30个汉字（60字符）');
    expect(fields.price?.value).toBe('129');
    expect(fields.skus.map((s) => s.name)).toEqual(['冰川白 / 均码', '雾霾蓝 / 均码']);
    expect(readListing(fields, 'taobao')).toEqual({
      title: '冰丝防晒衣',
      platform: 'taobao',
      category: '女装/女士精品 > 防晒衣',
      price: 129,
      skus: [
        { name: '冰川白 / 均码', price: 129, stock: 300 },
        { name: '雾霾蓝 / 均码', price: 139 },
      ],
    });
  });

  it('finds the 天猫 price by its label when the container has no id', () => {
    const doc = rendered('tmall-publish.html', { title: '冰丝防晒衣', price: '199', p0: '199', p1: '209' });
    const fields = findEditorFields(doc);
    expect(fields.title?.value).toBe('冰丝防晒衣');
    expect(fields.price?.value).toBe('199');
    expect(fields.skus).toHaveLength(2);
    expect(readListing(fields, 'tmall').category).toBe('服饰内衣 > 女装 > 防晒衣');
  });

  it('finds the 抖店 title by attr-field-id and takes the lowest SKU price as the price', () => {
    const doc = rendered('douyin-product.html', { title: '冰丝防晒衣', p0: '129', p1: '119', compareAt: '199' });
    const fields = findEditorFields(doc);
    expect(fields.title?.getAttribute('placeholder')).toMatch(/^请输入商品标题/);
    expect(fields.price).toBeUndefined();
    expect(readListing(fields, 'douyin')).toMatchObject({ title: '冰丝防晒衣', price: 119, compareAt: 199, category: '服饰内衣 / 女装 / 防晒衣' });
  });

  // Each fallback in turn: the page loses its ids, then its labels, then its placeholders.
  const withoutIds = (html: string) => html.replace(/ id="sell-field-[^"]*"/g, '').replace(/ attr-field-id="[^"]*"/g, '');
  const withoutLabels = (html: string) => withoutIds(html).replace(/>(宝贝标题|商品标题|一口价|价格)</g, '><');
  const withoutPlaceholders = (html: string) => withoutLabels(html).replace(/ placeholder="[^"]*"/g, '');
  it.each([
    ['ids gone → label', withoutIds],
    ['labels gone → placeholder', withoutLabels],
    ['placeholders gone → maxlength', withoutPlaceholders],
  ])('still finds the 淘宝 title, never the 导购标题: %s', (_name, change) => {
    const doc = rendered('taobao-publish.html', { title: '标题', shoppingTitle: '导购' }, change);
    expect(findEditorFields(doc).title?.value).toBe('标题');
  });

  it.each(['tmall-publish.html', 'douyin-product.html'])('finds the title of %s by label alone', (fixture) => {
    const doc = rendered(fixture, { title: '标题' }, withoutIds);
    expect(findEditorFields(doc).title?.value).toBe('标题');
  });

  it('finds nothing on a page without an editor (the 抖店 product list)', () => {
    const html = readFileSync(new URL('../../test/fixtures/editor/douyin-product.html', import.meta.url), 'utf8');
    const { document } = parseHTML(html);
    document.querySelector('#root')!.innerHTML = document.querySelector('template#list')!.innerHTML;
    document.querySelectorAll('template').forEach((t) => t.remove());
    const fields = findEditorFields(document as unknown as Document);
    expect(fields).toEqual({ title: undefined, price: undefined, compareAt: undefined, skus: [] });
  });

  it('reads no price from empty or invalid inputs', () => {
    const doc = rendered('taobao-publish.html', { title: 'x', price: 'abc', sku0price: '0' });
    expect(readListing(findEditorFields(doc), 'taobao')).toEqual({ title: 'x', platform: 'taobao', category: '女装/女士精品 > 防晒衣' });
  });
});
