// The day keyword data covers, from the text around it: a title row (生意参谋: 统计时间 2026-04-01 ~
// 2026-04-30), a 日期 cell, or the file name as the platforms and plugins write it —
// 【生意参谋平台】…_2026-06-18_2026-06-18.xls, 行业热词明细数据_2026_08_24.xlsx (罗盘, id 70307177854),
// 观数-搜索排行-…-20260401-20260430.xlsx (id 61012802906), 2026年4月1日至2026年4月7日.
import { IsoDate } from './schema';

// Separated (- / . _ 年月日) or compact (20260401: eight digits starting 20, standing alone).
const DATE = /(\d{4})\s*[-/._年]\s*(\d{1,2})\s*[-/._月]\s*(\d{1,2})|(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/g;

/** The last date written in `text` (a 统计日期 range ends on the day the data covers), as YYYY-MM-DD. */
export function lastDate(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (IsoDate.safeParse(iso).success && validDay(iso)) found = iso;
  }
  return found;
}

/** 2026-02-30 parses in JavaScript (as March 2nd); a real day prints back as itself. */
const validDay = (iso: string) => !Number.isNaN(Date.parse(iso)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

/** China date of an instant, YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
