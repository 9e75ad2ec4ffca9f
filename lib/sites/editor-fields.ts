// The fields of a listing editor, found in a Document the way a person finds them: by the stable field
// containers (`#sell-field-title`, the 抖店 `attr-field-id`), the label text, the placeholder and the
// maxlength — in that order, never by hashed class names — and always the rendered input (the 淘宝 pages
// keep hidden 0×0 copies beside the real one, and the title row opens with a 「使用品牌名」 checkbox).
// Evidence: ../shared/field/EVIDENCE.md (Listing editors), qianyognkai9527/spzx-parent
// automation/sourcing/compliance_ui_notes.md (2026-09-25), XXm222/pdd-batch-listing
// 项目文档/25淘宝发品流程Workflow.md (2026-10-06), the saved 抖店 DOM in ../shared/field/doudian-create/.
// Pure functions of a Document/Element: tested on the saved real DOM and the fixtures with linkedom.
import type { Platform } from '../schemas/common';
import type { ListingInput } from '../schemas/listing';
import { MAX_YUAN, parseMoney } from '../pricing/money';
import { styleRendered, type Rendered } from './rendered';
import { cellGrid } from './table-grid';

export type TextInput = HTMLInputElement | HTMLTextAreaElement;

export interface SkuRow {
  /** The row's identity across re-renders and virtual scrolling: data-row-key, the `{row}-skuPrice` id's row, or its place. */
  key: string;
  /** The row's spec values, e.g. "冰川白 / 均码". */
  name: string;
  price?: HTMLInputElement;
  stock?: HTMLInputElement;
  /** The stock as text, where the cell shows it and its input holds a change (抖店's 增/减). */
  stockText?: string;
}

export interface EditorFields {
  title?: TextInput;
  /** 一口价 / 价格 / 售卖价: the single price field, when the form has one. */
  price?: HTMLInputElement;
  compareAt?: HTMLInputElement;
  skus: SkuRow[];
  /** The SKU rows sit in a virtual list: only the rows in view exist, so rows read earlier still count. */
  virtualSkus: boolean;
  /** The element showing the 类目 path (text, not an input: the category is chosen on a step before). */
  category?: Element;
  /** Where the form shows its price or SKU table, found or not its inputs (their absence then means a layout we do not know). */
  priceSection?: Element;
}

export interface FindOptions {
  /** Which elements the seller sees (the browser passes its layout; the default reads inline styles). */
  rendered?: Rendered;
}

interface Locator {
  /** CSS selectors of the field's container or of the input itself, most specific first. */
  selectors: string[];
  /** Label texts, compared after dropping "*", colons and spaces. */
  labels: string[];
  placeholder?: RegExp;
  maxLength?: string[];
  /** Fields that look alike but are others (导购标题 is not the title). */
  not?: RegExp;
}

const LOCATORS = {
  title: {
    // 抖店: #pg-title-input and the dropdownclassname the title's suggestion list carries (id 62571089725).
    selectors: ['#sell-field-title', '#pg-title-input', '[attr-field-id="商品标题"]', '[attr-field-id="宝贝标题"]', 'input[dropdownclassname*="商品标题"]:not([dropdownclassname*="导购"])'],
    labels: ['宝贝标题', '商品标题', '商品名称', '标题'],
    // 淘宝 最多允许输入30个汉字（60字符）; 抖店 15-60个字符 / 8-30个汉字.
    placeholder: /标题|\d+-60个字符|\d+-30个汉字/,
    maxLength: ['60'],
    not: /导购|副标题|短标题|卖点/,
  },
  price: {
    // 抖店's newer layout names the single price 售卖价 (ids 70091667325, 70139182571).
    selectors: ['#sell-field-price', '[attr-field-id="价格"]', '[attr-field-id="一口价"]', '[attr-field-id="售卖价"]'],
    labels: ['一口价', '价格', '售价', '售卖价'],
    placeholder: /价格/,
    not: /划线|原价|成本|券后/,
  },
  compareAt: { selectors: ['#sell-field-marketPrice', '[attr-field-id="划线价"]'], labels: ['划线价', '原价'] },
} satisfies Record<string, Locator>;

/** Where the SKU table lives: 淘宝 #sell-field-sku, 抖店 价格与库存 (and its newer scroll container). */
const SKU_CONTAINERS = ['#sell-field-sku', '#struct-sku', '[attr-field-id="价格与库存"]', '[id="goodsEditScrollContainer-价格库存"]'];
const SKU_LABELS = ['宝贝规格', '价格与库存', '销售规格', '价格库存'];

