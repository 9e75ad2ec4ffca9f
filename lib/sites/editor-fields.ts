// The fields of a listing editor, found in a Document the way a person finds them: by the stable
// container id (#sell-field-title), the 抖店 `attr-field-id`, the label text, the placeholder and the
// maxlength — in that order, never by class names (they are hashed and change on every release).
// Pure functions of a Document/Element: tested on the fixture pages with linkedom.
import type { Platform } from '../schemas/common';
import type { ListingInput } from '../schemas/listing';
import { parseMoney } from '../pricing/money';

export type TextInput = HTMLInputElement | HTMLTextAreaElement;

export interface SkuRow {
  /** The row's spec values, e.g. "冰川白 / 均码". */
  name: string;
  price?: HTMLInputElement;
  stock?: HTMLInputElement;
}

export interface EditorFields {
  title?: TextInput;
  /** 一口价 / 价格: the single price field, when the form has one. */
  price?: HTMLInputElement;
  compareAt?: HTMLInputElement;
  skus: SkuRow[];
  /** The element showing the 类目 path (text, not an input: the category is chosen on a step before). */
  category?: Element;
}

interface Locator {
  ids: string[];
  fieldIds: string[];
  /** Label texts, compared after dropping "*", colons and spaces. */
  labels: string[];
  placeholder?: RegExp;
  maxLength?: string[];
  /** Fields that look alike but are others (导购标题 is not the title). */
  not?: RegExp;
}

const LOCATORS = {
  title: {
    ids: ['sell-field-title'],
    fieldIds: ['商品标题', '宝贝标题'],
    labels: ['宝贝标题', '商品标题', '商品名称', '标题'],
    placeholder: /标题/,
    maxLength: ['60'],
    not: /导购|副标题|短标题|卖点/,
  },
  price: { ids: ['sell-field-price'], fieldIds: ['价格', '一口价'], labels: ['一口价', '价格', '售价'], placeholder: /价格/, not: /划线|原价|成本/ },
  compareAt: { ids: ['sell-field-marketPrice'], fieldIds: ['划线价'], labels: ['划线价', '原价'] },
} satisfies Record<string, Locator>;

const SKU_CONTAINER = { ids: ['struct-sku'], fieldIds: ['价格与库存'], labels: ['宝贝规格', '价格与库存', '销售规格'] };

export function findEditorFields(root: Document | Element): EditorFields {
  return {
    title: locate(root, LOCATORS.title),
    price: locate(root, LOCATORS.price) as HTMLInputElement | undefined,
    compareAt: locate(root, LOCATORS.compareAt) as HTMLInputElement | undefined,
    skus: findSkuRows(root),
    category: findCategory(root),
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
    if (CATEGORY_LABELS.includes(key) || /^(切换|修改|更换|选择)类目$/.test(key) || (!key && /[*＊]/.test(value))) continue;
    text += value;
  }
  const path = text.replace(/\s+/g, ' ').trim();
  return path || undefined;
}

function locate(root: Document | Element, loc: Locator): TextInput | undefined {
  for (const id of loc.ids) {
    const input = firstInput(root.querySelector(`[id="${id}"]`));
    if (input) return input;
  }
  for (const fid of loc.fieldIds) {
    const input = firstInput(root.querySelector(`[attr-field-id="${fid}"]`));
    if (input) return input;
  }
  for (const label of labelElements(root, loc.labels)) {
    const input = inputNear(label);
    if (input) return input;
  }
  const inputs = textInputs(root);
  const ownLabelIsOther = (input: TextInput) => loc.not?.test(`${input.getAttribute('placeholder') ?? ''}${formItemLabel(input)}`) ?? false;
  if (loc.placeholder) {
    const input = inputs.find((i) => loc.placeholder!.test(i.getAttribute('placeholder') ?? '') && !ownLabelIsOther(i));
    if (input) return input;
  }
  if (loc.maxLength) return inputs.find((i) => loc.maxLength!.includes(i.getAttribute('maxlength') ?? '') && !ownLabelIsOther(i));
  return undefined;
}

const isTextInput = (el: Element): el is TextInput => {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'search', 'number', 'tel', ''].includes(type);
};

function textInputs(root: Document | Element | null): TextInput[] {
  if (!root) return [];
  return [...root.querySelectorAll('input, textarea')].filter(isTextInput);
}

const firstInput = (container: Element | null): TextInput | undefined => textInputs(container)[0];

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
function inputNear(label: Element): TextInput | undefined {
  let el: Element | null = label;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const inputs = textInputs(el);
    if (inputs.length) return inputs[0];
  }
  return undefined;
}

/** The label text of the form item an input sits in (for telling 导购标题 from 宝贝标题). */
function formItemLabel(input: Element): string {
  let el: Element | null = input.parentElement;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const label = el.querySelector('label');
    if (label) return label.textContent ?? '';
  }
  return '';
}

function findSkuRows(root: Document | Element): SkuRow[] {
  const containers = [
    ...SKU_CONTAINER.ids.map((id) => root.querySelector(`[id="${id}"]`)),
    ...SKU_CONTAINER.fieldIds.map((fid) => root.querySelector(`[attr-field-id="${fid}"]`)),
  ].filter((c): c is Element => c !== null);
  if (!containers.length) containers.push(...labelElements(root, SKU_CONTAINER.labels).map((l) => l.parentElement?.parentElement ?? l));
  for (const container of containers) {
    for (const table of container.querySelectorAll('table')) {
      const headers = [...table.querySelectorAll('thead th, thead td')].map((th) => labelKey(th.textContent ?? ''));
      const priceCol = headers.findIndex((h) => /价格|售价|单价/.test(h) && !/划线|原价|成本/.test(h));
      const stockCol = headers.findIndex((h) => /库存|数量/.test(h));
      if (priceCol < 0) continue;
      return [...table.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.children];
        return {
          name: cells.filter((c) => !textInputs(c).length).map((c) => (c.textContent ?? '').trim()).filter(Boolean).join(' / '),
          price: firstInput(cells[priceCol] ?? null) as HTMLInputElement | undefined,
          stock: stockCol >= 0 ? (firstInput(cells[stockCol] ?? null) as HTMLInputElement | undefined) : undefined,
        };
      });
    }
  }
  return [];
}

const money = (input: TextInput | undefined): number | undefined => {
  const value = input ? parseMoney(input.value) : undefined;
  return value !== undefined && value > 0 ? value : undefined;
};

/**
 * The listing as the form holds it now. With no single price field the buyer sees the lowest SKU
 * price (抖店's 起价; 淘宝 derives 一口价 the same way).
 */
export function readListing(fields: EditorFields, platform: Platform): ListingInput {
  const skus = fields.skus.flatMap((row) => {
    const price = money(row.price);
    if (price === undefined) return [];
    const stock = row.stock ? Number.parseInt(row.stock.value, 10) : NaN;
    return [{ name: row.name, price, ...(Number.isInteger(stock) && stock >= 0 && { stock }) }];
  });
  const price = money(fields.price) ?? (skus.length ? Math.min(...skus.map((s) => s.price)) : undefined);
  const compareAt = money(fields.compareAt);
  const category = fields.category && readCategory(fields.category);
  return {
    title: fields.title?.value ?? '',
    platform,
    ...(category && { category }),
    ...(price !== undefined && { price }),
    ...(compareAt !== undefined && { compareAt }),
    ...(skus.length > 0 && { skus }),
  };
}
