import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditRow } from './audit';
import { auditCsv, auditTable, auditXlsx } from './export';

const T0 = Date.UTC(2026, 10, 20, 2);
const first = auditRow('douyin', { id: '3701234567890123456', title: '=HYPERLINK("http://x") 全网第一保温杯', price: 69 }, undefined, T0).record;
const changed = auditRow('douyin', { id: '3701234567890123456', title: '儿童保温杯带吸管316不锈钢幼儿园水杯', price: 69 }, first, T0 + 86_400_000).record;

describe('audit export', () => {
  it('one row per listing: findings, the previous state, the edit link; formula-like titles neutralised', () => {
    const [header, row, second] = auditTable([first, changed], 'zh');
    expect(header).toContain('商品ID');
    expect(row![1]).toBe('3701234567890123456');
    expect(row![2]).toBe(`'=HYPERLINK("http://x") 全网第一保温杯`);
    expect(String(row![6])).toContain('第一');
    expect(row![13]).toBe('https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456');
    expect(second![11]).toBe(first.score);
    expect(second![12]).toBe(`'=HYPERLINK("http://x") 全网第一保温杯`);
  });

  it('CSV: BOM, ids kept as text, parses back', () => {
    const csv = auditCsv([first], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed[0]![1]).toBe('Listing ID');
    expect(parsed[1]![1]).toBe('="3701234567890123456"');
  });

  it('XLSX: readable by exceljs, the same cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await auditXlsx([first, changed], 'zh')).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell('B2').value).toBe('3701234567890123456');
    expect(sheet.getCell('C2').value).toBe(`'=HYPERLINK("http://x") 全网第一保温杯`);
    expect(sheet.getCell('D3').value).toBe(changed.score);
  });
});
