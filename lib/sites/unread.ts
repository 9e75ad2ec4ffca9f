// "Say when a page is not understood": the pages ShopLint serves and the parts of them it reads. When a
// page shows such a part (a form with a title, a list with rows, orders with their numbers) and the
// reader finds nothing, the page was redesigned: the content script shows a quiet chip, the popup a
// line, and `shoplint page` says so — never silence. Pure: the checks look at text and structure only.

export const UNREAD_PAGES = [
  'taobao-editor', 'tmall-editor', 'douyin-editor', 'qianniu-items', 'doudian-products', 'qianniu-sold', 'doudian-orders', 'taobao-item', 'tmall-item', 'douyin-item',
] as const;
export type UnreadPage = (typeof UNREAD_PAGES)[number];

/** title: the editor's title field; price: its price or SKU prices; rows: a product list's rows; orders: an order list's orders; layout: a product page's layout. */
export const UNREAD_PARTS = ['title', 'price', 'rows', 'orders', 'layout'] as const;
export type UnreadPart = (typeof UNREAD_PARTS)[number];

/** How long a page may render before a part it lacks counts as not understood (real backends render in 1–3 s). */
export const UNREAD_AFTER_MS = 8000;

const ORDER_NUMBER = /订单(?:编)?号\s*[：:]\s*\d{6,}/;
/** Order numbers as both platforms print them: 16 to 20 digits (千牛 and 抖店 ids are 19 today). */
const LONG_NUMBER = /(?<!\d)\d{16,20}(?!\d)/g;

/** The page prints order numbers — labelled 订单号：…, or at least two 16–20-digit numbers — read or not. */
export function showsOrders(root: ParentNode): boolean {
  const text = ('body' in root ? (root as Document).body : (root as Element))?.textContent ?? '';
  return ORDER_NUMBER.test(text) || new Set(text.match(LONG_NUMBER)).size >= 2;
}

/** The page shows a list of rows: at least three rows of three cells or more (a table or a grid). */
export function showsRows(root: ParentNode): boolean {
  let rows = 0;
  for (const row of root.querySelectorAll('tr, [role="row"]')) if (row.children.length >= 3 && !row.closest('thead') && ++rows >= 3) return true;
  return false;
}
