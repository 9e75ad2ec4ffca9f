// Search-term data in: 生意参谋 市场/搜索分析 exports, 抖店罗盘 search-term exports (recognised by their
// headers, which may sit below title rows) and plain pasted lists (one word a line, optional number).
// All-or-nothing: the first bad cell stops the import with its file, row and column.
import { matchColumns } from '../listing/from-table';
import { InputError } from '../tables/errors';
import { decodeText } from '../tables/decode';
import { readTable, type Table } from '../tables/read';
import { normaliseTerm } from '../text/normalise';
import { wordBank, type WordBank } from '../lexicon/bank';
import { IsoDate, KeywordBank, type Keyword, type KeywordSource } from './schema';

export const KEYWORD_COLUMNS = {
  term: ['搜索词', '关键词', 'keyword', 'term'],
  popularity: ['搜索人气', 'popularity'],
  heat: ['搜索热度', 'heat'],
  clickRate: ['点击率', 'clickRate'],
  conversion: ['支付转化率', '成交转化率', '转化率', 'conversion'],
  competition: ['在线商品数', 'competition'],
  cpc: ['直通车参考价', 'cpc'],
} as const;
type Field = Exclude<keyof typeof KEYWORD_COLUMNS, 'term'>;
const RATES: readonly Field[] = ['clickRate', 'conversion'];

/** A header row of a search-term export: a term column and at least one figure column. */
export function isKeywordHeader(cells: readonly string[]): boolean {
  const found = matchColumns(cells, KEYWORD_COLUMNS);
  return found.term !== undefined && Object.keys(found).length > 1;
}

/** 抖店罗盘 writes 成交转化率 where 生意参谋 writes 支付转化率, and has no 在线商品数. */
export function tableSource(headers: readonly string[]): KeywordSource {
  return headers.includes('成交转化率') && !headers.includes('在线商品数') ? 'compass' : 'sycm';
}

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g;

/** The last date written in `text` (a 统计日期 range ends on the day the data covers), as YYYY-MM-DD. */
export function lastDate(text: string): string | undefined {
  let found: string | undefined;
  for (const [, y, m, d] of text.matchAll(DATE)) {
    const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    if (IsoDate.safeParse(iso).success && !Number.isNaN(Date.parse(iso))) found = iso;
  }
  return found;
}

/**
 * A figure as the exports write it: "1,234", "1.2万", "12.34%", "-" (too small to show → absent).
 * Returns the number and whether it carried a % sign; NaN when it is not a figure.
 */
