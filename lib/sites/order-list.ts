// The order lists sellers already look at (千牛 已卖出的宝贝, 抖店 订单管理) → plain rows keyed by the
// export's header names, so the background maps them with the same parsers as an imported file
// (lib/shop/import). Read the way a person reads them, never by class names: an order is the box around
// one 订单号：/订单编号： label (its number a string: 19 digits exceed 2^53), its facts are the
// `label：value` texts in it, its item rows are the rows inside it that line up with the column titles.
// Evidence: 千牛 — each order its own Fusion table, first row the order header (订单号：…, 创建时间),
// later rows the items (ShenHaiSu/Script-Collection src/Tmall-MySellerEnhance/action/getItemId/
// getItemId.action.ts, 2026-03); 抖店 — each order a div.mortise-rich-table-row with 订单编号：… in it, cells
// in div rows (read_file ids 15934853283, 15435765800, 23991661430, 5202570098; 2021–2024).
// Works on any Document or element (the browser's, or linkedom's in Node): no DOM globals, no zod,
// nothing heavy — it runs in a content script.
import { cellGrid } from './table-grid';
import { orderStatus } from '../shop/import/cells';

export type OrderListPage = 'qianniu-sold' | 'doudian-orders';

/** Which order list a URL shows. 千牛 is one app under /home.htm/, so the path says which page. */
export function orderListPage(url: URL): OrderListPage | undefined {
  if ((url.host === 'myseller.taobao.com' || url.host === 'qn.taobao.com') && /^\/home\.htm\/trade-platform\/tp\/(sold|order)(\/|$)/.test(url.pathname)) return 'qianniu-sold';
  if (url.host === 'fxg.jinritemai.com' && url.pathname.startsWith('/ffa/morder/')) return 'doudian-orders';
  return undefined;
}

interface Layout {
  platform: 'taobao' | 'douyin';
  /** `label：value` texts anywhere in an order's box → export header. The first is the order number. */
  labels: Record<string, string>;
  /** Column title (units like (元) dropped) → export header; several headers take the cell's lines in order. */
  columns: Record<string, string | string[]>;
  /** Export headers whose cells hold order-level facts (shown once, on an order's first item row). */
  orderLevel: readonly string[];
  /** Where an item's quantity and the order's status go when no column title names them. */
  qty: string;
  status: string;
}

const LAYOUTS: Record<OrderListPage, Layout> = {
  'qianniu-sold': {
    platform: 'taobao',
    labels: { 订单号: '订单编号', 订单编号: '订单编号', 主订单编号: '订单编号', 创建时间: '订单创建时间', 下单时间: '订单创建时间', 付款时间: '订单付款时间', 发货时间: '发货时间', 运单号: '物流单号', 物流单号: '物流单号', 物流更新: '物流更新时间' },
    columns: {
      宝贝: '宝贝标题', 宝贝名称: '宝贝标题', 商品: '宝贝标题', 商品信息: '宝贝标题', 单价: '价格', 价格: '价格', 数量: '购买数量', 售后: '退款状态', 退款状态: '退款状态',
      买家: '买家会员名', 交易状态: '订单状态', 订单状态: '订单状态', 实收款: '买家实际支付金额', 实付款: '买家实际支付金额', 实付金额: '买家实际支付金额',
    },
    orderLevel: ['买家会员名', '订单状态', '买家实际支付金额'],
    qty: '购买数量',
    status: '订单状态',
  },
  'doudian-orders': {
    platform: 'douyin',
    labels: { 订单编号: '主订单编号', 订单号: '主订单编号', 主订单编号: '主订单编号', 下单时间: '下单时间', 创建时间: '下单时间', 支付时间: '支付时间', 付款时间: '支付时间', 发货时间: '发货时间', 快递单号: '快递单号', 运单号: '快递单号', 物流更新: '物流更新时间' },
    columns: {
      商品: '选购商品', 商品信息: '选购商品', '单价/数量': ['商品单价', '商品数量'], 数量: '商品数量', 实付金额: '订单应付金额', 实收金额: '订单应付金额', 订单金额: '订单应付金额', 应付金额: '订单应付金额',
      售后: '售后状态', 售后状态: '售后状态', 收货信息: ['收件人', '收件人手机号', '详细地址'], 收件信息: ['收件人', '收件人手机号', '详细地址'], 收货人: ['收件人', '收件人手机号', '详细地址'], 订单状态: '订单状态', 状态: '订单状态',
    },
    orderLevel: ['收件人', '收件人手机号', '详细地址', '订单状态'],
    qty: '商品数量',
    status: '订单状态',
  },
};

