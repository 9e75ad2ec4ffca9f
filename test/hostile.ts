// Hostile input for the boundary properties of issue #21: the cells, tables and bytes that careless
// exports, a re-save in Excel, a damaged download or an attacker produce. The parsers' property tests
// share them; each test says what the parser must make of them (a result, or its own error type).
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { InputError } from '../lib/tables/errors';
import { xlsxFile } from './sheets';

const digits = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** The text of an id: digits (to 25, past 2^53 and the 19 of an order number) or letters and digits. */
export const idCore = fc.oneof(digits(1, 25), fc.string({ unit: fc.constantFrom(...'0123456789abcdefXYZ'), minLength: 1, maxLength: 20 }));

/**
 * An id cell and the exact id in it: the id bare, or wrapped as exports and Excel wrap it (`="…"`, a
 * leading tab, spaces); `id` undefined for a cell that holds no exact id (Excel's E+ form, `=""`,
 * the blanks exports write).
 */
export const idCell: fc.Arbitrary<{ id?: string; cell: string }> = fc.oneof(
  idCore.map((id) => ({ id, cell: id })),
  idCore.map((id) => ({ id, cell: `="${id}"` })),
  idCore.map((id) => ({ id, cell: `\t${id}` })),
  idCore.map((id) => ({ id, cell: ` ${id} ` })),
  fc.constantFrom('4.15606E+18', '3.91234567890322e+18', '1E+5', '6.9E18', '', ' ', '=""', '\t', '-', '--', 'null').map((cell) => ({ cell })),
);

const NUMBERS = ['0', '-3', '1,299.00', '1.299,00', '1299.9000000000001', '11,269', '3.25%', '¥1,299', '.5', '1e400', '1E+5', 'NaN', 'Infinity', '-0', '0x1F', '１２３'];
const DATES = ['2026-11-18 10:50:23', '2026/11/18 10:50', '2026-11-18', '2026-11-18T10:50:23.123', '2026年11月18日', '2026-02-31', '2026-02-29 10:00', '2024-02-29', '2026-13-01', '2026-11-18 25:61:61', '0026-01-01', '0000-01-01', '9999-12-31 23:59:59', '2026-11-13 ~ 2026-11-19', '昨天', '0'];
const WORDS = ['买家已付款，等待卖家发货', '交易成功', '待发货', '已关闭', '退款成功', '买家已经申请退款，等待卖家同意', '仲裁中', '无退款申请', '售后', '合计', '总计', '预售', '快递', '冰丝防晒衣女夏季薄款', '浙江省 杭州市 西湖区 文三路478号', '138****5678', "'13812345678", '##AbC', '$$x$$', '😀', '\u202e'];
const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\r', '\n', '\r\n', '\t', '"', '""', ',', '\uFEFF', '\uD800', '\uFFFD');

/** One cell: numbers in every convention and size, dates real and not, platform words, ids, control characters, anything. */
export const hostileCell: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NUMBERS, ...DATES, ...WORDS),
  digits(1, 40),
  fc.integer({ min: -1e9, max: 1e12 }).map(String),
  fc.double({ noNaN: false }).map(String),
  idCell.map((c) => c.cell),
  fc.constant(''),
  fc.string({ unit: fc.oneof(CONTROL, fc.constantFrom('满', '减', '冰', '丝', '元', '%', '.', '-', '=', '~', 'a', '1'), fc.constantFrom(...'0123456789')), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

export interface TableSpec {
  headers: string[];
  rows: string[][];
}

/** A cell that holds no id: `hostileCell` as the shape tableOf takes. */
export const anyCell: fc.Arbitrary<{ id?: string; cell: string }> = hostileCell.map((cell) => ({ cell }));

/**
 * A table under one of `headerLists` (a real export's header, whole or a shuffled part of it), each
 * column's cells from `cellFor(header)`, with the exact ids written in them; rows may be short or long.
 */
export function tableOf(headerLists: readonly string[][], cellFor: (header: string) => fc.Arbitrary<{ id?: string; cell: string }>): fc.Arbitrary<TableSpec & { ids: (string | undefined)[][] }> {
  const headers = fc.constantFrom(...headerLists).chain((h) => fc.oneof({ weight: 3, arbitrary: fc.constant(h) }, { weight: 1, arbitrary: fc.shuffledSubarray(h, { minLength: 1 }) }));
  const row = (hs: string[]) =>
    fc.record({ cells: fc.tuple(...hs.map(cellFor)), extra: fc.array(hostileCell, { maxLength: 2 }), cut: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: hs.length - 1 }) }) }).map(({ cells, extra, cut }) => ({
      cells: cut === null ? [...cells.map((c) => c.cell), ...extra] : cells.slice(0, cut).map((c) => c.cell),
      ids: cells.map((c) => c.id),
    }));
  return headers.chain((hs) => fc.array(row(hs), { maxLength: 8 }).map((rows) => ({ headers: hs, rows: rows.map((r) => r.cells), ids: rows.map((r) => r.ids) })));
}

// Title rows above the header, as 生意参谋 writes them (one day, or a week it must refuse).
const TITLE_ROWS = ['生意参谋 | 商品 | 商品排行\n统计时间：2026-11-19 ~ 2026-11-19\n\n\n', '统计时间：2026-11-13 ~ 2026-11-19\n'];

/**
 * CSV text of a table: each cell quoted as a writer quotes it, or bare — then a quote, comma or newline
 * in a cell changes the rows, and `exact` is false: the file no longer holds the table's rows.
 */