export function parseFigure(raw: string): { value: number; percent: boolean } | undefined {
  let text = raw.replace(/[\s\t"'=,，¥￥元]/g, '');
  if (text === '' || /^[-—–]+$/.test(text)) return undefined;
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  let scale = 1;
  if (text.endsWith('万')) (scale = 1e4), (text = text.slice(0, -1));
  else if (text.endsWith('亿')) (scale = 1e8), (text = text.slice(0, -1));
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) * scale : NaN;
  return { value, percent };
}

export interface BankMeta {
  category?: string;
  shop?: string;
  /** The day the figures cover, when the caller knows it better than the file. */
  dataDate?: string;
  now?: Date;
}

/** Keywords from a table whose header `isKeywordHeader` recognised. */
export function keywordsFromTable(table: Table): Keyword[] {
  const columns = matchColumns(table.headers, KEYWORD_COLUMNS);
  if (!columns.term) throw new InputError(`no search-term column (expected one of: ${KEYWORD_COLUMNS.term.join(', ')})`, { file: table.file, column: '搜索词' });
  const fields = (Object.keys(columns) as (Field | 'term')[]).filter((f): f is Field => f !== 'term');
  // A rate column is a percentage when any cell says so, or — for a conversion rate, which cannot
  // pass 100% — when any value is above 1 (3.2 can only be 3.2%); otherwise it holds fractions.
  // Decided per column, so one cell cannot flip it. A click rate may pass 100% (生意参谋: 112.34%).
  const percentColumn = new Set<Field>();
  const parsed = table.rows.map(({ line, cells }) => {
    const figures: Partial<Record<Field, { value: number; raw: string }>> = {};
    for (const field of fields) {
      const raw = cells[columns[field]!] ?? '';
      const figure = parseFigure(raw);
      if (!figure) continue;
      if (Number.isNaN(figure.value)) throw new InputError(`"${raw.trim()}" is not a number`, { file: table.file, row: line, column: columns[field] });
      if (RATES.includes(field) && (figure.percent || (field === 'conversion' && figure.value > 1))) percentColumn.add(field);
      figures[field] = { value: figure.value, raw: raw.trim() };
    }
    return { line, term: (cells[columns.term!] ?? '').replace(/[\t"]/g, '').trim(), figures };
  });
  const keywords: Keyword[] = [];
  const seen = new Set<string>();
  for (const { line, term, figures } of parsed) {
    if (!term) throw new InputError('the search term is empty', { file: table.file, row: line, column: columns.term });
    const keyword: Keyword = { term };
    for (const field of fields) {
      const figure = figures[field];
      if (!figure) continue;
      const value = percentColumn.has(field) ? figure.value / 100 : figure.value;
      if (field === 'conversion' && value > 1) throw new InputError(`"${figure.raw}" is not a rate (above 100%)`, { file: table.file, row: line, column: columns[field] });
      keyword[field] = value;
    }
    if (addOnce(seen, term)) keywords.push(keyword);
  }
  return keywords;
}

/** A pasted list: one term a line, optionally followed by a number (tab, comma or spaces between). */
export function parseKeywordList(text: string, file = 'list'): Keyword[] {
  const keywords: Keyword[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (!trimmed) return;
    const match = /^(.*?)(?:[\t,，]\s*|\s+)([\d.,，]+(?:万|亿)?%?)$/.exec(trimmed);
    const term = (match ? match[1]! : trimmed).trim();
    if (!term || /^[\d.,，]+(?:万|亿)?%?$/.test(term)) throw new InputError('a line needs a search term before its number', { file, row: i + 1 });
    const keyword: Keyword = { term };
    if (match) {
      const figure = parseFigure(match[2]!);
      if (!figure || Number.isNaN(figure.value)) throw new InputError(`"${match[2]}" is not a number`, { file, row: i + 1 });
      keyword.popularity = figure.value;
    }
    if (addOnce(seen, term)) keywords.push(keyword);
  });
  if (!keywords.length) throw new InputError('the list has no search terms', { file });
  return keywords;
}

/** Keeps the first of terms that are the same after normalisation (防晒衣 女 = 防晒衣女). */
function addOnce(seen: Set<string>, term: string): boolean {
  const key = normaliseTerm(term);
  if (!key || seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** The category lexicon most of the terms' core words belong to. */
export function inferCategory(keywords: readonly Keyword[], words: WordBank = wordBank()): string | undefined {
  const votes = new Map<string, number>();
  for (const { term } of keywords)
    for (const hit of words.scan(term).words) if (hit.kind === 'core') for (const c of hit.categories) if (c !== 'user') votes.set(c, (votes.get(c) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** China date of an instant, YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Reads a keyword file into a bank: a table (.csv UTF-8/GBK, .xlsx, .json, .jsonl) with a recognised
 * header, or a pasted list (.txt). The data date comes from `meta`, else the title rows above the
 * header (统计日期 …~2026-04-30), else the file name, else the import day.
 */
export async function readKeywordFile(bytes: Uint8Array, file: string, meta: BankMeta = {}): Promise<KeywordBank> {
  const now = meta.now ?? new Date();
  let keywords: Keyword[];
  let source: KeywordSource;
  let titleDate: string | undefined;
  if (/\.txt$/i.test(file)) {
    keywords = parseKeywordList(decodeText(bytes, file).text, file);
    source = 'list';
  } else {
    const above: string[] = [];
    const table = await readTable(bytes, file, (cells) => {
      if (isKeywordHeader(cells)) return true;
      above.push(cells.join(' '));
      return false;
    }).catch((error: unknown) => {
      if (error instanceof InputError && error.reason === 'no header row found')
        throw new InputError(`no search-term header (expected 搜索词 with 搜索人气/搜索热度/点击率/转化率/在线商品数)`, { file });
      throw error;
    });
    if (!table.rows.length) throw new InputError('the export has no search terms', { file });
    keywords = keywordsFromTable(table);
    source = tableSource(table.headers);
    titleDate = lastDate(above.join(' '));
  }
  const category = meta.category ?? inferCategory(keywords);
  if (!category) throw new InputError('cannot tell the category from the terms; name it (--category)', { file });
  const dataDate = meta.dataDate ?? titleDate ?? lastDate(file.split(/[\\/]/).pop()!) ?? chinaDate(now);
  const bank = KeywordBank.safeParse({ shop: meta.shop, category, dataDate, importedAt: now.toISOString(), source, keywords });
  // The cells were checked one by one above; what is left to fail is the caller's meta.
  if (!bank.success) throw new InputError(`${bank.error.issues[0]!.path.join('.')}: ${bank.error.issues[0]!.message}`, { file });
  return bank.data;
}
