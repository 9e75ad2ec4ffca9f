// tables/: turns the files sellers export (CSV in UTF-8 or GBK, XLSX, JSON, JSONL) into rows of
// header → cell text. It knows nothing of what the columns mean; lib/listing and lib/shop map them.
import Papa from 'papaparse';
import { decodeText } from './decode';
import { InputError } from './errors';

export interface Table {
  file: string;
  headers: string[];
  /** Each row keyed by header; `line` is the 1-based row number as a spreadsheet shows it. */
  rows: { line: number; cells: Record<string, string> }[];
  /** Non-empty lines above the header (report titles such as 生意参谋's 统计时间), cells joined. */
  preamble?: string[];
}

export type TableKind = 'csv' | 'xlsx' | 'json' | 'jsonl';

export function tableKind(file: string): TableKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
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
export function readCsv(text: string, file: string, headerRow?: (cells: string[]) => boolean): Table {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const lines = parsed.data;
  let h = 0;
  while (h < lines.length && (headerRow ? !headerRow(lines[h]!.map(cleanHeader)) : lines[h]!.every((c) => !c.trim()))) h++;
  if (h >= lines.length) throw new InputError(headerRow ? 'no header row found' : 'the file is empty', { file });
  return { ...toTable(file, lines[h]!, lines.slice(h + 1), h + 2), preamble: preambleOf(lines.slice(0, h)) };
}

function preambleOf(lines: unknown[][]): string[] {
  return lines.map((cells) => cells.map((c) => String(c ?? '').trim()).filter(Boolean).join(' ')).filter(Boolean);
}

function toTable(file: string, headerCells: unknown[], body: unknown[][], firstLine: number): Table {
  const headers = headerCells.map((c) => cleanHeader(String(c ?? '')));
  const rows: Table['rows'] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
    const row: Record<string, string> = {};
    headers.forEach((header, k) => {
      if (header) row[header] = String(cells[k] ?? '');
    });
    rows.push({ line: firstLine + i, cells: row });
  });
  return { file, headers, rows };
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
        throw new InputError(`not valid JSON (${(e as Error).message})`, { file, row: i + 1 });
      }
      rows.push({ line: i + 1, cells: {} });
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new InputError(`not valid JSON (${(e as Error).message})`, { file });
    }
    if (!Array.isArray(parsed)) throw new InputError('expected a JSON array of objects', { file });
    items = parsed;
    items.forEach((_, i) => rows.push({ line: i + 1, cells: {} }));
  }
  const headers = new Set<string>();
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new InputError('expected an object', { file, row: rows[i]!.line });
    for (const [key, value] of Object.entries(item)) {
      const header = cleanHeader(key);
      headers.add(header);
      rows[i]!.cells[header] = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    }
  });
  return { file, headers: [...headers], rows };
}

/** Reads the first worksheet of an .xlsx file. */
export async function readXlsx(bytes: Uint8Array, file: string, headerRow?: (cells: string[]) => boolean): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch (e) {
    throw new InputError(`not a readable .xlsx file (${(e as Error).message})`, { file });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError('the workbook has no worksheet', { file });
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as unknown[]).slice(1).map(cellText);
    grid[number - 1] = values;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  let h = 0;
  while (h < grid.length && (headerRow ? !headerRow(grid[h]!.map(cleanHeader)) : grid[h]!.every((c) => !c.trim()))) h++;
  if (h >= grid.length) throw new InputError(headerRow ? 'no header row found' : 'the worksheet is empty', { file });
  return { ...toTable(file, grid[h]!, grid.slice(h + 1), h + 2), preamble: preambleOf(grid.slice(0, h)) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatChinaTime(value);
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[]; hyperlink?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return '';
  }
  return String(value);
}

/** Excel stores a wall-clock time as if it were UTC; print it back as the wall-clock text it was. */
function formatChinaTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** Reads any supported file from its bytes; the kind comes from the file name. */
export async function readTable(bytes: Uint8Array, file: string, headerRow?: (cells: string[]) => boolean): Promise<Table> {
  const kind = tableKind(file);
  if (!kind) throw new InputError('unsupported file type (expected .csv, .xlsx, .json or .jsonl)', { file });
  if (bytes.length === 0) throw new InputError('the file is empty', { file });
  if (kind === 'xlsx') return readXlsx(bytes, file, headerRow);
  const { text } = decodeText(bytes, file);
  if (!text.trim()) throw new InputError('the file is empty', { file });
  if (kind === 'csv') return readCsv(text, file, headerRow);
  return readJson(text, file, kind === 'jsonl');
}
