// The rows of a 千牛/抖店 product list, read the way a person reads them: a row is the table row that
// holds a link to the listing's product page (its id is in that link), the title is that link's
// text, and price, stock and 30-day sales are the cells under the headers that say so. Never by class
// names (hashed, renamed on every release). Pure functions of a Document/Element, no zod: the list
// content script imports this and must stay light.
import type { ListSite } from '../schemas/audit';

export interface PageRow {
  id: string;
  title: string;
  price?: number;
  stock?: number;
  sales30?: number;
  /** The row element (a <tr> or role=row). */
  row: Element;
  /** The title link: the badge goes right after it. */
  titleElement: Element;
}

/** Links to a listing's product page, per backend; the id is the link's `id` parameter. */
const TITLE_LINKS: Record<ListSite, string> = {
  qianniu: 'a[href*="item.taobao.com/item.htm"], a[href*="detail.tmall.com/item.htm"]',
  doudian: 'a[href*="haohuo.jinritemai.com"][href*="id="]',
};
const ROWS = 'tr, [role="row"]';
const HEADERS = 'thead th, [role="columnheader"]';

type Column = 'price' | 'stock' | 'sales30';
/** Header texts (spaces dropped): 价格(元), 售价, 一口价 / 库存, 可售库存 / 30日销量, 近30天销量, 月销量. */
const COLUMN_NAMES: Record<Column, RegExp> = {
  price: /^(价格|售价|一口价|商品价格|销售价)(\(元\)|（元）)?$/,
  stock: /^(库存|可售库存|总库存|库存数量)$/,
  sales30: /^(30日销量|近30天销量|30天销量|近30日销量|月销量)$/,
};

/** Numbers as the lists print them: ¥1,299.00, 39.90~199.00 (the lowest), 1.2万, 12,034. */
export function listNumber(text: string): number | undefined {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(万)?/.exec(text.replace(/\s+/g, ''));
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, '')) * (match[2] ? 10_000 : 1);
  return Number.isFinite(value) ? value : undefined;
}

/** The listing id in a product-page link (`?id=`), as a string (抖店 ids exceed 2^53). */
function idOf(link: Element): string | undefined {
  const href = link.getAttribute('href') ?? '';
  return /[?&]id=(\d{6,})/.exec(href)?.[1];
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/**
 * Column positions under the headers of the table `row` belongs to: the nearest ancestor holding
 * header cells (a fixed-header table keeps them in a separate <table> beside the body). Cached per
 * ancestor: 500 rows read one header.
 */
function columnsFor(row: Element, cache: Map<Element, Partial<Record<Column, number>>>): Partial<Record<Column, number>> {
  const passed: Element[] = [];
  let found: Partial<Record<Column, number>> = {};
  for (let node = row.parentElement; node; node = node.parentElement) {
    const cached = cache.get(node);
    if (cached) {
      found = cached;
      break;
    }
    passed.push(node);
    const headers = node.querySelectorAll(HEADERS);
    if (!headers.length) continue;
    headers.forEach((th, i) => {
      const text = squash(th.textContent);
      for (const column of Object.keys(COLUMN_NAMES) as Column[]) if (found[column] === undefined && COLUMN_NAMES[column].test(text)) found[column] = i;
    });
    break;
  }
  // Every ancestor passed on the way answers the same: the next row's <tbody> is not searched again.
  for (const node of passed) cache.set(node, found);
  return found;
}

/** Every listing row under `root`, in page order, once each. */
export function readListRows(root: ParentNode, site: ListSite): PageRow[] {
  const rows: PageRow[] = [];
  const seen = new Set<Element>();
  const cache = new Map<Element, Partial<Record<Column, number>>>();
  for (const link of root.querySelectorAll(TITLE_LINKS[site])) {
    const title = link.textContent?.trim() ?? '';
    // The picture links to the same page: the title is the link with text.
    if (!title) continue;
    const row = link.closest(ROWS);
    const id = idOf(link);
    if (!row || !id || seen.has(row)) continue;
    seen.add(row);
    // A row's cells are its children (<td>, or role=cell in a div grid), in header order.
    const cells = row.children;
    const columns = columnsFor(row, cache);
    const cell = (column: Column) => (columns[column] !== undefined ? listNumber(cells[columns[column]!]?.textContent ?? '') : undefined);
    const price = cell('price');
    const stock = cell('stock');
    const sales30 = cell('sales30');
    rows.push({
      id,
      title: title.slice(0, 200),
      ...(price !== undefined && price > 0 && { price }),
      ...(stock !== undefined && Number.isInteger(stock) && { stock }),
      ...(sales30 !== undefined && { sales30 }),
      row,
      titleElement: link,
    });
  }
  return rows;
}

/** The list's own next-page control (下一页 by text, aria-label or title), or undefined on the last page. */
export function nextPageButton(root: ParentNode): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('button, a, [role="button"], li[title]')) {
    const label = squash(el.getAttribute('aria-label') || el.getAttribute('title') || el.textContent);
    if (label !== '下一页' && label.toLowerCase() !== 'nextpage' && label.toLowerCase() !== 'next') continue;
    const button = el.matches('li') ? (el.querySelector<HTMLElement>('button, a') ?? el) : el;
    const disabled =
      button.hasAttribute('disabled') ||
      button.getAttribute('aria-disabled') === 'true' ||
      /(^|[\s_-])disabled/.test(`${button.className} ${el.className}`);
    return disabled ? undefined : button;
  }
  return undefined;
}