export function findEditorFields(root: Document | Element, { rendered = styleRendered }: FindOptions = {}): EditorFields {
  const { rows, virtual } = findSkuRows(root, rendered);
  return {
    title: locate(root, LOCATORS.title, rendered),
    price: locate(root, LOCATORS.price, rendered) as HTMLInputElement | undefined,
    compareAt: locate(root, LOCATORS.compareAt, rendered) as HTMLInputElement | undefined,
    skus: rows,
    virtualSkus: virtual,
    category: findCategory(root),
    priceSection: skuContainers(root)[0] ?? LOCATORS.price.selectors.map((s) => root.querySelector(s)).find(Boolean) ?? labelElements(root, LOCATORS.price.labels)[0],
  };
}

const CATEGORY_LABELS = ['类目', '商品类目', '宝贝类目'];

/** The form item of the 类目 label: its nearest ancestor holding more text than the label. */
function findCategory(root: Document | Element): Element | undefined {
  for (const label of labelElements(root, CATEGORY_LABELS)) {
    const own = labelKey(label.textContent ?? '').length;
    let el: Element | null = label.parentElement;
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) if (labelKey(el.textContent ?? '').length > own) return el;
  }
  return undefined;
}

/** The 类目 path as the page shows it (女装/女士精品 > 防晒衣), without the label and the 切换类目 link. */
export function readCategory(item: Element): string | undefined {
  let text = '';
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const key = labelKey(value);
    if (CATEGORY_LABELS.includes(key) || /^(切换|修改|更换|选择)类目$/.test(key) || /^修改$/.test(key) || (!key && /[*＊]/.test(value))) continue;
    text += value;
  }
  const path = text.replace(/\s+/g, ' ').trim();
  return path || undefined;
}

function locate(root: Document | Element, loc: Locator, rendered: Rendered): TextInput | undefined {
  for (const selector of loc.selectors) {
    for (const match of root.querySelectorAll(selector)) {
      const input = firstInput(match, rendered);
      if (input) return input;
    }
  }
  for (const label of labelElements(root, loc.labels)) {
    const input = inputNear(label, rendered);
    if (input) return input;
  }
  const inputs = textInputs(root, rendered);
  const ownLabelIsOther = (input: TextInput) => loc.not?.test(`${input.getAttribute('placeholder') ?? ''}${formItemLabel(input)}`) ?? false;
  if (loc.placeholder) {
    const input = inputs.find((i) => loc.placeholder!.test(i.getAttribute('placeholder') ?? '') && !ownLabelIsOther(i));
    if (input) return input;
  }
  if (loc.maxLength) return inputs.find((i) => loc.maxLength!.includes(i.getAttribute('maxlength') ?? '') && !ownLabelIsOther(i));
  return undefined;
}

/** A field the seller types text into: no checkbox, radio or switch, whatever its markup (many inputs have no `type`). */
const isTextInput = (el: Element): el is TextInput => {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const role = el.getAttribute('role') ?? '';
  return ['text', 'search', 'number', 'tel', ''].includes(type) && !['checkbox', 'radio', 'switch', 'combobox'].includes(role) && !el.hasAttribute('readonly');
};

function textInputs(root: Document | Element | null, rendered: Rendered): TextInput[] {
  if (!root) return [];
  const own = 'tagName' in root && isTextInput(root) ? [root] : [];
  return [...own, ...[...root.querySelectorAll('input, textarea')].filter(isTextInput)].filter(rendered);
}

const firstInput = (container: Element | null, rendered: Rendered): TextInput | undefined => textInputs(container, rendered)[0];

const labelKey = (text: string) => text.replace(/[\s*＊:：]/g, '');

/** Elements whose own text is one of `labels`, in the order of `labels` (the most specific first). */
function labelElements(root: Document | Element, labels: string[]): Element[] {
  const found = new Map<string, Element[]>();
  const doc = 'body' in root ? root : root.ownerDocument;
  const walker = doc.createTreeWalker('body' in root ? root.body ?? root : root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const key = labelKey(node.nodeValue ?? '');
    if (!key || key.length > 8 || !labels.includes(key)) continue;
    const el = node.parentElement;
    if (!el || el.closest('table')) continue;
    if (!found.has(key)) found.set(key, []);
    found.get(key)!.push(el);
  }
  return labels.flatMap((l) => found.get(l) ?? []);
}

/** The input of the form item a label belongs to: the nearest ancestor (a few levels up) holding one. */
function inputNear(label: Element, rendered: Rendered): TextInput | undefined {
  let el: Element | null = label;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const input = firstInput(el, rendered);
    if (input) return input;
  }
  return undefined;
}

/** The label text of the form item an input sits in (for telling 导购标题 from 宝贝标题). */
function formItemLabel(input: Element): string {
  let el: Element | null = input.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const label = el.querySelector('label, [class*="label"]');
    if (label) return label.textContent ?? '';
  }
  return '';
}

