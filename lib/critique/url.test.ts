import { describe, expect, it } from 'vitest';
import { productPagePlatform } from './url';

describe('productPagePlatform', () => {
  it.each([
    ['https://item.taobao.com/item.htm?id=123', 'taobao'],
    ['https://item.taobao.com/item.htm?spm=a21n57.1&id=685511223344&ns=1', 'taobao'],
    ['https://detail.tmall.com/item.htm?id=456&skuId=1', 'tmall'],
    ['https://haohuo.jinritemai.com/views/product/item2?id=789', 'douyin'],
    ['https://haohuo.jinritemai.com/views/product/detail?id=3612&origin_type=604', 'douyin'],
  ])('%s → %s', (url, platform) => expect(productPagePlatform(url)).toBe(platform));

  it.each([
    'http://item.taobao.com/item.htm?id=123', // not https
    'https://item.taobao.com/item.htm', // no item id
    'https://item.upload.taobao.com/sell/publish.htm?catId=1', // the edit page
    'https://sell.publish.tmall.com/tmall/publish.htm',
    'https://detail.tmall.com/list.htm?id=1',
    'https://fxg.jinritemai.com/ffa/g/create',
    'https://haohuo.jinritemai.com/',
    'https://haohuo.jinritemai.com/views/shop/index?id=1',
    'https://item.taobao.com.evil.example/item.htm?id=1',
    'https://myseller.taobao.com/home.htm',
    'not a url',
  ])('%s is not a product page', (url) => expect(productPagePlatform(url)).toBeUndefined());
});
