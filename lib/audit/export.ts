// The audit as a table for the operator's weekly review: CSV (UTF-8 with BOM, so Excel reads the
// Chinese) or XLSX (exceljs, loaded only when asked). Every text cell goes through excelSafe: titles
// are written by sellers and copied from anywhere.
import Papa from 'papaparse';
import type { AuditRecord } from '../schemas/audit';
import type { Locale } from '../schemas/common';
import { editUrl } from '../sites/list-urls';
import { chinaDay } from '../shop/time';
import { excelSafeCell } from '../tables/excel-safe';

const HEADERS: Record<Locale, string[]> = {
  zh: ['平台', '商品ID', '标题', '得分', '违规数', '待优化数', '问题', '价格', '库存', '30日销量', '检查日期', '上次得分', '上次标题', '编辑链接'],
  en: ['Platform', 'Listing ID', 'Title', 'Score', 'Errors', 'Warnings', 'Findings', 'Price', 'Stock', '30-day sales', 'Checked', 'Previous score', 'Previous title', 'Edit link'],
};
const PLATFORM_NAMES: Record<Locale, Record<AuditRecord['platform'], string>> = {
  zh: { taobao: '淘宝', tmall: '天猫', douyin: '抖店' },
  en: { taobao: 'Taobao', tmall: 'Tmall', douyin: 'Douyin' },
};

export function auditTable(records: readonly AuditRecord[], locale: Locale): (string | number)[][] {
  const rows = records.map((r) =>
    [
      PLATFORM_NAMES[locale][r.platform],
      r.id,
      r.title,
      r.score,
      r.errors,
      r.warnings,
      r.findings.map((f) => (locale === 'zh' ? f.message : f.messageEn)).join('\n'),
      r.price,
      r.stock,
      r.sales30,
      chinaDay(r.checkedAt),
      r.previous?.score,
      r.previous && r.previous.title !== r.title ? r.previous.title : undefined,
      editUrl(r.platform, r.id),
    ].map(excelSafeCell),
  );
  return [HEADERS[locale], ...rows];
}

export function auditCsv(records: readonly AuditRecord[], locale: Locale): string {
  // Ids are text: a 19-digit 抖店 id shown by Excel as 3.70123E+18 is useless, so an all-digit id is
  // written as ="…" (only digits: nothing else may reach a formula).
  const table = auditTable(records, locale).map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 1 && /^\d+$/.test(String(cell)) ? `="${cell}"` : cell))));
  return '\uFEFF' + Papa.unparse(table, { newline: '\r\n' });
}

export async function auditXlsx(records: readonly AuditRecord[], locale: Locale): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'zh' ? '标题体检' : 'Listing audit', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRows(auditTable(records, locale));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(2).numFmt = '@';
  for (const [column, width] of [[2, 22], [3, 50], [7, 60], [14, 40]] as const) sheet.getColumn(column).width = width;
  sheet.getColumn(7).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