/** The header holding the order number in `page`'s rows. */
export const orderIdHeader = (page: OrderListPage): string => Object.values(LAYOUTS[page].labels)[0]!;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Line {
  text: string;
  node: Node;
}

/** An element's text as the seller reads it: one line per text node, blank lines dropped. */
function linesOf(el: Element): Line[] {
  const lines: Line[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child.nodeValue ?? '').replace(/\s+/g, ' ').trim();
        if (text) lines.push({ text, node: child });
      } else if (child.nodeType === ELEMENT_NODE && !/^(SCRIPT|STYLE|BUTTON)$/i.test((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return lines;
}

const TIME = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/;
const LABEL = /^([^：:]{2,6})\s*[：:]\s*(.*)$/;
const ORDER_LABEL = /^主?(订单编号|订单号)\s*[：:]\s*(\d{6,})?/;
const QTY = /^[x×X*]\s*(\d{1,5})$/;

/** `label：value` (one text node) or `label：` followed by the value in the next one. */
function labelled(lines: readonly Line[], labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  lines.forEach(({ text, node }, i) => {
    const m = LABEL.exec(text);
    const header = m && labels[m[1]!.trim()];
    if (!header || out[header] !== undefined) return;
    // A value in its own node belongs to the label only inside the label's element (订单号：<em>…</em>).
    const next = lines[i + 1];
    let value = m[2]!.trim() || (next && node.parentNode?.contains(next.node) ? next.text : '');
    // 物流更新：2026-05-05 08:12 【杭州转运中心】已发出 — a time label keeps only the time.
    if (header.endsWith('时间')) value = TIME.exec(value)?.[0] ?? value;
    if (value) out[header] = value;
  });
  return out;
}

/** `x2`, `×2`, `数量：2` → `2`; amounts keep their text (the import reads ¥ and commas). */
const cleanCell = (header: string, text: string) => (/数量$/.test(header) ? text.replace(/^(数量[：:]?|[x×X*])\s*/, '') : text);

const squash = (text: string) => text.replace(/\s+/g, '');

/** The elements holding an order-number label with its number (the number may be in the next element). */
function orderLabels(root: ParentNode): { el: Element; id: string }[] {
  const out: { el: Element; id: string }[] = [];
  const doc = 'ownerDocument' in root && root.ownerDocument ? root.ownerDocument : (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!ORDER_LABEL.test(squash(node.nodeValue ?? ''))) continue;
    // 订单号：3987… in one node, 订单号：<em>3987…</em>, or <span>订单编号：</span><span>4759…</span>.
    for (let el = node.parentElement, up = 0; el && up < 3; el = el.parentElement, up++) {
      const id = ORDER_LABEL.exec(squash(el.textContent ?? ''))?.[2];
      if (id) {
        out.push({ el, id });
        break;
      }
    }
  }
  return out;
}

/**
 * Each order's box: from its label up to the largest ancestor holding no other order's label, never
 * past the order's own table or row (a page of one order keeps its box that small too).
 */
function orderBoxes(labels: readonly { el: Element }[]): Element[] {
  const count = new Map<Element, number>();
  for (const { el } of labels) for (let node = el.parentElement; node; node = node.parentElement) count.set(node, (count.get(node) ?? 0) + 1);
  return labels.map(({ el }) => {
    let box = el;
    for (let node = el.parentElement; node && count.get(node) === 1; node = node.parentElement) {
      box = node;
      if (node.tagName === 'TABLE' || node.getAttribute('role') === 'row' || /mortise-rich-table-row/.test(node.getAttribute('class') ?? '')) break;
    }
    return box;
  });
}

/** A column title as the list prints it, without spaces and a trailing unit: 单价(元) → 单价. */
const titleKey = (text: string) => squash(text).replace(/^[*＊]/, '').replace(/[（(][^)）]*[)）]$/, '');

