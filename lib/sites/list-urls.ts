// The product lists of the seller backends (千牛 出售中/仓库中的宝贝, 抖店 商品管理), where the shop-wide
// audit badges every row. Pure functions of a URL, tested with tables of URLs beside them.
import type { Platform } from '../schemas/common';
import type { ListSite } from '../schemas/audit';

/** 千牛 宝贝管理 (出售中/仓库中/已售罄 …): one SPA under home.htm, on myseller and on qn. */
export const isQianniuItemList = (url: URL): boolean =>
  (url.hostname === 'myseller.taobao.com' || url.hostname === 'qn.taobao.com') && /^\/home\.htm\/SellManage(\/|$)/.test(url.pathname);

/** 抖店 商品管理 (/ffa/g/list and its tabs); its neighbour /ffa/g/create is the editor. */
export const isDouyinProductList = (url: URL): boolean =>
  url.hostname === 'fxg.jinritemai.com' && /^\/ffa\/g\/list(\/|$)/.test(url.pathname);

/** Which backend's product list `url` is (千牛 lists are 淘宝 or 天猫 as the shop's settings say). */
export function listSite(url: URL): ListSite | undefined {
  if (isQianniuItemList(url)) return 'qianniu';
  if (isDouyinProductList(url)) return 'doudian';
  return undefined;
}

/** The edit page of a listing, where a finding is fixed. */
export function editUrl(platform: Platform, id: string): string {
  const q = encodeURIComponent(id);
  if (platform === 'douyin') return `https://fxg.jinritemai.com/ffa/g/create?product_id=${q}`;
  if (platform === 'tmall') return `https://sell.publish.tmall.com/tmall/smartpublish.htm?id=${q}`;
  return `https://item.upload.taobao.com/sell/v2/publish.htm?itemId=${q}`;
}
