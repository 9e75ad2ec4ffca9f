// What ShopLint understands of a saved seller page, by the same readers the content scripts run: which
// page the address is, what was found (the editor's fields, a list's rows, an order list's orders, a
// product page's layout) and what the page shows that none of them could read (lib/sites/unread.ts).
// `shoplint page` prints it, so a page that changed can be checked from a saved copy.
import { extractPage } from '../critique/extract';
import { READABILITY_LAYOUT } from '../critique/site';
import { extractWithReadability } from '../critique/extractors/readability';
import { productPagePlatform } from '../critique/url';
import { findEditorFields, readListing } from './editor-fields';
import { editorPage } from './editor-urls';
import { readListRows } from './list-rows';
import { listSite } from './list-urls';
import { orderIdHeader, orderListPage, readOrderRows } from './order-list';
import { showsOrders, showsRows, type UnreadPage, type UnreadPart } from './unread';

export interface PageReading {
  page: UnreadPage;
  understood: boolean;
  missing: UnreadPart[];
  /** What the readers found, as plain values. */
  found: Record<string, string | number | boolean | string[]>;
}

/** The page `url` is, among those ShopLint serves. */
export function pageOf(url: URL): UnreadPage | undefined {
  const editor = editorPage(url);
  if (editor) return `${editor.platform}-editor`;
  const list = listSite(url);
  if (list) return list === 'qianniu' ? 'qianniu-items' : 'doudian-products';
  const orders = orderListPage(url);
  if (orders) return orders;
  const platform = productPagePlatform(url.href);
  return platform && `${platform}-item`;
}

export function readPage(doc: Document, url: URL): PageReading | undefined {
  const page = pageOf(url);
  if (!page) return undefined;
  const missing: UnreadPart[] = [];
  let found: PageReading['found'] = {};
  if (page.endsWith('-editor')) {
    const fields = findEditorFields(doc);
    const listing = readListing(fields, editorPage(url)!.platform);
    if (!fields.title) missing.push('title');
    else if (fields.priceSection && !fields.price && !fields.skus.some((s) => s.price)) missing.push('price');
    found = { title: !!fields.title, priceField: !!fields.price, skuRows: fields.skus.length, ...(listing.price !== undefined && { price: listing.price }), ...(listing.category && { category: listing.category }) };
  } else if (page === 'qianniu-items' || page === 'doudian-products') {
    const rows = readListRows(doc);
    if (!rows.length && showsRows(doc)) missing.push('rows');
    found = { rows: rows.length, ids: rows.map((r) => r.id) };
  } else if (page === 'qianniu-sold' || page === 'doudian-orders') {
    const rows = readOrderRows(doc, page);
    const ids = [...new Set(rows.map((r) => r[orderIdHeader(page)]!))];
    if (!rows.length && showsOrders(doc)) missing.push('orders');
    found = { orders: ids.length, items: rows.length, ids };
  } else {
    const { model } = extractPage(doc, url.href, {}, extractWithReadability);
    if (model.layout === READABILITY_LAYOUT) missing.push('layout');
    found = { layout: model.layout, title: model.title, ...(model.price !== undefined && { price: model.price }), mainImages: model.mainImages.length, reviews: model.reviews.count ?? (model.reviews.shown ? 1 : 0) };
  }
  return { page, understood: !missing.length, missing, found };
}
