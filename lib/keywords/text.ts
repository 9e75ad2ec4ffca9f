// Search terms pasted or saved as text. Two shapes:
// - a table copied off a page or a plugin, recognised by its header line: 生意参谋 相关分析 copied as
//   tab-separated text (相关搜索词 搜索人气 点击率 …; ids 56553476415, 56292594481), 指数还原's 复制数据
//   (a plugin-name line, then columns six spaces apart; id 10475878541) — read like a file;
// - a list, one term a line: 下拉词 with their rank in front (1 防晒衣女, 2. 冰丝防晒衣), optionally
//   figures after the term (防晒衣女 58310, 冰丝 500 ~ 1000). The rank and the figures are split off;
//   the first count after the term is its 搜索人气.
// A line that cannot be read as a term (only figures, or text between figures) stops the import
// with its row: it never becomes a word.
import Papa from 'papaparse';
import { InputError } from '../tables/errors';
import { cleanHeader, type Table } from '../tables/read';
import { isKeywordHeader, isListHeader, keywordColumns } from './columns';
import { parseFigure } from './figure';
import { firstOfEach } from './table';
import type { Keyword } from './schema';

/** How the header line splits into cells, and so every row under it. */
type Splitter = 'tab' | 'comma' | 'spaces' | 'space';
const SPLITTERS: Splitter[] = ['tab', 'comma', 'spaces', 'space'];

function split(line: string, by: Splitter): string[] {
  if (by === 'tab' || by === 'comma') {
    const cells = Papa.parse<string[]>(line, { delimiter: by === 'tab' ? '\t' : ',' }).data[0] ?? [];
    return cells.map((c) => c.trim());
  }
  return line.trim().split(by === 'spaces' ? /[ \u3000]{2,}|\t/ : /\s+/);
}

/** The header is looked for among the first lines only: a plugin or page title may sit above it. */
const HEADER_WITHIN = 10;

/** A table in `text` under a recognised header line, or undefined when the text has none. */
export function tableFromText(text: string, file: string): Table | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let seen = 0;
  for (let h = 0; h < lines.length && seen < HEADER_WITHIN; h++) {
    if (!lines[h]!.trim()) continue;
    seen++;
    for (const by of SPLITTERS) {
      const headers = split(lines[h]!, by).map(cleanHeader);
      if (!isKeywordHeader(headers) && !isListHeader(headers)) continue;
      const preamble = lines.slice(0, h).map((l) => l.trim()).filter(Boolean);
      const rows: Table['rows'] = [];
      for (let i = h + 1; i < lines.length; i++) {
        if (!lines[i]!.trim()) continue;
        const cells = fit(split(lines[i]!, by), headers, by);
        if (cells.filter(Boolean).length < 2 && headers.length > 2)
          throw new InputError({ en: `"${lines[i]!.trim()}" is not a row of the table under the header on row ${h + 1}`, zh: `“${lines[i]!.trim()}”不是第 ${h + 1} 行表头下的一行数据` }, { file, row: i + 1 });
        rows.push({ line: i + 1, cells: Object.fromEntries(headers.map((header, k) => [header, cells[k] ?? ''])) });
      }
      return { file, headers, rows, preamble };
    }
  }
  return undefined;
}

/**
 * Cells of a row split on spaces: a term with a space in it (防晒衣 女) comes out as two, so the
 * surplus goes back into the term column.
 */
function fit(cells: string[], headers: readonly string[], by: Splitter): string[] {
  const surplus = cells.length - headers.length;
  if (surplus <= 0 || (by !== 'space' && by !== 'spaces')) return cells;
  const t = headers.indexOf(keywordColumns(headers).term!);
  return [...cells.slice(0, t), cells.slice(t, t + surplus + 1).join(' '), ...cells.slice(t + surplus + 1)];
}

// A rank in front: "1 防晒衣", "1. 防晒衣", "1、防晒衣", "1\t防晒衣" (a separator is needed: 316不锈钢 is a term).
// Not the start of a figure: "500 ~ 1000" and "5 %" are not ranks.
const RANK = /^\d{1,4}(?:\s*[.、．:：)）]\s*|\s+)(?=[^\s~～\-—–至到%])/;
// A comma between cells, not the thousands separator of 1,234.
const COMMA = /[,，](?!\d{3}(?:\D|$))/;
const HAS_WORD = /\p{L}/u;

/** 63% or 500~1000 inside what is left of a line: figures around text, not a term (100%纯棉 is one). */
function isRateOrRange(word: string): boolean {
  const figure = parseFigure(word);
  return figure !== undefined && !Number.isNaN(figure.value) && (figure.percent || figure.range !== undefined);
}

function tokens(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((t) => t.trim()).filter(Boolean);
  if (COMMA.test(line)) return line.split(COMMA).map((t) => t.trim()).filter(Boolean);
  // "500 ~ 1000" is one figure: the spaces around a range sign do not separate.
  return line.replace(/\s*([~～])\s*/g, '$1').split(/\s+/).filter(Boolean);
}

/** A pasted list: one term a line, a rank before it and figures after it optional. */
export function parseKeywordList(text: string, file = 'list'): Keyword[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
  const filled = lines.filter(Boolean);
  // Ranks are read when most lines have one: a lone "2026 新款" keeps its number.
  const ranked = filled.filter((l) => RANK.test(l)).length * 2 >= filled.length;
  const keywords: Keyword[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const words = tokens(ranked ? line.replace(RANK, '') : line);
    const figures: NonNullable<ReturnType<typeof parseFigure>>[] = [];
    while (words.length) {
      const figure = parseFigure(words[words.length - 1]!);
      if (figure && Number.isNaN(figure.value)) break;
      figures.unshift(figure ?? { value: NaN, percent: false });
      words.pop();
    }
    if (!words.length) throw new InputError({ en: 'a line needs a search term before its number', zh: '每行的数字前面要有搜索词' }, { file, row: i + 1 });
    const tabbed = line.includes('\t') && words.length > 1;
    const term = words.join(' ');
    if (tabbed || !HAS_WORD.test(term) || words.some(isRateOrRange))
      throw new InputError({ en: `cannot read "${line}" as a search term (a term, then its figures)`, zh: `无法把“${line}”读成搜索词（先写词，再写数字）` }, { file, row: i + 1 });
    const keyword: Keyword = { term };
    const count = figures.find((f) => !Number.isNaN(f.value) && !f.percent);
    if (count) {
      keyword.popularity = count.value;
      if (count.range) keyword.ranges = { popularity: count.range };
    }
    keywords.push(keyword);
  });
  const unique = firstOfEach(keywords);
  if (!unique.length) throw new InputError({ en: 'the list has no search terms', zh: '列表里没有搜索词' }, { file });
  return unique;
}
