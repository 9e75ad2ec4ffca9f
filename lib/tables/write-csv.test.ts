import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelSafe } from './excel-safe';
import { toCsv } from './write-csv';

describe('excelSafe', () => {
  it('neutralises every formula start and leaves other text alone', () => {
    for (const cell of ['=HYPERLINK("http://x","点我")', '+86 138', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(excelSafe(cell)).toBe(`'${cell}`);
    for (const cell of ['冰丝防晒衣', '满200减30', '', '3912345678901234567', 'a=b']) expect(excelSafe(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('writes a BOM, quotes what needs quoting, and keeps numbers as numbers', () => {
    const csv = toCsv(['类型', '说明', '数量'], [['stock-out', '=cmd|"/c calc"!A1', 3], ['slow-mover', '含,逗号', undefined]]);
    expect(csv.startsWith('\uFEFF类型,说明,数量\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toEqual([['类型', '说明', '数量'], ['stock-out', `'=cmd|"/c calc"!A1`, '3'], ['slow-mover', '含,逗号', '']]);
  });
});