// ---- SKU tables ---------------------------------------------------------------------------------
// 淘宝/天猫: header of DIV cells (.sell-sku-thead > .sell-sku-table-header-common-new, no thead/th) in the
// order of the row's <td>s; cells with ids {row}-skuPrice, {row}-skuStock, {row}-p-<spec prop> (spzx-parent
// notes). 抖店: a header <table> of its own; body rows <tr> straight in a virtual-scroll <div> (no
// <tbody>), cells classed attr-column-field_price / _stock_info / _spec_N; spec cells span rows and
// are shown in "extra" rows (doudian-create/sku-table.html). Older layouts: a plain <table> with <th>s.

type Role = 'price' | 'stock' | 'spec' | 'other';

/** What a cell is, from its own marks: the 抖店 column class or the 淘宝 cell id. */
function markedRole(cell: Element): { role: Role; column: string } | undefined {
  const field = /(?:^|\s)attr-column-field_(\w+)/.exec(cell.getAttribute('class') ?? '')?.[1];
  if (field) return { role: field === 'price' ? 'price' : field === 'stock_info' || field === 'stock' ? 'stock' : /^spec_\d+$/.test(field) ? 'spec' : 'other', column: field };
  const id = /^\d+-(.+)$/.exec(cell.getAttribute('id') ?? '')?.[1];
  if (id) return { role: id === 'skuPrice' ? 'price' : id === 'skuStock' || id === 'skuQuantity' ? 'stock' : /^p-\d+$/.test(id) ? 'spec' : 'other', column: id };
  return undefined;
}

const PRICE_HEADER = /^(?:价格|售价|单价|一口价|销售价)(?:[（(]元[)）])?$/;
const STOCK_HEADER = /^(?:库存|数量|现货库存|库存数量)(?:[（(]件[)）])?$/;

/** Column roles by position, from the header cells (<th>s, or the row of DIV header cells before the body). */
function headerRoles(container: Element): Role[] | undefined {
  const rows: Element[][] = [...container.querySelectorAll('thead tr')].map((tr) => [...tr.children]);
  // A header of DIV cells: an element whose children (no inputs among them) include a price title.
  if (!rows.length)
    for (const el of container.querySelectorAll('div, ul')) {
      if (el.closest('tr') || el.children.length < 2) continue;
      const cells = [...el.children];
      if (!el.querySelector('input') && cells.some((c) => PRICE_HEADER.test(labelKey(c.textContent ?? '')))) rows.push(cells);
    }
  for (const cells of rows) {
    const roles = cells.map((c): Role => {
      const text = labelKey(c.textContent ?? '');
      return PRICE_HEADER.test(text) ? 'price' : STOCK_HEADER.test(text) ? 'stock' : 'other';
    });
    if (roles.includes('price')) {
      // The cells before the price title and without a role are the spec columns (颜色分类, 尺码 …).
      const first = roles.indexOf('price');
      return roles.map((r, i) => (r === 'other' && i < first && labelKey(cells[i]!.textContent ?? '') ? 'spec' : r));
    }
  }
  return undefined;
}

interface Cell {
  el: Element;
  role: Role;
  column: string;
}

/**
 * The cells of each row with their roles. A row whose cells carry marks (ids, column classes) is read
 * by them; an unmarked row takes the roles of the header columns, by position (a spanning cell counts
 * in each row it covers, so its spec value carries too).
 */
function rowCells(rows: readonly Element[], header: () => Role[] | undefined): Cell[][] {
  const grid = cellGrid(rows);
  return rows.map((tr, r) => {
    const tds = [...tr.children].filter((el) => el.tagName === 'TD' || el.tagName === 'TH');
    if (tds.some((el) => markedRole(el))) return tds.map((el) => ({ el, ...(markedRole(el) ?? { role: 'other' as const, column: '' }) }));
    const roles = header();
    return grid[r]!.map((el, column) => ({ el, role: roles?.[column] ?? 'other', column: `col${column}` }));
  });
}

const cellText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const hasVirtualAncestor = (el: Element) => {
  for (let node = el.parentElement; node; node = node.parentElement) if (/virtual/i.test(node.getAttribute('class') ?? '')) return true;
  return false;
};

function skuContainers(root: Document | Element): Element[] {
  const found = SKU_CONTAINERS.flatMap((s) => [...root.querySelectorAll(s)]);
  if (found.length) return found;
  return labelElements(root, SKU_LABELS).map((l) => l.parentElement?.parentElement ?? l);
}

