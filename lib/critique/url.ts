// Which URLs are product detail pages, and of which platform. Pure functions, tested with tables of
// URLs that must and must not match (edit pages and backends of the same hosts included).
import type { Platform } from '../schemas/common';

const parse = (url: string | URL): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

export const isTaobaoItem = (url: URL): boolean => url.hostname === 'item.taobao.com' && url.pathname === '/item.htm' && url.searchParams.has('id');
export const isTmallItem = (url: URL): boolean => url.hostname === 'detail.tmall.com' && url.pathname === '/item.htm' && url.searchParams.has('id');
/** 抖音商城 product pages: /views/product/item2?id=…, /views/product/detail?id=… and the like. */
export const isDouyinItem = (url: URL): boolean =>
  url.hostname === 'haohuo.jinritemai.com' && url.pathname.startsWith('/views/product/') && url.searchParams.has('id');

/** The platform of a product detail page URL, or undefined when the URL is not one. */
export function productPagePlatform(input: string | URL): Platform | undefined {
  const url = parse(input);
  if (!url || url.protocol !== 'https:') return undefined;
  if (isTaobaoItem(url)) return 'taobao';
  if (isTmallItem(url)) return 'tmall';
  if (isDouyinItem(url)) return 'douyin';
  return undefined;
}
