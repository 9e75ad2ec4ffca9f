import { describe, expect, it } from 'vitest';
import { editUrl, isDouyinProductList, isQianniuItemList, listSite } from './list-urls';

const examples = {
  isQianniuItemList: [
    'https://myseller.taobao.com/home.htm/SellManage/on_sale',
    'https://myseller.taobao.com/home.htm/SellManage/in_stock?current=2&pageSize=20',
    'https://myseller.taobao.com/home.htm/SellManage/all_items#/',
    'https://qn.taobao.com/home.htm/SellManage/on_sale?spm=a21dvs.23580594.0.0',
    'https://myseller.taobao.com/home.htm/SellManage',
  ],
  isDouyinProductList: [
    'https://fxg.jinritemai.com/ffa/g/list',
    'https://fxg.jinritemai.com/ffa/g/list?tab=onsale&page=2',
    'https://fxg.jinritemai.com/ffa/g/list/',
  ],
};

// Editors, detail pages, other backend pages and look-alikes.
const others = [
  'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=712345678901',
  'https://sell.publish.tmall.com/tmall/publish.htm?catId=50000671',
  'https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456',
  'https://fxg.jinritemai.com/ffa/g/created-report',
  'https://fxg.jinritemai.com/ffa/g/listing-quality',
  'https://fxg.jinritemai.com/ffa/morder/order/list',
  'https://item.taobao.com/item.htm?id=712345678901',
  'https://detail.tmall.com/item.htm?id=698765432109',
  'https://haohuo.jinritemai.com/views/product/detail?id=3701234567890123456',
  'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
  'https://myseller.taobao.com/home.htm/SellManageX/on_sale',
  'https://qn.taobao.com/home.htm/trade-platform/tp/sold',
  'https://myseller.taobao.com.example.com/home.htm/SellManage/on_sale',
  'https://www.taobao.com/home.htm/SellManage/on_sale',
];

const detectors = { isQianniuItemList, isDouyinProductList };

describe('list URL detectors', () => {
  for (const [name, detect] of Object.entries(detectors)) {
    const own = examples[name as keyof typeof examples];
    const foreign = [...others, ...Object.entries(examples).filter(([n]) => n !== name).flatMap(([, urls]) => urls)];
    it.each(own)(`${name} matches %s`, (url) => expect(detect(new URL(url))).toBe(true));
    it.each(foreign)(`${name} does not match %s`, (url) => expect(detect(new URL(url))).toBe(false));
  }

  it('listSite names the backend', () => {
    expect(listSite(new URL(examples.isQianniuItemList[0]!))).toBe('qianniu');
    expect(listSite(new URL(examples.isDouyinProductList[1]!))).toBe('doudian');
    for (const url of others) expect(listSite(new URL(url))).toBeUndefined();
  });

  it('editUrl points at each platform\'s edit page, ids kept as strings', () => {
    expect(editUrl('taobao', '712345678901')).toBe('https://item.upload.taobao.com/sell/v2/publish.htm?itemId=712345678901');
    expect(editUrl('tmall', '698765432109')).toBe('https://sell.publish.tmall.com/tmall/smartpublish.htm?id=698765432109');
    expect(editUrl('douyin', '3701234567890123456')).toBe('https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456');
  });
});
