// The extractors on the fixture pages (parsed with linkedom, as the command line does): what a seller
// sees on each page must come out as data, in each layout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { sharedPath } from '../../test/shared-data';
import { extractPage, NotAProductPage, UnknownLayout } from './extract';
import { extractWithReadability } from './extractors/readability';
import { critiquePage } from './index';

const fixture = (name: string) => parseHTML(readFileSync(new URL(`../../test/fixtures/detail/${name}`, import.meta.url), 'utf8')).document as unknown as Document;
const extract = (name: string, url: string) => extractPage(fixture(name), url, {}, extractWithReadability);
const ids = (name: string, url: string) => critiquePage(extract(name, url).model)!.findings.map((f) => f.ruleId).sort();

describe('Taobao/Tmall, current layout (hashed CSS-module classes)', () => {
  const { model, anchors } = extract('taobao-good.html', 'https://item.taobao.com/item.htm?id=123');
  it('reads every part of the page', () => {
    expect(model).toMatchObject({ platform: 'taobao', layout: 'taobao-2023', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', price: 129, shopName: '山野集户外旗舰店' });
    expect(model.mainImages.map((i) => i.src)).toHaveLength(5);
    expect(model.mainImages[0]!.src).toBe('https://img.alicdn.com/imgextra/i1/2200811041/O1CN01mA1pink_!!2200811041.jpg_60x60q90.jpg');
    expect(model.skuOptions).toEqual(['樱花粉', '雾霾蓝', '月光白', 'S', 'M', 'L', 'XL']);
    expect(model.specs).toHaveLength(8);
    expect(model.specs[1]).toEqual({ label: '材质', value: '锦纶92% 氨纶8%' });
    expect(model.reviews).toEqual({ shown: true, count: 2000 });
    expect(model.qa).toEqual({ shown: true, count: 36 });
  });
  it('reads the description in order, lazy data-src images included', () => {
    expect(model.description.map((b) => b.kind)).toEqual(['text', 'image', 'text', 'image', 'text', 'image', 'text', 'text']);
    expect(model.description[1]).toEqual({ kind: 'image', image: { src: 'https://img.alicdn.com/imgextra/i3/2200811041/O1CN01d1detail_!!2200811041.jpg', alt: '冰丝凉感面料细节' } });
    expect(model.description[2]).toEqual({ kind: 'text', text: '户外骑行实拍' });
  });
  it('keeps an anchor for every part a finding can point at', () => {
    for (const where of ['title', 'mainImages', 'specs', 'desc', 'reviews', 'qa']) expect(anchors.has(where), where).toBe(true);
    expect(anchors.get('desc:2')!.textContent).toBe('户外骑行实拍');
  });
  it('a well-made page passes the checklist', () => {
    expect(critiquePage(model)).toMatchObject({ score: 100, findings: [] });
  });
});

describe('Taobao/Tmall, the 2025 layout', () => {
  it('reads the real page head as saved (../shared/field/taobao-item-2025): price after discounts, main images, SKUs, shop', () => {
    const parts = ['title', 'price', 'main-image', 'gallery', 'sku-options', 'shop-name'].map((name) => readFileSync(sharedPath(`field/taobao-item-2025/${name}.html`), 'utf8'));
    const doc = parseHTML(`<html><body>${parts.join('\n')}</body></html>`).document as unknown as Document;
    const { model, anchors } = extractPage(doc, 'https://item.taobao.com/item.htm?id=751234567890', {}, extractWithReadability);
    expect(model).toMatchObject({ layout: 'taobao-2025', title: '胡桃木实木床1.8双人中式现代主卧高箱储物软靠婚床2米*2.2米大床', price: 1759, shopName: '典雅木匠家具工厂店' });
    // Six thumbnails, the first picture twice, and a 参数 tile that is no picture: five main images.
    expect(model.mainImages.map((i) => i.src.replace(/^.*\/O1CN01(\w{6}).*$/, '$1'))).toEqual(['ws4xzf', 'oaPlps', 'Ssxi7D', '2V11w5', 'lrAYtc']);
    expect(model.skuOptions.length).toBeGreaterThan(5);
    expect(anchors.has('mainImages')).toBe(true);
  });

  const { model, anchors } = extract('taobao-2025.html', 'https://item.taobao.com/item.htm?id=123');
  it('reads every part of the fixture page modelled on it', () => {
    expect(model).toMatchObject({ platform: 'taobao', layout: 'taobao-2025', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', price: 119, shopName: '山野集户外旗舰店' });
    expect(model.mainImages).toHaveLength(5);
    expect(model.skuOptions).toEqual(['樱花粉', '雾霾蓝', '月光白', 'M', 'L']);
    expect(model.specs).toHaveLength(8);
    expect(model.specs[0]).toEqual({ label: '材质', value: '锦纶92% 氨纶8%' });
    // The reviews under the 用户评价 tab (no count in the tab's text): the items shown.
    expect(model.reviews).toEqual({ shown: true, count: 3 });
    expect(model.qa).toEqual({ shown: true, count: 2 });
    for (const where of ['title', 'mainImages', 'specs', 'desc', 'reviews', 'qa', 'buy']) expect(anchors.has(where), where).toBe(true);
  });
  it('never reads the sticky bar: its title and price are copies', () => {
    expect(anchors.get('title')!.closest('[class*="ItemHeadFixed--"]')).toBeNull();
    expect(anchors.get('buy')!.closest('[class*="ItemHeadFixed--"]')).toBeNull();
  });
  it('a price without a discount is the highlighted price, with no subPrice beside it', () => {
    const doc = fixture('taobao-2025.html');
    doc.querySelectorAll('[class*="subPrice--"]').forEach((el) => el.remove());
    doc.querySelectorAll('[class*="highlightPrice--"] [class*="text--"]').forEach((el) => (el.textContent = '129'));
    expect(extractPage(doc, 'https://item.taobao.com/item.htm?id=123', {}, extractWithReadability).model.price).toBe(129);
  });
  it('a page rendered in its simple form (only block2-- in the purchase panel) still has its price', () => {
    const doc = fixture('taobao-2025.html');
    doc.querySelectorAll('[class*="beltPrice--"]').forEach((el) => (el.outerHTML = '<div class="block2--Kq1w9"><span class="unit--Vb2x7">￥</span><span class="text--LP7Wf49z">139</span></div>'));
    doc.querySelectorAll('[class*="ItemHeadFixed--"] [class*="highlightPrice--"]').forEach((el) => (el.outerHTML = '<div class="block2--Kq1w9"><span class="unit--Vb2x7">￥</span><span class="text--LP7Wf49z">1</span></div>'));
    expect(extractPage(doc, 'https://item.taobao.com/item.htm?id=123', {}, extractWithReadability).model.price).toBe(139);
  });
  it('a well-made page passes the checklist', () => {
    expect(critiquePage(model)).toMatchObject({ score: 100, findings: [] });
  });
});

describe('Tmall in the same layout, a weak page', () => {
  it('reports what is weak', () => {
    expect(ids('tmall-bad.html', 'https://detail.tmall.com/item.htm?id=456')).toEqual([
      'page-banned-word', 'page-banned-word', 'page-banned-word', 'page-cta', 'page-first-screen', 'page-main-images',
      'page-reviews', 'page-scene-images', 'page-spec-table', 'page-text-only-images',
    ]);
    const { model } = extract('tmall-bad.html', 'https://detail.tmall.com/item.htm?id=456');
    expect(model).toMatchObject({ platform: 'tmall', reviews: { shown: false, count: 0 } });
    expect(critiquePage(model)!.score).toBeLessThan(40);
  });
});

describe('Taobao, older layout (#J_Title, #J_AttrUL, #J_DivItemDesc)', () => {
  const { model, anchors } = extract('taobao-legacy.html', 'https://item.taobao.com/item.htm?id=321');
  it('reads it', () => {
    expect(model).toMatchObject({ layout: 'taobao-legacy', title: '纯棉短袖T恤男夏季宽松圆领打底衫', price: 59, shopName: '棉语男装店', reviews: { shown: true, count: 56 } });
    expect(model.mainImages).toHaveLength(6);
    expect(model.specs).toContainEqual({ label: '上市年份季节', value: '2024年夏季' });
    expect(model.description.filter((b) => b.kind === 'image').map((b) => b.kind === 'image' && b.image.alt)).toEqual(['纯棉面料', '模特上身效果', '尺码参考']);
    expect(anchors.get('title')!.getAttribute('data-title')).toBe(model.title);
  });
  it('flags the shipping-policy opening only', () => {
    expect(ids('taobao-legacy.html', 'https://item.taobao.com/item.htm?id=321')).toEqual(['page-first-screen']);
  });
});

describe('抖音商城', () => {
  const { model } = extract('douyin.html', 'https://haohuo.jinritemai.com/views/product/item2?id=789');
  it('reads it', () => {
    expect(model).toMatchObject({ platform: 'douyin', layout: 'douyin-item', price: 89.9, reviews: { shown: true, count: 12000 }, shopName: '山野集官方旗舰店' });
    expect(model.title).toBe('冰丝防晒衣女夏季薄款UPF50+户外骑行防紫外线连帽外套');
    expect(model.mainImages).toHaveLength(6);
    expect(model.specs).toHaveLength(6);
    expect(model.description.map((b) => b.kind)).toEqual(['text', 'image', 'text', 'image', 'image', 'text']);
  });
  it('finds the claim that needs proof and the missing closing call', () => {
    const critique = critiquePage(model)!;
    expect(critique.findings.map((f) => [f.ruleId, f.where, f.text])).toEqual([
      ['page-banned-word', 'desc:2', '最新'],
      ['page-cta', 'desc:5', undefined],
    ]);
  });
});

describe('block pages and unknown layouts', () => {
  it('recognises a slider verification page and does not critique it', () => {
    const { model } = extract('taobao-blocked.html', 'https://item.taobao.com/item.htm?id=123');
    expect(model.blocked).toBe('slider');
    expect(critiquePage(model)).toBeUndefined();
  });
  it('recognises the punish URL whatever the page says', () => {
    expect(extract('taobao-good.html', 'https://item.taobao.com/item.htm?id=1&x5secdata=abc').model.blocked).toBe('punish');
  });
  it('falls back to Readability for the description of a layout no extractor knows', () => {
    const { model } = extract('tmall-unknown-layout.html', 'https://detail.tmall.com/item.htm?id=999');
    expect(model).toMatchObject({ layout: 'readability', title: '真丝睡衣女夏季短袖套装 桑蚕丝家居服', mainImages: [{ src: 'https://img.alicdn.com/imgextra/i1/4000000001/O1CN01silk_!!4000000001.jpg' }] });
    expect(model.specs).toHaveLength(3);
    const texts = model.description.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(texts[0]).toMatch(/^夏天睡觉总是闷热出汗/);
    expect(texts.join('')).not.toMatch(/天猫首页|© 天猫/);
    expect(model.description.some((b) => b.kind === 'image' && b.image.alt === '居家场景实拍')).toBe(true);
  });
  it('without a fallback, a known layout is read and an unknown one asks for the fallback', () => {
    expect(extractPage(fixture('taobao-good.html'), 'https://item.taobao.com/item.htm?id=1', {}, undefined).model.layout).not.toBe('readability');
    expect(() => extractPage(fixture('tmall-unknown-layout.html'), 'https://detail.tmall.com/item.htm?id=999', {}, undefined)).toThrow(UnknownLayout);
  });
  it('refuses a URL that is not a product page', () => {
    expect(() => extract('taobao-good.html', 'https://item.upload.taobao.com/sell/publish.htm')).toThrow(NotAProductPage);
  });
});
