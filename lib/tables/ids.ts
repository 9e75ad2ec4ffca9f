// Ids (订单编号, 商品ID …) at every import boundary: an exact string or a refusal that says why. Order
// numbers run to 19 digits, past 2^53, so any id that went through a double may have been rounded —
// and two orders rounded to one id would merge. So an id is refused when it is:
// - Excel's scientific form (`4.15606E+18`: a CSV re-saved by Excel keeps 6–15 digits);
// - a number cell whose file kept fewer digits than the id has (tables/cell.ts), or a JSON number;
// - empty once the export's wrapping (`="…"`, tabs, quotes, an apostrophe) is taken off (`=""`).
import type { Localized } from '../schemas/common';
import type { Table } from './read';
import { CELL_EMPTY } from './errors';

/** The id text without the wrapping exports put around it so Excel keeps it as text. */
export function unwrapId(raw: string): string {
  return raw.replace(/^\s*=\s*"(.*)"\s*$/, '$1').replace(/[\t"']/g, '').trim();
}

const DIGITS = /^\d+$/;
const SCIENTIFIC = /^[-+]?\d+(\.\d+)?[eE][-+]?\d+$/;

/**
 * The exact id in a row's cell, or why there is none: `{ id }` or `{ error }`. `number` is the row's
 * mark for that cell (Table.rows[].numbers).
 */
export function exactId(raw: string | undefined, number?: 'rounded' | 'json'): { id: string } | { error: Localized } {
  if (number === 'json') return { error: { en: `is a JSON number (${raw}); ids must be JSON strings, as JSON numbers past 2^53 are rounded`, zh: `是 JSON 数字（${raw}）；编号须写成 JSON 字符串，超过 2^53 的 JSON 数字会被舍入` } };
  // The common case, digits with at most spaces or a tab around them, without the replaces.
  const trimmed = (raw ?? '').trim();
  const id = number === undefined && DIGITS.test(trimmed) ? trimmed : unwrapId(raw ?? '');
  if (number === 'rounded') return { error: { en: `is a number the file has already rounded (${id}): its last digits are lost; export again with the column as text`, zh: `是文件中已被舍入的数字（${id}），末尾几位已经丢失；请把这一列设为文本后重新导出` } };
  if (!id) return { error: CELL_EMPTY };
  if (SCIENTIFIC.test(id)) return {
      error: {
        en: `is "${id}", Excel's scientific form: the digits after the 15th are lost; export again, or open the CSV in Excel with the column set to 文本 (text)`,
        zh: `是“${id}”，Excel 的科学计数写法，第 15 位之后的数字已经丢失；请重新导出，或在 Excel 中把这一列设为文本后再打开 CSV`,
      },
    };
  return { id };
}

/** The exact id of `header` in a table row. */
export const rowId = (row: Table['rows'][number], header: string) => exactId(row.cells[header], row.numbers?.[header]);
