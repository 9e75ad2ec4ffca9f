// The columns of the search-term exports, by the names each layout gives them (public evidence, see
// ../../test/fixtures/keywords/README.md). Names are compared after NFKC (（人数） = (人数)) without
// spaces or case; a trailing "(%)" (指数还原: 点击率(%)) says the column holds percentages and a
// trailing "(元)" is a unit, both dropped before comparing. Where a layout has two columns for one
// figure, the first name listed wins and the other fills its blanks (观数: 预估搜索人气 beside the
// 搜索人气 range).
import type { FigureField, KeywordSource } from './schema';

export const KEYWORD_COLUMNS = {
  // 相关搜索词: 生意参谋 相关分析 and its copied text; 关键词: 指数还原, 直通车 reports, older tools.
  term: ['搜索词', '相关搜索词', '关键词', '下拉词', 'keyword', 'term'],
  // 搜索人数: 抖店罗盘 and 指数还原 (searchers counted rather than indexed).
  popularity: ['预估搜索人气', '搜索人气', '搜索人数', 'popularity'],
  heat: ['搜索热度', 'heat'],
  // 商品点击率(人数): 罗盘 行业热词 (clicking buyers ÷ buyers shown the listings).
  clickRate: ['点击率', '商品点击率(人数)', 'clickRate'],
  conversion: ['预估支付转化率', '支付转化率', '成交转化率', '商品点击-成交转化率(人数)', '转化率', 'conversion'],
  competition: ['在线商品数', 'competition'],
  cpc: ['直通车参考价', 'cpc'],
  supplyRatio: ['需求供给比', 'supplyRatio'],
  // 直通车/万相台 关键词报表 (ids 24936702733, 40399644642, 18874465062).
  impressions: ['展现量', 'impressions'],
  clicks: ['点击量', 'clicks'],
  spend: ['花费', '总花费', '消耗', 'spend'],
  orders: ['总成交笔数', '成交笔数', 'orders'],
  revenue: ['总成交金额', '成交金额', '成交额', 'revenue'],
} as const satisfies Record<FigureField | 'term', readonly string[]>;

/** Columns of ad-report figures: summed per keyword over the report's days and plans. */
export const AD_FIELDS = ['impressions', 'clicks', 'spend', 'orders', 'revenue'] as const satisfies readonly FigureField[];
export const RATE_FIELDS: readonly FigureField[] = ['clickRate', 'conversion'];

/** Headers that only 抖店罗盘 writes (行业热词明细数据; ids 70281295559, 37919931970). */
const COMPASS_ONLY = ['商品点击率(人数)', '商品点击-成交转化率(人数)', '搜索结果曝光人数', '搜索用户支付金额', '商品曝光人数'];
/** A date column: per-day rows (ad reports) end on the day the data covers. */
const DATE_NAMES = ['日期', '统计日期', 'date'];
/** A rank column (搜索排行, numbered 下拉词 lists): the order, not a figure. */
const RANK_NAMES = ['排名', '序号', '名次', 'rank', 'no', '#'];

export interface HeaderKey {
  key: string;
  /** The header said its cells are percentages: 点击率(%). */
  percent: boolean;
}

export function headerKey(header: string): HeaderKey {
  let key = header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const percent = /\(%\)$/.test(key);
  key = key.replace(/\((?:%|元)\)$/, '');
  return { key, percent };
}

const keyOf = (name: string) => headerKey(name).key;
const NAMES = Object.fromEntries(Object.entries(KEYWORD_COLUMNS).map(([field, names]) => [field, names.map(keyOf)])) as Record<keyof typeof KEYWORD_COLUMNS, string[]>;

export interface FigureColumn {
  header: string;
  percent: boolean;
  /** 观数's 预估… columns are a plugin's estimates, not the platform's figures. */
  estimate: boolean;
}

export interface KeywordColumns {
  term?: string;
  /** Per field, its columns in order of preference (the first that has a figure wins). */
  figures: Partial<Record<FigureField, FigureColumn[]>>;
  date?: string;
}

export function keywordColumns(headers: readonly string[]): KeywordColumns {
  const keys = headers.map(headerKey);
  const find = (names: readonly string[]) => names.flatMap((name) => keys.flatMap((k, i) => (k.key === name ? [i] : [])));
  const figures: KeywordColumns['figures'] = {};
  for (const field of Object.keys(NAMES) as (FigureField | 'term')[]) {
    if (field === 'term') continue;
    const found = [...new Set(find(NAMES[field]))];
    if (found.length) figures[field] = found.map((i) => ({ header: headers[i]!, percent: keys[i]!.percent, estimate: keys[i]!.key.startsWith('预估') }));
  }
  const term = find(NAMES.term)[0];
  const date = find(DATE_NAMES.map(keyOf))[0];
  return { term: term === undefined ? undefined : headers[term], figures, date: date === undefined ? undefined : headers[date] };
}

/** A header row of a search-term export: a term column and at least one figure column. */
export function isKeywordHeader(cells: readonly string[]): boolean {
  const columns = keywordColumns(cells);
  return columns.term !== undefined && Object.keys(columns.figures).length > 0;
}

/** A header of terms without figures (排名 关键词): every cell a known column name, one of them a term column. */
export function isListHeader(cells: readonly string[]): boolean {
  const known = new Set([...Object.values(NAMES).flat(), ...DATE_NAMES.map(keyOf), ...RANK_NAMES.map(keyOf)]);
  const filled = cells.filter((c) => c.trim());
  return filled.length > 0 && filled.every((c) => known.has(keyOf(c))) && keywordColumns(cells).term !== undefined;
}

/** An ad report: per-keyword traffic (展现量/点击量) rather than search demand. */
export const isAdReport = (columns: KeywordColumns) => columns.figures.clicks !== undefined || columns.figures.impressions !== undefined;

/** Where a table's figures come from, by its columns. */
export function tableSource(headers: readonly string[]): KeywordSource {
  const columns = keywordColumns(headers);
  if (isAdReport(columns)) return 'ads';
  if (!Object.keys(columns.figures).length) return 'list';
  const keys = headers.map((h) => headerKey(h).key);
  if (COMPASS_ONLY.some((name) => keys.includes(keyOf(name)))) return 'compass';
  // The older 罗盘 search-term sheet: 成交转化率 where 生意参谋 writes 支付转化率, and no 在线商品数.
  return keys.includes('成交转化率') && !keys.includes('在线商品数') ? 'compass' : 'sycm';
}
