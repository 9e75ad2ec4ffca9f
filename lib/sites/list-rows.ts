// The rows of a 千牛/抖店 product list, read the way a person reads them: a row is the table row that
// shows a listing's id — the `ID:…` text both backends print in the title cell (千牛 `ID:…` spans,
// ShenHaiSu/Script-Collection src/Tmall-MySellerEnhance/action/goodsListInfo/goodsListInfo.action.ts,
// 2026-04; 抖店 `ID:…`/`ID：…` under the title, read_file ids 60259501921, 70662977849) or a link
// carrying it (`item.htm?id=`, `product_id=`) — the title is that cell's product link or first text that
// is not a label, and price, stock and 30-day sales are the cells under the headers that say so. Never
// by class names (hashed, renamed on every release). Pure functions of a Document/Element, no zod: the
// list content script imports this and must stay light.

export interface PageRow {
  id: string;
  title: string;
  price?: number;
  stock?: number;
  sales30?: number;
  /** The row element (a <tr> or role=row). */
  row: Element;
  /** The title's element: the badge goes right after it. */
  titleElement: Element;
}

/** `ID:785662595816`, `ID： 3701234567890123456` — the listing id as printed (a string: 抖店 ids exceed 2^53). */
const ID_TEXT = /(?:^|[^A-Za-z])ID\s*[:：]\s*(\d{6,})/;
/** Links that carry a listing's id: its product page (`item.htm?id=`, haohuo `?id=`), 抖店's edit link (`product_id=`). */
const ID_LINK = /(?:item\.taobao\.com\/item\.htm|detail\.tmall\.com\/item\.htm|haohuo\.jinritemai\.com)[^#]*[?&]id=(\d{6,})|[?&]product_id=(\d{6,})/;
const PRODUCT_PAGE = /item\.taobao\.com\/item\.htm|detail\.tmall\.com\/item\.htm|haohuo\.jinritemai\.com/;
/** A line that is a label, not a title: `ID:…`, `编码:…`, `商家编码：…`, `货号：…`. */
const LABEL_LINE = /^[\p{Script=Han}A-Za-z]{1,6}\s*[:：]/u;
const NUMBER_LINE = /^[¥￥]?[\d.,\s万+~-]+$/;
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

/** The element whose own text is the id line (`ID:…`), else the link carrying the id; with the id. */
function idIn(row: Element): { id: string; element: Element } | undefined {
  const walker = row.ownerDocument.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const m = ID_TEXT.exec(node.nodeValue ?? '');
    if (m && node.parentElement) return { id: m[1]!, element: node.parentElement };
  }
  for (const link of row.querySelectorAll('a[href]')) {
    const m = ID_LINK.exec(link.getAttribute('href') ?? '');
    if (m) return { id: (m[1] ?? m[2])!, element: link };
  }
  return undefined;
}

/** The cell (a child of the row) holding `el`. */
function cellOf(row: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== row) node = node.parentElement;
  return node;
}

const isTitleText = (text: string) => text.length >= 2 && !LABEL_LINE.test(text) && !ID_TEXT.test(text) && !NUMBER_LINE.test(text);

/**
 * The title in the id's cell: the link to the product page when it has text, else the first text that
 * is no label, id, price or number, with the element holding all of it (a title split over spans).
 */
function titleIn(cell: Element): { title: string; element: Element } | undefined {
  for (const link of cell.querySelectorAll('a[href]')) {
    const text = link.textContent?.trim() ?? '';
    if (text.length >= 2 && PRODUCT_PAGE.test(link.getAttribute('href') ?? '')) return { title: text, element: link };
  }
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !isTitleText((node.nodeValue ?? '').trim()) || el.closest('button, script, style')) continue;
    let element: Element = el;
    for (let up = el.parentElement; up && up !== cell && isTitleText(up.textContent?.trim() ?? '') && !/[:：]/.test(up.textContent ?? ''); up = up.parentElement) element = up;
    return { title: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), element };
  }
  return undefined;
}

/** Every listing row under `root`, in page order, once each. */
export function readListRows(root: ParentNode): PageRow[] {
  const rows: PageRow[] = [];
  const cache = new Map<Element, Partial<Record<Column, number>>>();
  for (const row of root.querySelectorAll(ROWS)) {
    // A row holding rows (a grid's body) is not one listing; header rows hold no id.
    if (row.querySelector(ROWS) || row.closest('thead')) continue;
    const found = idIn(row);
    if (!found) continue;
    // The id printed (or a product link) sits in the title's cell; an edit link elsewhere does not.
    const idCell = cellOf(row, found.element);
    const inTitleCell = found.element.tagName !== 'A' || PRODUCT_PAGE.test(found.element.getAttribute('href') ?? '');
    const named = inTitleCell ? titleIn(idCell) : [...row.children].filter((c) => c !== idCell).map(titleIn).find(Boolean);
    if (!named) continue;
    // A row's cells are its children (<td>, or role=cell in a div grid), in header order.
    const cells = row.children;
    const columns = columnsFor(row, cache);
    const cell = (column: Column) => (columns[column] !== undefined ? listNumber(cells[columns[column]!]?.textContent ?? '') : undefined);
    const price = cell('price');
    const stock = cell('stock');
    const sales30 = cell('sales30');
    rows.push({
      id: found.id,
      title: named.title.slice(0, 200),
      ...(price !== undefined && price > 0 && { price }),
      ...(stock !== undefined && Number.isInteger(stock) && { stock }),
      ...(sales30 !== undefined && { sales30 }),
      row,
      titleElement: named.element,
    });
  }
  return rows;
}

/**
 * The list's own next-page control, or undefined on the last page: labelled 下一页 by its text, title or
 * aria-label — Fusion Next (千牛) labels it `下一页，当前第1页` (its zh-CN locale, read_file id 43403636160),
 * ecom-g (抖店) puts title="下一页" on its <li> — or Next in English.
 */
export function nextPageButton(root: ParentNode): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>('button, a, [role="button"], li[title]')) {
    const labels = [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent].map(squash);
    if (!labels.some((label) => /^下一页(?:[，,]|$)/.test(label) || /^next(?:page)?$/i.test(label))) continue;
    const button = el.matches('li') ? (el.querySelector<HTMLElement>('button, a') ?? el) : el;
    const disabled =
      button.hasAttribute('disabled') ||
      button.getAttribute('aria-disabled') === 'true' ||
      /(^|[\s_-])disabled/.test(`${button.className} ${el.className}`);
    return disabled ? undefined : button;
  }
  return undefined;
}
