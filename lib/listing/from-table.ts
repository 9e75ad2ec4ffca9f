// listing/: maps rows of a listing file (ours, or a 千牛/抖店 product export) to Listings by column
// name, Chinese or English (CONTRACTS.md §1 `lint`).
import { Listing, type ListingInput } from '../schemas/listing';
import type { Platform } from '../schemas/common';
import { InputError } from '../tables/errors';
import { parseMoney } from '../pricing/money';
import type { Table } from '../tables/read';
import { isBlank } from '../tables/blank';
import { rowId } from '../tables/ids';

export const LISTING_COLUMNS = {
  id: ['id', '商品ID', '宝贝ID', '商品id', '宝贝id'],
  title: ['title', '标题', '宝贝标题', '商品标题', '商品名称', '宝贝名称'],
  platform: ['platform', '平台'],
  category: ['category', '类目'],
  // 千牛 出售中/仓库中的宝贝 exports: 价格 or 宝贝价格; 抖店 商品 export: 售价（元） or 商品价格.
  price: ['price', '价格', '一口价', '售价', '宝贝价格', '商品价格', '价格(元)', '价格（元）', '售价(元)', '售价（元）'],
  compareAt: ['compareAt', '划线价', '原价'],
  cost: ['cost', '成本', '成本价'],
  industryAvg: ['industryAvg', '行业均价'],
} as const;
type Field = keyof typeof LISTING_COLUMNS;

const PLATFORM_NAMES: Record<string, Platform> = {
  taobao: 'taobao', 淘宝: 'taobao', 千牛: 'taobao',
  tmall: 'tmall', 天猫: 'tmall',
  douyin: 'douyin', 抖音: 'douyin', 抖店: 'douyin', 抖音商城: 'douyin',
};

/** Finds which header of the table holds each field (exact name, English names case-insensitive). */
export function matchColumns<F extends string>(headers: readonly string[], columns: Record<F, readonly string[]>): Partial<Record<F, string>> {
  const found: Partial<Record<F, string>> = {};
  for (const field of Object.keys(columns) as F[]) {
    const names = columns[field].map((n) => n.toLowerCase());
    const header = headers.find((h) => names.includes(h.toLowerCase()));
    if (header !== undefined) found[field] = header;
  }
  return found;
}

export function parsePlatform(raw: string): Platform | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  return PLATFORM_NAMES[text.toLowerCase()] ?? PLATFORM_NAMES[text];
}

export function listingsFromTable(table: Table, defaultPlatform: Platform = 'taobao'): Listing[] {
  const columns = matchColumns(table.headers, LISTING_COLUMNS);
  if (!columns.title)
    throw new InputError(`no title column (expected one of: ${LISTING_COLUMNS.title.join(', ')})`, { file: table.file, column: 'title' });
  return table.rows.map((row) => {
    const { line, cells } = row;
    const place = (field: Field) => ({ file: table.file, row: line, column: columns[field] });
    const cell = (field: Field) => (columns[field] ? (cells[columns[field]!] ?? '') : '');
    const input: ListingInput = { title: cell('title').replace(/^\t+/, '').trim(), platform: defaultPlatform };
    // An id is optional here, but one that is given must be exact (tables/ids.ts); `-` and the other blanks exports write give none.
    if (columns.id && !isBlank(cell('id'))) {
      const id = rowId(row, columns.id);
      if ('error' in id) throw new InputError(id.error, place('id'));
      input.id = id.id;
    }
    if (columns.category) input.category = cell('category').trim() || undefined;
    if (columns.platform && cell('platform').trim()) {
      const platform = parsePlatform(cell('platform'));
      if (!platform) throw new InputError(`"${cell('platform')}" is not a platform (taobao, tmall, douyin)`, place('platform'));
      input.platform = platform;
    }
    for (const field of ['price', 'compareAt', 'cost', 'industryAvg'] as const) {
      if (!columns[field]) continue;
      const value = parseMoney(cell(field));
      if (value === undefined) continue;
      if (!(value > 0)) throw new InputError(`"${cell(field)}" is not a positive amount`, place(field));
      input[field] = value;
    }
    const parsed = Listing.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path[0] as Field;
      throw new InputError(`"${cell(field)}": ${issue.message}`, columns[field] ? place(field) : { file: table.file, row: line });
    }
    return parsed.data;
  });
}
