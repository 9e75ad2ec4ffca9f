import { describe, expect, it } from 'vitest';
import { editorPage, editorProductId, isDouyinProductEditor, isTaobaoPublish, isTmallPublish } from './editor-urls';

const examples = {
  isTaobaoPublish: [
    'https://item.upload.taobao.com/sell/publish.htm?catId=50008901',
    'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008901&spm=a21dvs.23580594',
    'https://item.upload.taobao.com/sell/publish.htm?itemId=712345678901',
    'https://item.upload.taobao.com/sell/v2/draft.htm?draftId=88123',
  ],
  isTmallPublish: [
    'https://sell.publish.tmall.com/tmall/publish.htm?catId=50000671',
    'https://sell.publish.tmall.com/tmall/smartpublish.htm?id=698765432109',
  ],
  isDouyinProductEditor: [
    'https://fxg.jinritemai.com/ffa/g/create',
    'https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456',
    'https://fxg.jinritemai.com/ffa/g/create?copyid=3701234567890123456&from=list',
  ],
};

// Pages of the other detectors (product pages, backends, order and product lists) and look-alike hosts.
const others = [
  'https://item.taobao.com/item.htm?id=712345678901',
  'https://detail.tmall.com/item.htm?id=698765432109',
  'https://haohuo.jinritemai.com/views/product/detail?id=3701234567890123456',
  'https://myseller.taobao.com/home.htm/QnworkbenchHome/',
  'https://qn.taobao.com/home.htm/trade-platform/tp/sold',
  'https://fxg.jinritemai.com/ffa/morder/order/list',
  'https://fxg.jinritemai.com/ffa/g/list',
  'https://fxg.jinritemai.com/ffa/g/created-report',
  'https://item.upload.taobao.com/',
  'https://item.upload.taobao.com.example.com/sell/publish.htm',
  'https://upload.taobao.com/sell/publish.htm',
  'https://publish.tmall.com/tmall/publish.htm',
  'https://www.taobao.com/',
];

const detectors = { isTaobaoPublish, isTmallPublish, isDouyinProductEditor };

describe('editor URL detectors', () => {
  for (const [name, detect] of Object.entries(detectors)) {
    const own = examples[name as keyof typeof examples];
    const foreign = [...others, ...Object.entries(examples).filter(([n]) => n !== name).flatMap(([, urls]) => urls)];
    it.each(own)(`${name} matches %s`, (url) => expect(detect(new URL(url))).toBe(true));
    it.each(foreign)(`${name} does not match %s`, (url) => expect(detect(new URL(url))).toBe(false));
  }

  it.each([
    ['https://item.upload.taobao.com/sell/publish.htm?catId=50008901', { platform: 'taobao', mode: 'create' }],
    ['https://item.upload.taobao.com/sell/publish.htm?itemId=712345678901', { platform: 'taobao', mode: 'edit' }],
    ['https://item.upload.taobao.com/sell/v2/draft.htm?draftId=88123', { platform: 'taobao', mode: 'draft' }],
    ['https://sell.publish.tmall.com/tmall/publish.htm?catId=50000671', { platform: 'tmall', mode: 'create' }],
    ['https://sell.publish.tmall.com/tmall/smartpublish.htm?id=698765432109', { platform: 'tmall', mode: 'edit' }],
    ['https://fxg.jinritemai.com/ffa/g/create', { platform: 'douyin', mode: 'create' }],
    ['https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456', { platform: 'douyin', mode: 'edit' }],
    ['https://fxg.jinritemai.com/ffa/g/create?copyid=3701234567890123456', { platform: 'douyin', mode: 'copy' }],
  ])('editorPage(%s)', (url, page) => expect(editorPage(new URL(url))).toEqual(page));

  it.each(others)('editorPage(%s) is undefined', (url) => expect(editorPage(new URL(url))).toBeUndefined());

  it.each([
    ['https://item.upload.taobao.com/sell/publish.htm?itemId=712345678901', '712345678901'],
    ['https://item.upload.taobao.com/sell/v2/publish.htm?itemId=785662595816&spm=a21dvs.23580594', '785662595816'],
    ['https://sell.publish.tmall.com/tmall/smartpublish.htm?id=698765432109', '698765432109'],
    ['https://sell.publish.tmall.com/tmall/publish.htm?itemId=698765432109', '698765432109'],
    ['https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456', '3701234567890123456'],
    // Not an edit page, or not a listing id.
    ['https://item.upload.taobao.com/sell/publish.htm?catId=50008901', undefined],
    ['https://item.upload.taobao.com/sell/v2/draft.htm?draftId=88123', undefined],
    ['https://fxg.jinritemai.com/ffa/g/create?copyid=3701234567890123456&from=list', undefined],
    ['https://fxg.jinritemai.com/ffa/g/create', undefined],
    ['https://item.upload.taobao.com/sell/publish.htm?itemId=', undefined],
    ['https://item.upload.taobao.com/sell/publish.htm?itemId=abc', undefined],
    ['https://item.taobao.com/item.htm?id=712345678901', undefined],
    ['https://fxg.jinritemai.com/ffa/g/list?product_id=3701234567890123456', undefined],
  ])('editorProductId(%s) is %s', (url, id) => expect(editorProductId(new URL(url))).toBe(id));
});
