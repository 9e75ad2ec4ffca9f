// tables/: turns the files sellers export (CSV in UTF-8 or GBK, XLSX, binary XLS, JSON, JSONL) into
// rows of header → cell text. It knows nothing of what the columns mean; lib/listing and lib/shop map them.
import Papa from 'papaparse';
import { decodeText } from './decode';
import { FILE_EMPTY, InputError, NO_HEADER_ROW, WORKSHEET_EMPTY } from './errors';
import type { Localized } from '../schemas/common';
import { gridText, type Grid, type GridCell } from './cell';

export interface Table {
  file: string;
  headers: string[];
  /**
   * Each row keyed by header; `line` is the 1-based row number as a spreadsheet shows it. `numbers`
   * names the cells that were numbers in the file, where an id read from them may be wrong: `rounded`
   * when the file kept fewer digits than the number has (see tables/cell.ts), `json` for a JSON number
   * (JSON.parse rounds past 2^53). Ids must come from text (tables/ids.ts).
   */
  rows: { line: number; cells: Record<string, string>; numbers?: Record<string, 'rounded' | 'json'> }[];
  /** Non-empty lines above the header (report titles such as 生意参谋's 统计时间), cells joined. */
  preamble?: string[];
}

export type TableKind = 'csv' | 'xlsx' | 'xls' | 'json' | 'jsonl';

export function tableKind(file: string): TableKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'xls') return 'xls';
  if (ext === 'json') return 'json';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return undefined;
}

/** Cleans a header as exports write them: BOM, tabs, quotes, trailing spaces. */
export function cleanHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').replace(/[\t\r\n"]/g, '').trim();
}

/**
 * Reads CSV text. `headerRow` finds the header line (some exports put title rows above it);
 * by default the first non-empty line.
 */
export function readCsv(text: string, file: string, headerRow?: (cells: string[]) => boolean, delimiter = guessDelimiter(text)): Table {
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: false, ...(delimiter && { delimiter }) });
  // Papa reads on past a quote problem: an unclosed quote swallows every row after it into one cell
  // (a title that holds the next 100 rows), so a Quotes error (papaparse 5.7 MissingQuotes,
  // InvalidQuotes; `row` is the index in `data`) refuses the file at the row where the quote opened.
  const quote = errors.find((e) => e.type === 'Quotes');
  if (quote)
    throw new InputError(
      quote.code === 'MissingQuotes'
        ? { en: 'a quoted cell is never closed (a " without its closing ")', zh: '有一个带引号的单元格没有闭合（有 " 却没有与之配对的 "）' }
        : { en: 'a quoted cell has text after its closing " (write "" for a quote inside a cell)', zh: '带引号的单元格在闭合的 " 之后还有文字（单元格内的引号请写作 ""）' },
      { file, ...(quote.row !== undefined && { row: quote.row + 1 }) },
    );
  return gridTable(file, data, headerRow, FILE_EMPTY);
}

/**
 * The delimiter, from the first line that has a comma or a tab (title rows above a header have
 * neither). Not Papa's guess over the first rows: 抖店 prefixes every data cell with a tab so Excel keeps
 * long numbers as text, so its rows hold more tabs than commas and Papa takes them for tab-separated.
 */
function guessDelimiter(text: string): string | undefined {
  const line = /^[^\n]*[,\t][^\n]*$/m.exec(text.slice(0, 65_536))?.[0] ?? '';
  const commas = line.includes(','), tabs = line.includes('\t');
  return commas && !tabs ? ',' : tabs && !commas ? '\t' : undefined;
}

/** A grid (rows of cells, 0-based) → a table whose header is the row `headerRow` accepts, or the first non-empty one. */
function gridTable(file: string, grid: Grid, headerRow: ((cells: string[]) => boolean) | undefined, empty: Localized): Table {
  let h = 0;
  const texts = (row: GridCell[] | undefined) => (row ?? []).map(gridText);
  while (h < grid.length && (headerRow ? !headerRow(texts(grid[h]).map(cleanHeader)) : texts(grid[h]).every((c) => !c.trim()))) h++;
  if (h >= grid.length) throw new InputError(headerRow ? NO_HEADER_ROW : empty, { file });
  const headers = texts(grid[h]).map(cleanHeader);
  headers.forEach((header, k) => {
    const first = headers.indexOf(header);
    // Two columns of one name: whichever is read, the other is silently lost.
    if (header && first < k) throw new InputError({ en: `the header appears twice (columns ${columnName(first)} and ${columnName(k)})`, zh: `表头出现了两次（${columnName(first)} 列和 ${columnName(k)} 列）` }, { file, row: h + 1, column: header });
  });
  const rows: Table['rows'] = [];
  for (let i = h + 1; i < grid.length; i++) {
    const cells = grid[i] ?? [];
    if (cells.every((c) => !gridText(c).trim())) continue;
    const row: Table['rows'][number] = { line: i + 1, cells: {} };
    headers.forEach((header, k) => {
      if (!header) return;
      const cell = cells[k];
      row.cells[header] = gridText(cell);
      if (typeof cell === 'object') (row.numbers ??= {})[header] = cell.number;
    });
    rows.push(row);
  }
  const preamble = grid.slice(0, h).map((cells) => texts(cells).map((c) => c.trim()).filter(Boolean).join(' ')).filter(Boolean);
  return { file, headers, rows, preamble };
}

