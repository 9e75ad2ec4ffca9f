// .xls (BIFF5/BIFF8, the binary Excel 97–2003 format 生意参谋 still downloads) → a grid of cell text,
// through SheetJS (@e965/xlsx, the SheetJS build published on npm). It is loaded only when an .xls
// file is read: about 360 KB minified, 120 KB gzipped, with no eval or `new Function` (Mozilla's
// addons-linter flags those). BIFF keeps numbers as doubles: an id past 2^53 in a number cell has
// already lost digits in the file, and is marked so.
import { InputError, NO_WORKSHEET } from './errors';
import { dateFormat, doubleCell, serialText, type Grid, type GridCell } from './cell';

interface SheetCell {
  t: 'b' | 'e' | 'n' | 'd' | 's' | 'z';
  v?: unknown;
  w?: string;
  z?: string | number;
}

export async function readXlsGrid(bytes: Uint8Array, file: string): Promise<Grid> {
  const XLSX = await import('@e965/xlsx');
  let workbook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, sheets: 0 });
  } catch (e) {
    throw new InputError({ en: `not a readable .xls file (${(e as Error).message})`, zh: '不是可读取的 .xls 文件' }, { file });
  }
  const name = workbook.SheetNames[0];
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (!sheet) throw new InputError(NO_WORKSHEET, { file });
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const rows = ((sheet as { '!data'?: (SheetCell | undefined)[][] })['!data'] ?? []) as (SheetCell | undefined)[][];
  const grid: Grid = [];
  for (let r = 0; r < rows.length; r++) {
    const cells: GridCell[] = [];
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) cells[c] = text(row[c], date1904);
    grid[r] = cells;
  }
  return grid;
}

function text(cell: SheetCell | undefined, date1904: boolean): GridCell {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? dateFormat(-1, cell.z) : typeof cell.z === 'number' ? dateFormat(cell.z) : undefined;
    return format !== undefined ? serialText(cell.v, format, date1904) : doubleCell(cell.v);
  }
  if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  return String(cell.v);
}