export const csvOf = (table: TableSpec): fc.Arbitrary<{ text: string; exact: boolean }> =>
  fc.record({ quoteAll: fc.boolean(), bare: fc.constantFrom(false, false, false, true), newline: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(), title: fc.constantFrom('', ...TITLE_ROWS) }).map(({ quoteAll, bare, newline, bom, title }) => {
    const quote = (c: string) => (bare ? c : quoteAll || /[",\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c);
    const lines = [table.headers, ...table.rows];
    return { text: (bom ? '\uFEFF' : '') + title + lines.map((r) => r.map(quote).join(',')).join(newline) + newline, exact: !bare || lines.every((r) => r.every((c) => !/[",\r\n]/.test(c))) };
  });

/**
 * The table as the bytes of a file: CSV in UTF-8 or GBK (what GBK cannot hold becomes ?), an .xlsx,
 * or a JSON array; `exact` as for csvOf.
 */
export const fileOf = (table: TableSpec): fc.Arbitrary<{ bytes: Uint8Array; file: string; exact: boolean }> =>
  fc.oneof(
    csvOf(table).map(({ text, exact }) => ({ bytes: new TextEncoder().encode(text), file: 'export.csv', exact })),
    csvOf(table).map(({ text, exact }) => ({ bytes: new Uint8Array(iconv.encode(text.replace(/^\uFEFF/, ''), 'gbk')), file: 'export.csv', exact })),
    fc.constant(table).map((t) => ({ bytes: xlsxFile([t.headers, ...t.rows]), file: 'export.xlsx', exact: true })),
    fc.constant(table).map((t) => ({ bytes: new TextEncoder().encode(JSON.stringify(t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i] ?? null]))))), file: 'export.json', exact: true })),
  );

const MAGIC = [[], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [...'<html><table>'].map((c) => c.charCodeAt(0)), [...'[{"'].map((c) => c.charCodeAt(0))];

/** Any bytes under any file name a seller may pick, sometimes behind the first bytes of a zip, an OLE file, a BOM or a page. */
export const anyFile: fc.Arbitrary<{ bytes: Uint8Array; file: string }> = fc.record({
  magic: fc.constantFrom(...MAGIC),
  body: fc.uint8Array({ maxLength: 600 }),
  file: fc.constantFrom('a.csv', 'a.tsv', 'a.txt', 'a.xlsx', 'a.xlsm', 'a.xls', 'a.json', 'a.jsonl', 'a.ndjson', 'a.pdf', 'a'),
}).map(({ magic, body, file }) => ({ bytes: new Uint8Array([...magic, ...body]), file }));

/** A real file with some of its bytes overwritten, or cut short: a damaged download. */
export const damaged = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
      const copy = bytes.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    }),
    fc.nat({ max: bytes.length - 1 }).map((end) => bytes.slice(0, end + 1)),
  );

/** Runs a parser: its result, or undefined when it refused with InputError. Any other exception propagates, failing the property. */
export async function resultOrInputError<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

// Pieces promotions are written with, and the numbers that break them: 0, a 分 below the 分, 1亿 and just
// past it, 16 and 20 digits, full-width digits.
const PROMO_WORDS = ['满', '每满', '减', '立减', '直降', '立省', '券', '店铺券', '优惠券', '无门槛', '用券', '可用', '使用', '的', '折', '打', '享', '第', '件', '半价', '免费', '买', '送', '一', '二', '两', '十', '元', '¥', '￥', '.', '．', ' ', '，', '。', '%', '-', '起'];
const PROMO_NUMBERS = ['0', '00', '0.0', '1', '2', '9', '10', '99', '100', '199', '200', '0.5', '.5', '8.5', '85', '8.75', '0.001', '30.001', '100000000', '100000000.01', '9999999999999999', '99999999999999999999', '２００', '１'];

/** Promotion text from those pieces: mostly nonsense, now and then a promotion. */
export const promoText: fc.Arbitrary<string> = fc.array(fc.oneof(fc.constantFrom(...PROMO_WORDS), fc.constantFrom(...PROMO_NUMBERS), digits(1, 22)), { maxLength: 8 }).map((parts) => parts.join(''));

const yuan = fc.oneof(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 1, max: 100_000 })).map((fen) => (fen % 100 ? (fen / 100).toFixed(2) : String(fen / 100)));
const rate = fc.oneof(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 1, max: 99 }).map((n) => (n / 10).toFixed(1)), fc.integer({ min: 11, max: 99 }).map(String));
const units = fc.integer({ min: 1, max: 12 }).map(String);

/** Promotions as sellers write them (pricing/promo.ts), with any amounts up to 1亿元: some read, some refused (减 not below 满 …). */
export const promoForm: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(yuan, yuan).map(([a, b]) => `满${a}减${b}`),
  fc.tuple(yuan, yuan).map(([a, b]) => `每满${a}减${b}`),
  fc.tuple(yuan, yuan).map(([a, b]) => `满${a}用券${b}`),
  yuan.map((b) => `店铺券${b}`),
  yuan.map((b) => `立减${b}`),
  rate.map((r) => `${r}折`),
  fc.tuple(yuan, rate).map(([a, r]) => `满${a}打${r}折`),
  fc.tuple(units, rate).map(([n, r]) => `${n}件${r}折`),
  fc.tuple(units, rate).map(([n, r]) => `第${n}件${r}折`),
  units.map((n) => `第${n}件半价`),
  fc.tuple(units, units).map(([n, m]) => `买${n}送${m}`),
);
