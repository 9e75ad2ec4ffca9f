import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { byClassPart, descriptionBlocks, imageSource, parseCount, parsePrice, splitParam, tokenHasPart } from './dom';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe('tokenHasPart', () => {
  it.each([
    ['mainTitle--a1B2c', 'mainTitle'],
    ['ItemHeader--mainTitle--3CIjqW5', 'mainTitle'],
    ['goods-title_goodsTitle__h6Tt2', 'goodsTitle'],
    ['Comment--root--k3Jd9', 'Comment--root'],
    ['mainTitle', 'mainTitle'],
  ])('%s has %s', (token, name) => expect(tokenHasPart(token, name)).toBe(true));
  it.each([
    ['mainTitleWrap--a1B2c', 'mainTitle'],
    ['submainTitle--a1B2c', 'mainTitle'],
    ['generalParamsInfoItemTitle--Fo9kK', 'generalParamsInfoItem'],
    ['CommentList--root--x', 'Comment--root'],
  ])('%s does not have %s', (token, name) => expect(tokenHasPart(token, name)).toBe(false));

  it('byClassPart ignores the hash and look-alike classes', () => {
    const d = doc('<p class="x ItemHeader--mainTitle--AAA">a</p><p class="mainTitleWrap--B">b</p><p class="mainTitle--CCC">c</p>');
    expect(byClassPart(d, 'mainTitle').map((p) => p.textContent)).toEqual(['a', 'c']);
  });
});

describe('images', () => {
  it.each([
    ['<img src="data:image/gif;base64,R0l" data-src="//img.alicdn.com/a.jpg">', 'https://img.alicdn.com/a.jpg'],
    ['<img src="https://g.alicdn.com/s.gif" data-ks-lazyload="https://img.alicdn.com/b.jpg">', 'https://img.alicdn.com/b.jpg'],
    ['<img src="/c.jpg">', 'https://item.taobao.com/c.jpg'],
    ['<img src="data:image/gif;base64,R0l">', undefined],
  ])('%s → %s', (html, src) => expect(imageSource(doc(html).querySelector('img')!, 'https://item.taobao.com/item.htm?id=1')).toBe(src));
});

describe('descriptionBlocks', () => {
  it('splits text at block elements and images, in reading order, skipping scripts and hidden parts', () => {
    const d = doc(`<div id="d"><p>怕晒<b>黑</b>？</p><img data-src="https://x/1.jpg" alt="细节"><h3>户外实拍</h3>
      <div><span>第一段</span><br>第二段</div><script>var x = "不是文字"</script><p hidden>隐藏</p><p style="display:none">也隐藏</p></div>`);
    const { blocks, elements } = descriptionBlocks([d.querySelector('#d')!], 'https://item.taobao.com/');
    expect(blocks).toEqual([
      { kind: 'text', text: '怕晒黑？' },
      { kind: 'image', image: { src: 'https://x/1.jpg', alt: '细节' } },
      { kind: 'text', text: '户外实拍' },
      { kind: 'text', text: '第一段' },
      { kind: 'text', text: '第二段' },
    ]);
    expect(elements.map((e) => e.tagName.toLowerCase())).toEqual(['p', 'img', 'h3', 'span', 'div']);
  });
});

describe('numbers as printed', () => {
  it.each([
    ['用户评价 (2000+)', 2000],
    ['商品评价(1.2万)', 12000],
    ['累计评论 12,345', 12345],
    ['3万+', 30000],
    ['(0)', 0],
    ['暂无评价', undefined],
  ])('count %s → %s', (text, n) => expect(parseCount(text)).toBe(n));
  it.each([
    ['¥129.00', 129],
    ['89.9-129', 89.9],
    ['￥ 1,299', 1299],
    ['面议', undefined],
  ])('price %s → %s', (text, n) => expect(parsePrice(text)).toBe(n));
  it('splits label：value', () => {
    expect(splitParam('材质:\u00a0冰丝')).toEqual({ label: '材质', value: '冰丝' });
    expect(splitParam('产地：中国大陆')).toEqual({ label: '产地', value: '中国大陆' });
    expect(splitParam('没有冒号')).toBeUndefined();
  });
});
