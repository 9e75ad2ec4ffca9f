// sites/: where the seller pages are and how to read them — pure functions of a URL or a Document
// (no extension APIs, no globals), so each detector and finder is tested in Node against its examples.
// This file: the listing editors (发布宝贝, 天猫发布, 抖店 商品创建/编辑).
import type { Platform } from '../schemas/common';

/** 淘宝 发布宝贝: publish, edit (`?itemId=`), draft — all under /sell/. */
export const isTaobaoPublish = (url: URL): boolean =>
  url.hostname === 'item.upload.taobao.com' && url.pathname.startsWith('/sell/');

/** 天猫 商品发布 / 编辑. */
export const isTmallPublish = (url: URL): boolean => url.hostname === 'sell.publish.tmall.com';

/** 抖店 商品创建: create, edit (`?product_id=`), copy (`?copyid=`). The product list next to it is not an editor. */
export const isDouyinProductEditor = (url: URL): boolean =>
  url.hostname === 'fxg.jinritemai.com' && /^\/ffa\/g\/create(\/|$)/.test(url.pathname);

export type EditorMode = 'create' | 'edit' | 'copy' | 'draft';

export interface EditorPage {
  platform: Platform;
  mode: EditorMode;
}

/** Which listing editor `url` is, or undefined when it is none. */
export function editorPage(url: URL): EditorPage | undefined {
  const q = url.searchParams;
  if (isTaobaoPublish(url))
    return { platform: 'taobao', mode: q.has('itemId') ? 'edit' : /draft/i.test(url.pathname) || q.has('draftId') ? 'draft' : 'create' };
  if (isTmallPublish(url)) return { platform: 'tmall', mode: q.has('id') || q.has('itemId') ? 'edit' : 'create' };
  if (isDouyinProductEditor(url))
    return { platform: 'douyin', mode: q.has('product_id') ? 'edit' : q.has('copyid') ? 'copy' : 'create' };
  return undefined;
}

/**
 * The listing an edit page edits, by the id the shop's exports use (淘宝/天猫 宝贝ID, 抖店 商品ID), or
 * undefined on a create, copy or draft page (a copy's `copyid` is the listing it came from, not this one).
 */
export function editorProductId(url: URL): string | undefined {
  const q = url.searchParams;
  const id = isTaobaoPublish(url) ? q.get('itemId') : isTmallPublish(url) ? (q.get('id') ?? q.get('itemId')) : isDouyinProductEditor(url) ? q.get('product_id') : null;
  return id && /^\d+$/.test(id) ? id : undefined;
}
