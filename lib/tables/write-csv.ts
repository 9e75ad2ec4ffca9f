// CSV for people who open it in Excel or WPS: UTF-8 with a BOM (without it Excel reads Chinese as
// mojibake), CRLF lines, every text cell excel-safe. Numbers stay numbers.
import Papa from 'papaparse';
import { excelSafe } from './excel-safe';

export type Cell = string | number | undefined;

const safe = (cell: Cell) => (typeof cell === 'string' ? excelSafe(cell) : cell ?? '');

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + Papa.unparse({ fields: header.map(excelSafe), data: rows.map((row) => row.map(safe)) }, { newline: '\r\n' });
}

/** More lines for a CSV begun with toCsv (written in pieces: a million rows need not be one string), each after a line break. */
export function moreCsvRows(rows: readonly (readonly Cell[])[]): string {
  return rows.length ? '\r\n' + Papa.unparse(rows.map((row) => row.map(safe)), { newline: '\r\n' }) : '';
}
