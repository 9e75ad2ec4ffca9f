// The order lists sellers already look at (千牛 已卖出的宝贝, 抖店 订单管理) → plain rows keyed by the
// export's header names, so the background maps them with the same parsers as an imported file
// (lib/shop/import). Works on any Document or element (the browser's, or linkedom's in Node): no DOM
// globals, no zod, nothing heavy — it runs in a content script.
import { byClassPart, firstByClassPart } from '../critique/dom';

export type OrderListPage = 'qianniu-sold' | 'doudian-orders';

/** Which order list a URL shows. 千牛 is one app under /home.htm/, so the path says which page. */
export function orderListPage(url: URL): OrderListPage | undefined {
  if ((url.host === 'myseller.taobao.com' || url.host === 'qn.taobao.com') && url.pathname.startsWith('/home.htm/trade-platform/tp/sold')) return 'qianniu-sold';
  if (url.host === 'fxg.jinritemai.com' && url.pathname.startsWith('/ffa/morder/')) return 'doudian-orders';
  return undefined;
}

interface Layout {
  /** Readable class part of one order's block. */
  order: string;
  /** Readable class part of the list's column-title row, and of one item row inside an order. */
  titles: string;
  row: string;
  /** `label：value` texts anywhere in an order's block → export header. */
  labels: Record<string, string>;
  /** Column title → export header; several headers take the cell's lines in order. */
  columns: Record<string, string | string[]>;
  /** Export headers whose cells hold order-level facts (shown once, on an order's first item row). */
  orderLevel: readonly string[];
}

const LAYOUTS: Record<OrderListPage, Layout> = {
  'qianniu-sold': {
    order: 'orderItem',
    titles: 'listHeader',
    row: 'itemRow',
    labels: { 订单号: '订单编号', 创建时间: '订单创建时间', 付款时间: '订单付款时间', 发货时间: '发货时间', 运单号: '物流单号', 物流更新: '物流更新时间' },
    columns: { 宝贝: '宝贝标题', 单价: '价格', 数量: '购买数量', 售后: '退款状态', 买家: '买家会员名', 交易状态: '订单状态', 实收款: '买家实际支付金额' },
    orderLevel: ['买家会员名', '订单状态', '买家实际支付金额'],
  },
  'doudian-orders': {
    order: 'orderCard',
    titles: 'tableHead',
    row: 'goodsRow',
    labels: { 订单编号: '主订单编号', 下单时间: '下单时间', 支付时间: '支付时间', 发货时间: '发货时间', 快递单号: '快递单号', 物流更新: '物流更新时间' },
    columns: { 商品: '选购商品', 数量: '商品数量', 实付金额: '订单应付金额', 售后: '售后状态', 收货信息: ['收件人', '收件人手机号', '详细地址'], 订单状态: '订单状态' },
    orderLevel: ['收件人', '收件人手机号', '详细地址', '订单状态'],
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

/** `label：value` (one text node) or `label：` followed by the value in the next one. */
function labelled(lines: readonly Line[], labels: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  lines.forEach(({ text, node }, i) => {
    const m = /^([^：:]{2,6})\s*[：:]\s*(.*)$/.exec(text);
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

/**
 * The order rows on the page now: one record per item row, each carrying its order's number, times,
 * status and amounts. Orders still rendering (no order number yet) are left for the next read.
 */
export function readOrderRows(root: ParentNode, page: OrderListPage): Record<string, string>[] {
  const layout = LAYOUTS[page];
  const titleRow = firstByClassPart(root, layout.titles);
  if (!titleRow) return [];
  const titles = [...titleRow.children].map((cell) => linesOf(cell)[0]?.text ?? '');
  const idHeader = orderIdHeader(page);
  const rows: Record<string, string>[] = [];
  for (const order of byClassPart(root, layout.order)) {
    const facts = labelled(linesOf(order), layout.labels);
    if (!facts[idHeader]) continue;
    let first: Record<string, string> | undefined;
    for (const row of byClassPart(order, layout.row)) {
      const record: Record<string, string> = { ...facts };
      [...row.children].forEach((cell, i) => {
        const target = layout.columns[titles[i] ?? ''];
        if (!target) return;
        const lines = linesOf(cell);
        (Array.isArray(target) ? target : [target]).forEach((header, j) => {
          const text = lines[j]?.text;
          if (text) record[header] = cleanCell(header, text);
        });
      });
      // Order-level cells span all item rows; later rows show them empty.
      if (first) for (const header of layout.orderLevel) record[header] ??= first[header] ?? '';
      first ??= record;
      rows.push(record);
    }
  }
  return rows;
}
