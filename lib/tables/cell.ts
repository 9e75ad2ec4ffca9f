// What a spreadsheet cell holds, as text: shared by the .xlsx and .xls readers so that both give the
// same text for the same value (a date as its wall-clock text, a number as its digits).

/**
 * A grid cell: its text, or its text and how a number cell kept its value. `rounded` means the file
 * itself no longer has every digit (a binary .xls double, or an XLSX number written in E-notation, past
 * 2^53): an id read from it would be wrong in its last digits.
 */
export type GridCell = string | { text: string; number: 'rounded' };
export type Grid = GridCell[][];

export const gridText = (cell: GridCell | undefined): string => (cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text);

/**
 * A number cell from the text the file stores. Integers keep every stored digit (an XLSX `<v>` of
 * 3912345678903222231 stays that, where parseFloat would round it); other numbers are printed in their
 * shortest form (Excel stores 1299.9 as 1299.9000000000001). An integer past 2^53 that is not stored
 * as plain digits has already been rounded by whoever wrote the file.
 */
export function numberCell(stored: string): GridCell {
  const text = stored.trim();
  if (/^-?\d+$/.test(text)) return text;
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return { text, number: 'rounded' };
  return String(value);
}

/** A number held as a double (binary .xls): its digits when it is exact, else marked as rounded. */
export function doubleCell(value: number): GridCell {
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return { text: String(value), number: 'rounded' };
  return String(value);
}

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes every serial from 61 on count from there);
// 1904-based workbooks (old Mac Excel) count from 1904-01-01.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/**
 * A date/time serial as the wall-clock text it shows (Excel stores no zone: the text is what the
 * exporter wrote, China time for our exports). The date alone when the format has no time and the
 * serial is a whole day; the time alone for a time format under one day.
 */
export function serialText(serial: number, format: string, date1904 = false): string {
  const ms = Math.round(serial * 86_400) * 1000;
  const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + ms);
  const p = (n: number) => String(n).padStart(2, '0');
  const code = format.replace(/"[^"]*"|\\.|\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  const hasTime = /[hs]/i.test(code) || ms % DAY_MS !== 0;
  const hasDate = /[yd]/i.test(code) || !/[hs]/i.test(code) || serial >= 1;
  const date = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  return hasDate && hasTime ? `${date} ${time}` : hasDate ? date : time;
}

// Built-in number formats that are dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in
// the Chinese, Japanese and Korean builds (年月日, 时分秒).
const BUILTIN_DATE: Record<number, string> = {
  14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy-mm-dd h:mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The date/time format of a number format (built-in id and/or code), or undefined when it is not one. */
export function dateFormat(id: number, code?: string): string | undefined {
  if (code === undefined) return BUILTIN_DATE[id];
  const bare = code.replace(/"[^"]*"|\\.|\[(?!h\]|m\]|s\])[^\]]*\]|_.|\*./gi, '');
  if (/general/i.test(bare) || !/[ymdhs]/i.test(bare.replace(/E[+-]/gi, ''))) return undefined;
  return code;
}