/** The column titles: the row of cells before the first order whose texts name at least two known columns. */
function columnTitles(root: ParentNode, known: Layout['columns'], before: Element | undefined): string[] | undefined {
  let best: string[] | undefined;
  let bestHits = 1;
  for (const el of root.querySelectorAll('*')) {
    if (el === before) break;
    if (el.children.length < 3) continue;
    const titles = [...el.children].map((cell) => titleKey(linesOf(cell)[0]?.text ?? ''));
    const hits = titles.filter((t) => known[t] !== undefined).length;
    if (hits > bestHits) {
      best = titles;
      bestHits = hits;
    }
  }
  return best;
}

/** The item rows of an order's box and their cells by column: table rows, or the div rows as wide as the titles. */
function itemRows(box: Element, label: Element, width: number): Element[][] {
  const skip = (row: Element) => row.contains(label);
  const trs = [...box.querySelectorAll('tr')].filter((tr) => !tr.closest('thead'));
  if (trs.length || box.tagName === 'TR') {
    const rows = box.tagName === 'TABLE' || trs.length ? trs : [box];
    const grid = cellGrid(rows);
    // A row spanning the table (the order's header, a logistics line) is not an item row.
    return grid.filter((cells, i) => !skip(rows[i]!) && cells.length * 2 > width);
  }
  const wide = [...box.querySelectorAll('*')].filter((el) => el.children.length === width && !skip(el));
  return wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).map((row) => [...row.children]);
}

/**
 * The order rows on the page now: one record per item row, each carrying its order's number, times,
 * status and amounts. Orders still rendering (no order number yet) are left for the next read.
 */
export function readOrderRows(root: ParentNode, page: OrderListPage): Record<string, string>[] {
  const layout = LAYOUTS[page];
  const labels = orderLabels(root);
  if (!labels.length) return [];
  const boxes = orderBoxes(labels);
  const titles = columnTitles(root, layout.columns, boxes[0]) ?? columnTitles(boxes[0]!, layout.columns, undefined);
  const idHeader = orderIdHeader(page);
  const rows: Record<string, string>[] = [];
  boxes.forEach((box, b) => {
    const boxLines = linesOf(box);
    const facts = { ...labelled(boxLines, layout.labels), [idHeader]: labels[b]!.id };
    let first: Record<string, string> | undefined;
    // Without column titles we know of, the order is still read: its facts, and the box as its one item.
    for (const cells of titles ? itemRows(box, labels[b]!.el, titles.length) : [[box]]) {
      const record: Record<string, string> = { ...facts };
      cells.forEach((cell, i) => {
        const target = titles && layout.columns[titles[i] ?? ''];
        if (!target) return;
        const targets = Array.isArray(target) ? target : [target];
        let lines = linesOf(cell).map((l) => l.text);
        // 收货信息 on one line: 李**，138****2468，浙江省杭州市….
        if (targets.length > 1 && lines.length === 1) lines = lines[0]!.split(/[，,]\s*/);
        targets.forEach((header, j) => {
          const text = lines[j];
          if (text) record[header] = cleanCell(header, text);
        });
      });
      // No column says it: the item's x2 and the order's status text, wherever the row and box print them.
      if (!record[layout.qty]) {
        const qty = cells.flatMap(linesOf).map((l) => QTY.exec(l.text)?.[1]).find(Boolean);
        if (qty) record[layout.qty] = qty;
      }
      if (!record[layout.status]) {
        const status = [...cells.flatMap(linesOf), ...boxLines].find((l) => orderStatus(l.text, layout.platform) !== undefined);
        if (status) record[layout.status] = status.text;
      }
      // Order-level cells span all item rows; rows after the first may show them empty.
      if (first) for (const header of layout.orderLevel) record[header] ??= first[header] ?? '';
      first ??= record;
      rows.push(record);
    }
  });
  return rows;
}