/** A spreadsheet's column letter: 0 → A, 26 → AA. */
function columnName(index: number): string {
  return (index >= 26 ? columnName(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));
}

const MAX_DEPTH = 100;

/** How deep a parsed JSON value nests, counted without recursion; stops counting past MAX_DEPTH. */
function depth(value: object): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, level);
    if (deepest > MAX_DEPTH) break;
    for (const child of Object.values(node)) stack.push([child, level + 1]);
  }
  return deepest;
}

/** Reads a JSON array of objects, or JSON Lines. */
export function readJson(text: string, file: string, lines: boolean): Table {
  let items: unknown[];
  const rows: Table['rows'] = [];
  if (lines) {
    items = [];
    text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        items.push(JSON.parse(line));
      } catch (e) {
        throw new InputError(invalidJson(e), { file, row: i + 1 });
      }
      rows.push({ line: i + 1, cells: {} });
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new InputError(invalidJson(e), { file });
    }
    if (!Array.isArray(parsed)) throw new InputError({ en: 'expected a JSON array of objects', zh: '应为由对象组成的 JSON 数组' }, { file });
    items = parsed;
    items.forEach((_, i) => rows.push({ line: i + 1, cells: {} }));
  }
  const headers = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new InputError({ en: 'expected an object', zh: '应为一个对象' }, { file, row: rows[i]!.line });
    const { cells } = rows[i]!;
    for (const [key, value] of Object.entries(item)) {
      const header = cleanHeader(key);
      // JSON.parse keeps the last of two equal keys; " title" and "title" are one header once cleaned.
      if (Object.hasOwn(cells, header)) throw new InputError({ en: 'the key appears twice', zh: '这个键出现了两次' }, { file, row: rows[i]!.line, column: header });
      headers.add(header);
      // JSON.parse reads any depth, JSON.stringify recurses: a value nested 100k deep would overflow the stack.
      if (typeof value === 'object' && value !== null && depth(value) > MAX_DEPTH) throw new InputError({ en: `is nested more than ${MAX_DEPTH} levels deep`, zh: `嵌套超过 ${MAX_DEPTH} 层` }, { file, row: rows[i]!.line, column: header });
      cells[header] = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
      if (typeof value === 'number') (rows[i]!.numbers ??= {})[header] = 'json';
    }
  });
  return { file, headers: [...headers], rows };
}

// The parser's own words ("Unexpected token …") help a developer, not a seller reading Chinese.
const invalidJson = (e: unknown): Localized => ({ en: `not valid JSON (${(e as Error).message})`, zh: '不是有效的 JSON' });

/** Reads any supported file from its bytes; the kind comes from the file name. */
export async function readTable(bytes: Uint8Array, file: string, headerRow?: (cells: string[]) => boolean): Promise<Table> {
  const kind = tableKind(file);
  if (!kind) throw new InputError({ en: 'unsupported file type (expected .csv, .xlsx, .xls, .json or .jsonl)', zh: '不支持的文件类型（应为 .csv、.xlsx、.xls、.json 或 .jsonl）' }, { file });
  if (bytes.length === 0) throw new InputError(FILE_EMPTY, { file });
  // Spreadsheets are told by their first bytes, whatever the name says: a zip is an .xlsx, an OLE
  // compound file is a binary .xls. An ".xls" that is neither is a web page (read by SheetJS too) or
  // tab- or comma-separated text given an Excel name. The readers load only when such a file comes.
  if (kind === 'xlsx' || kind === 'xls') {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return gridTable(file, (await import('./xlsx')).readXlsxGrid(bytes, file), headerRow, WORKSHEET_EMPTY);
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return gridTable(file, await (await import('./xls')).readXlsGrid(bytes, file), headerRow, WORKSHEET_EMPTY);
    if (kind === 'xlsx') throw new InputError({ en: 'not a readable .xlsx file (it is not a zip)', zh: '不是可读取的 .xlsx 文件（它不是 zip 压缩包）' }, { file });
  }
  const { text } = decodeText(bytes, file);
  if (!text.trim()) throw new InputError(FILE_EMPTY, { file });
  if (kind === 'xls' && /^\s*</.test(text)) return gridTable(file, await (await import('./xls')).readXlsGrid(new TextEncoder().encode(text), file), headerRow, WORKSHEET_EMPTY);
  if (kind === 'csv' || kind === 'xls') return readCsv(text, file, headerRow);
  return readJson(text, file, kind === 'jsonl');
}
