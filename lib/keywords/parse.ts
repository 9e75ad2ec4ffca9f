// Search-term data in, recognised by its headers wherever they sit (title rows above them are read
// for the date): 生意参谋 (专业版 exact indices; free 搜索排行/搜索分析 and 相关分析 with ranges), 抖店罗盘
// (行业热词), the plugins sellers use on them (观数, 指数还原), 直通车/万相台 关键词报表, and text — a
// table copied off a page, or a list of terms. Layouts, columns and their evidence: columns.ts and
// ../../test/fixtures/keywords/README.md. All-or-nothing: the first bad cell or line stops the
// import with its file, row and column.
import { InputError, NO_HEADER_ROW } from '../tables/errors';
import { decodeText } from '../tables/decode';
import { readTable, type Table } from '../tables/read';
import { wordBank, type WordBank } from '../lexicon/bank';
import { isKeywordHeader, KEYWORD_COLUMNS, tableSource } from './columns';
import { chinaDate, lastDate } from './dates';
import { keywordsFromTable, type TableKeywords } from './table';
import { productWords } from './product';
import { parseKeywordList, tableFromText } from './text';
import { KeywordBank, type Keyword, type KeywordSource } from './schema';

export { isKeywordHeader, KEYWORD_COLUMNS, tableSource } from './columns';
export { chinaDate, lastDate } from './dates';
export { parseFigure } from './figure';
export { keywordsFromTable } from './table';
export { parseKeywordList } from './text';

export interface BankMeta {
  category?: string;
  shop?: string;
  /** The day the figures cover, when the caller knows it better than the file. */
  dataDate?: string;
  now?: Date;
}

/**
 * The category lexicon most of the terms' core words belong to; when the lexicons know none of them,
 * the bank's own product word (浴缸 for a 浴缸 搜索排行; product.ts), as a category named by the export.
 */
export function inferCategory(keywords: readonly Keyword[], words: WordBank = wordBank()): string | undefined {
  const votes = new Map<string, number>();
  const scans = keywords.map(({ term }) => words.scan(term));
  for (const scan of scans) for (const hit of scan.words) if (hit.kind === 'core') for (const c of hit.categories) if (c !== 'user') votes.set(c, (votes.get(c) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? productWords(scans)[0];
}

interface Read {
  table?: Table;
  read: TableKeywords;
}

async function readFile(bytes: Uint8Array, file: string): Promise<Read> {
  if (/\.txt$/i.test(file)) {
    const { text } = decodeText(bytes, file);
    const table = tableFromText(text, file);
    if (table) return { table, read: keywordsFromTable(table) };
    return { read: { keywords: parseKeywordList(text, file), approximate: false, ads: false } };
  }
  const table = await readTable(bytes, file, isKeywordHeader).catch((error: unknown) => {
    if (error instanceof InputError && error.reason === NO_HEADER_ROW.en)
      throw new InputError(
        {
          en: `no search-term header (expected ${KEYWORD_COLUMNS.term.slice(0, 3).join('/')} with 搜索人气/搜索人数/点击率/转化率/展现量…)`,
          zh: `找不到搜索词表头（应为 ${KEYWORD_COLUMNS.term.slice(0, 3).join('/')}，并有搜索人气/搜索人数/点击率/转化率/展现量…）`,
        },
        { file },
      );
    throw error;
  });
  return { table, read: keywordsFromTable(table) };
}

/**
 * Reads a keyword file into a bank: a table (.csv UTF-8/GBK, .xlsx, .xls, .json, .jsonl) with a recognised
 * header, or text (.txt: a copied table or a list). The data date comes from `meta`, else the title
 * rows above the header (统计日期 …~2026-04-30), else the latest 日期 of per-day rows, else the file
 * name, else the import day.
 */
export async function readKeywordFile(bytes: Uint8Array, file: string, meta: BankMeta = {}): Promise<KeywordBank> {
  const now = meta.now ?? new Date();
  const { table, read } = await readFile(bytes, file);
  if (!read.keywords.length) throw new InputError({ en: 'the export has no search terms', zh: '导出文件里没有搜索词' }, { file });
  const source: KeywordSource = table ? tableSource(table.headers) : 'list';
  const category = meta.category ?? inferCategory(read.keywords);
  if (!category) throw new InputError({ en: 'cannot tell the category from the terms; name it (--category)', zh: '无法从搜索词判断类目；请指定类目（--category）' }, { file });
  const dataDate = meta.dataDate ?? lastDate((table?.preamble ?? []).join(' ')) ?? read.lastDay ?? lastDate(file.split(/[\\/]/).pop()!) ?? chinaDate(now);
  const bank = KeywordBank.safeParse({
    shop: meta.shop,
    category,
    dataDate,
    importedAt: now.toISOString(),
    source,
    ...(read.approximate && { approximate: true }),
    keywords: read.keywords,
  });
  // The cells were checked one by one above; what is left to fail is the caller's meta.
  if (!bank.success) throw new InputError(`${bank.error.issues[0]!.path.join('.')}: ${bank.error.issues[0]!.message}`, { file });
  return bank.data;
}
