// tables/: turns the files sellers export (CSV in UTF-8 or GBK, XLSX, binary XLS, JSON, JSONL) into
// rows of header → cell text. It knows nothing of what the columns mean; lib/listing and lib/shop map them.
import Papa from 'papaparse';
import { decodeText } from './decode';
import { InputError } from './errors';
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
export function readCsv(text: string, file: string, headerRow?: (cells: string[]) => boolean, delimiter?: string): Table {
  return gridTable(file, Papa.parse<string[]>(text, { skipEmptyLines: false, ...(delimiter && { delimiter }) }).data, headerRow, 'the file is empty');
}

/** A grid (rows of cells, 0-based) → a table whose header is the row `headerRow` accepts, or the first non-empty one. */
function gridTable(file: string, grid: Grid, headerRow: ((cells: string[]) => boolean) | undefined, empty: string): Table {
  let h = 0;
  const texts = (row: GridCell[] | undefined) => (row ?? []).map(gridText);
  while (h < grid.length && (headerRow ? !headerRow(texts(grid[h]).map(cleanHeader)) : texts(grid[h]).every((c) => !c.trim()))) h++;
  if (h >= grid.length) throw new InputError(headerRow ? 'no header row found' : empty, { file });
  const headers = texts(grid[h]).map(cleanHeader);
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
      if (typeof value === 'number') (rows[i]!.numbers ??= {})[header] = 'json';
    }
  });
  return { file, headers: [...headers], rows };
}

/** Reads any supported file from its bytes; the kind comes from the file name. */
export async function readTable(bytes: Uint8Array, file: string, headerRow?: (cells: string[]) => boolean): Promise<Table> {
  const kind = tableKind(file);
  if (!kind) throw new InputError('unsupported file type (expected .csv, .xlsx, .xls, .json or .jsonl)', { file });
  if (bytes.length === 0) throw new InputError('the file is empty', { file });
  // Spreadsheets are told by their first bytes, whatever the name says: a zip is an .xlsx, an OLE
  // compound file is a binary .xls. An ".xls" that is neither is a web page (read by SheetJS too) or
  // tab- or comma-separated text given an Excel name. The readers load only when such a file comes.
  if (kind === 'xlsx' || kind === 'xls') {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return gridTable(file, (await import('./xlsx')).readXlsxGrid(bytes, file), headerRow, 'the worksheet is empty');
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return gridTable(file, await (await import('./xls')).readXlsGrid(bytes, file), headerRow, 'the worksheet is empty');
    if (kind === 'xlsx') throw new InputError('not a readable .xlsx file (it is not a zip)', { file });
  }
  const { text } = decodeText(bytes, file);
  if (!text.trim()) throw new InputError('the file is empty', { file });
  if (kind === 'xls' && /^\s*</.test(text)) return gridTable(file, await (await import('./xls')).readXlsGrid(new TextEncoder().encode(text), file), headerRow, 'the worksheet is empty');
  // Text saved under an Excel name is tab-separated (Excel's 文本文件(制表符分隔)).
  if (kind === 'xls') return readCsv(text, file, headerRow, /^[^\n]*\t/.test(text.trimStart()) ? '\t' : undefined);
  if (kind === 'csv') return readCsv(text, file, headerRow);
  return readJson(text, file, kind === 'jsonl');
}
