// CSV for people who open it in Excel or WPS: UTF-8 with a BOM (without it Excel reads Chinese as
// mojibake), CRLF lines, every text cell excel-safe. Numbers stay numbers.
import Papa from 'papaparse';
import { excelSafe } from './excel-safe';

export type Cell = string | number | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const safe = (cell: Cell) => (typeof cell === 'string' ? excelSafe(cell) : cell ?? '');
  return '\uFEFF' + Papa.unparse({ fields: header.map(excelSafe), data: rows.map((row) => row.map(safe)) }, { newline: '\r\n' });
}