function findSkuRows(root: Document | Element, rendered: Rendered): { rows: SkuRow[]; virtual: boolean } {
  for (const container of skuContainers(root)) {
    const trs = [...container.querySelectorAll('tr')].filter((tr) => !tr.closest('thead') && tr.querySelector('td'));
    if (!trs.length) continue;
    let roles: Role[] | undefined | null = null;
    const cells = rowCells(trs, () => (roles === null ? (roles = headerRoles(container)) : roles));
    // Row order: the virtual list's own key where rows carry one (its "extra" rows come after the rows they span).
    const order = trs.map((tr, i) => {
      const key = tr.getAttribute('data-row-key');
      return key !== null && /^\d+$/.test(key) ? Number(key) : i;
    });
    // Spec texts by column, each with the row it starts at, for the rows a spanning cell covers; the
    // columns in the order the rows show them.
    const specs = new Map<string, { at: number; text: string }[]>();
    const place = new Map<string, number>();
    cells.forEach((row, r) =>
      row.forEach((c, i) => {
        if (c.role !== 'spec') return;
        place.set(c.column, Math.min(place.get(c.column) ?? i, i));
        const text = cellText(c.el);
        if (text) (specs.get(c.column) ?? specs.set(c.column, []).get(c.column)!).push({ at: order[r]!, text });
      }),
    );
    const specColumns = [...specs.keys()].sort((a, b) => place.get(a)! - place.get(b)!);
    const out: SkuRow[] = [];
    cells.forEach((row, r) => {
      const priceCell = row.find((c) => c.role === 'price');
      const price = priceCell && (firstInput(priceCell.el, rendered) as HTMLInputElement | undefined);
      if (!price) return; // a row of spanning spec cells only (抖店's extra rows), or not a SKU row
      const name = specColumns
        .map((column) => {
          const own = row.find((c) => c.column === column);
          const text = own && cellText(own.el);
          if (text) return text;
          let best: { at: number; text: string } | undefined;
          for (const entry of specs.get(column)!) if (entry.at <= order[r]! && (!best || entry.at >= best.at)) best = entry;
          return best?.text ?? '';
        })
        .filter(Boolean)
        .join(' / ');
      const stockCell = row.find((c) => c.role === 'stock');
      const tr = trs[r]!;
      const idRow = /^(\d+)-/.exec(priceCell.el.getAttribute('id') ?? '')?.[1];
      out.push({ key: tr.getAttribute('data-row-key') ?? idRow ?? String(r), name, price, ...(stockCell && stockOf(stockCell.el, rendered)) });
    });
    if (out.length) return { rows: out, virtual: out.some((row) => row.price && hasVirtualAncestor(row.price)) };
  }
  return { rows: [], virtual: false };
}

/** The stock of a cell: its input, or where the input is a 增/减 change (radio buttons beside it), the number shown. */
function stockOf(cell: Element, rendered: Rendered): Pick<SkuRow, 'stock' | 'stockText'> {
  if (cell.querySelector('input[type="radio"]')) {
    const shown = [...cell.querySelectorAll('*')].find((el) => !el.children.length && /^\d+$/.test(cellText(el)));
    return shown ? { stockText: cellText(shown) } : {};
  }
  const input = firstInput(cell, rendered) as HTMLInputElement | undefined;
  return input ? { stock: input } : {};
}

export interface SkuValue {
  key: string;
  name: string;
  price: number;
  stock?: number;
}

const money = (input: TextInput | undefined): number | undefined => {
  const value = input ? parseMoney(input.value) : undefined;
  // Above 1亿 is not a price the platforms take (nor one 分 arithmetic keeps exact): not read.
  return value !== undefined && value > 0 && value <= MAX_YUAN ? value : undefined;
};

/** The SKU rows' values as the form holds them now (rows without a valid price left out). */
export function readSkus(fields: EditorFields): SkuValue[] {
  return fields.skus.flatMap((row) => {
    const price = money(row.price);
    if (price === undefined) return [];
    const stock = Number.parseInt(row.stock ? row.stock.value : (row.stockText ?? ''), 10);
    return [{ key: row.key, name: row.name, price, ...(Number.isInteger(stock) && stock >= 0 && { stock }) }];
  });
}

/**
 * The listing as the form holds it now. With SKU prices the buyer sees the lowest of them (抖店's 起价;
 * 淘宝/天猫 show it as the page's price, and 一口价 "应是销售属性表中…SKU价格之一"), so that is the price;
 * the single price field counts only without them. `skus` defaults to the rows in the page; a virtual
 * table passes the rows read while the seller scrolled too.
 */
export function readListing(fields: EditorFields, platform: Platform, skus: readonly SkuValue[] = readSkus(fields)): ListingInput {
  const price = skus.length ? Math.min(...skus.map((s) => s.price)) : money(fields.price);
  const compareAt = money(fields.compareAt);
  const category = fields.category && readCategory(fields.category);
  return {
    title: fields.title?.value ?? '',
    platform,
    ...(category && { category }),
    ...(price !== undefined && { price }),
    ...(compareAt !== undefined && { compareAt }),
    ...(skus.length > 0 && { skus: skus.map(({ name, price: p, stock }) => ({ name, price: p, ...(stock !== undefined && { stock }) })) }),
  };
}
