// Keywords from a table whose header `isKeywordHeader` recognised — any file layout, or pasted text
// split into cells. All-or-nothing: the first bad cell stops the import with its file, row and column.
import { InputError } from '../tables/errors';
import type { Table } from '../tables/read';
import { normaliseTerm } from '../text/normalise';
import { AD_FIELDS, isAdReport, KEYWORD_COLUMNS, keywordColumns, RATE_FIELDS, type FigureColumn } from './columns';
import { lastDate } from './dates';
import { parseFigure } from './figure';
import type { FigureField, Keyword, Range } from './schema';

export interface TableKeywords {
  keywords: Keyword[];
  /** Some figure was a range or a plugin's estimate. */
  approximate: boolean;
  /** An ad report: summed per keyword, valued by what it earned. */
  ads: boolean;
  /** The latest day in a 日期 column (per-day rows), as YYYY-MM-DD. */
  lastDay?: string;
}

/** Rows that total the others: 合计 (直通车/万相台), 总计, 汇总 — in any cell. */
const TOTAL = /^(?:合计|总计|汇总|总和|total|sum)[:：]?$/i;

interface Cell {
  value: number;
  range?: Range;
  percent: boolean;
  raw: string;
  column: FigureColumn;
}

export function keywordsFromTable(table: Table): TableKeywords {
  const columns = keywordColumns(table.headers);
  if (!columns.term) throw new InputError({ en: `no search-term column (expected one of: ${KEYWORD_COLUMNS.term.join(', ')})`, zh: `没有搜索词列（应为以下之一：${KEYWORD_COLUMNS.term.join('、')}）` }, { file: table.file, column: '搜索词' });
  const ads = isAdReport(columns);
  // An ad report's rates and per-click costs are per row (one day, one plan): recomputed from the sums.
  const fields = (Object.keys(columns.figures) as FigureField[]).filter((f) => !ads || (AD_FIELDS as readonly string[]).includes(f));
  // A rate is a percentage when its cell has a % sign or its header says so (点击率(%)). A bare number
  // beside % cells is a spreadsheet's number formatted as a percentage: a fraction. In a column with
  // no % at all, the numbers are percentages when — for a conversion rate, which cannot pass 100% —
  // any is above 1 (3.2 can only be 3.2%), else fractions (观数, 相关分析 copied: 1.63 = 163%); decided
  // for the column, so one cell cannot flip it. A click rate may pass 100% (生意参谋: 112.34%).
  const signed = new Set<FigureColumn>();
  const bareAboveOne = new Set<FigureColumn>();
  let lastDay: string | undefined;
  const parsed: { line: number; term: string; figures: Partial<Record<FigureField, Cell>> }[] = [];
  for (const { line, cells } of table.rows) {
    if (Object.values(cells).some((c) => TOTAL.test(c.trim()))) continue;
    const figures: Partial<Record<FigureField, Cell>> = {};
    for (const field of fields) {
      for (const column of columns.figures[field]!) {
        const raw = cells[column.header] ?? '';
        const figure = parseFigure(raw);
        if (!figure) continue;
        if (Number.isNaN(figure.value)) throw new InputError({ en: `"${raw.trim()}" is not a number`, zh: `“${raw.trim()}”不是数字` }, { file: table.file, row: line, column: column.header });
        if (figure.percent) signed.add(column);
        else if (field === 'conversion' && (figure.range?.[1] ?? figure.value) > 1) bareAboveOne.add(column);
        figures[field] = { value: figure.value, range: figure.range, percent: figure.percent, raw: raw.trim(), column };
        break;
      }
    }
    if (columns.date) {
      const day = lastDate(cells[columns.date] ?? '');
      if (day && (!lastDay || day > lastDay)) lastDay = day;
    }
    parsed.push({ line, term: cleanTerm(cells[columns.term] ?? ''), figures });
  }

  let approximate = false;
  const rows = parsed.map(({ line, term, figures }) => {
    if (!term) throw new InputError({ en: 'the search term is empty', zh: '搜索词是空的' }, { file: table.file, row: line, column: columns.term });
    const keyword: Keyword = { term };
    for (const field of fields) {
      const cell = figures[field];
      if (!cell) continue;
      const percent = RATE_FIELDS.includes(field) && (cell.percent || cell.column.percent || (!signed.has(cell.column) && bareAboveOne.has(cell.column)));
      const per = percent ? 100 : 1;
      const value = percentOf(cell.value, per);
      if (field === 'conversion' && (cell.range?.[1] ?? cell.value) / per > 1)
        throw new InputError({ en: `"${cell.raw}" is not a rate (above 100%)`, zh: `“${cell.raw}”不是比率（超过 100%）` }, { file: table.file, row: line, column: cell.column.header });
      keyword[field] = value;
      if (cell.range) (keyword.ranges ??= {})[field] = [percentOf(cell.range[0], per), cell.range[1] === null ? null : percentOf(cell.range[1], per)];
      if (cell.range || cell.column.estimate) approximate = true;
    }
    return keyword;
  });
  return { keywords: ads ? sumAds(rows) : firstOfEach(rows), approximate, ads, ...(lastDay && { lastDay }) };
}

/** A term as a spreadsheet may wrap it: ="…", quotes, tabs, a leading apostrophe. */
const cleanTerm = (raw: string) => raw.replace(/^\s*=\s*"(.*)"\s*$/, '$1').replace(/^'/, '').replace(/[\t"]/g, '').trim();

/** Money to the 分, as the reports write it (sums of 0.1s drift in binary). */
const fen = (yuan: number) => Math.round(yuan * 100) / 100;

/** 1.22 / 100 is 0.012199999999999999 in binary: rounded back to what the export wrote. */
const percentOf = (value: number, per: number) => (per === 1 ? value : Number((value / per).toPrecision(12)));

/** Keeps the first of terms that are the same after normalisation (防晒衣 女 = 防晒衣女). */
export function firstOfEach(keywords: readonly Keyword[]): Keyword[] {
  const seen = new Set<string>();
  return keywords.filter(({ term }) => {
    const key = normaliseTerm(term);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An ad report has a row per keyword, day and plan: the sums per keyword, and its click rate,
 * conversion and cost per click from those sums (a day's rate cannot be added up).
 */
function sumAds(rows: readonly Keyword[]): Keyword[] {
  const byTerm = new Map<string, Keyword>();
  for (const row of rows) {
    const key = normaliseTerm(row.term);
    const sum = byTerm.get(key) ?? { term: row.term };
    for (const field of AD_FIELDS) if (row[field] !== undefined) sum[field] = (sum[field] ?? 0) + row[field]!;
    byTerm.set(key, sum);
  }
  return [...byTerm.values()].map((k) => ({
    ...k,
    ...(k.spend !== undefined && { spend: fen(k.spend) }),
    ...(k.revenue !== undefined && { revenue: fen(k.revenue) }),
    ...(k.impressions && k.clicks !== undefined && { clickRate: k.clicks / k.impressions }),
    ...(k.clicks && k.orders !== undefined && { conversion: Math.min(1, k.orders / k.clicks) }),
    ...(k.clicks && k.spend !== undefined && { cpc: fen(k.spend / k.clicks) }),
  }));
}
