// readTable on spreadsheets: .xlsx read from the text it stores (long ids keep every digit), binary
// .xls through SheetJS, and what each says about numbers that already lost digits.
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from './read';
import { unescapeXml } from './xlsx';
import { xlsFile, xlsxFile } from '../../test/sheets';
import { resultOrInputError } from '../../test/hostile';

const TITLE_ROWS = [['生意参谋 | 商品 | 商品排行'], ['统计时间：2026-11-19 ~ 2026-11-19'], [], []];

describe('.xlsx: cells from their stored text', () => {
  it('a 19-digit number cell keeps every digit; an E-notation one past 2^53 is marked rounded', async () => {
    const t = await readTable(
      xlsxFile([
        ['主订单编号', '商品ID', '实付金额'],
        [{ n: '3912345678903222231' }, { n: '612345678901' }, { n: '1299.9000000000001' }],
        [{ n: '3.91234567890322E+18' }, 612345678902, 0.5],
      ]),
      'orders.xlsx',
    );
    expect(t.rows[0]).toEqual({ line: 2, cells: { 主订单编号: '3912345678903222231', 商品ID: '612345678901', 实付金额: '1299.9' } });
    expect(t.rows[1]).toEqual({ line: 3, cells: { 主订单编号: '3.91234567890322E+18', 商品ID: '612345678902', 实付金额: '0.5' }, numbers: { 主订单编号: 'rounded' } });
  });

  it('finds the header below title rows, keeps the title rows as the preamble, skips empty rows', async () => {
    const t = await readTable(xlsxFile([...TITLE_ROWS, ['统计日期', '商品ID', '商品访客数'], ['2026-11-19', '612345678901', 11269], [], ['2026-11-19', '-', 3]]), 'sycm.xlsx', (cells) => cells.includes('商品ID'));
    expect(t.preamble).toEqual(['生意参谋 | 商品 | 商品排行', '统计时间：2026-11-19 ~ 2026-11-19']);
    expect(t.headers).toEqual(['统计日期', '商品ID', '商品访客数']);
    expect(t.rows.map((r) => [r.line, r.cells.商品ID, r.cells.商品访客数])).toEqual([
      [6, '612345678901', '11269'],
      [8, '-', '3'],
    ]);
  });

  it('date cells are their wall-clock text: date and time, a date alone, Chinese formats, 1904 workbooks', async () => {
    const t = await readTable(
      xlsxFile([
        ['a', 'b', 'c', 'd'],
        [{ date: '2026-11-18 10:50:23' }, { date: '2026-11-19', format: 'yyyy-mm-dd' }, { date: '2026-11-19', format: 'yyyy"年"m"月"d"日"' }, { date: '2026-11-18 09:05', format: 'yyyy/m/d h:mm' }],
      ]),
      'd.xlsx',
    );
    expect(t.rows[0]!.cells).toEqual({ a: '2026-11-18 10:50:23', b: '2026-11-19', c: '2026-11-19', d: '2026-11-18 09:05:00' });
  });

  it('unescapes what XML and Excel escape (entities, _x000D_, an escaped underscore)', async () => {
    expect(unescapeXml('a&lt;b&amp;c&#x51B0;&#19997;_x000D__x005F_x000D_')).toBe('a<b&c冰丝\r_x000D_');
  });

  it('reads elements with a namespace prefix (x:c, as the .NET Open XML SDK writes)', async () => {
    const rows = [['订单编号', '订单状态'], [{ n: '3912345678903222231' }, '交易成功']];
    expect((await readTable(xlsxFile(rows, { prefix: 'x:' }), 'p.xlsx')).rows).toEqual((await readTable(xlsxFile(rows), 'p.xlsx')).rows);
  });

  it('reads what exceljs writes: rich text, formulas, booleans, entities, dates in China wall-clock', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('订单');
    sheet.addRow(['标题', '数', '式', '真', '时间']);
    sheet.addRow([{ richText: [{ text: '冰丝<防晒>' }, { text: '衣 & "裤"' }] }, 12.5, { formula: 'B2*2', result: 25 }, true, new Date(Date.UTC(2026, 10, 18, 10, 50, 0))]);
    sheet.getCell('E2').numFmt = 'yyyy-mm-dd hh:mm:ss';
    const t = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), 'e.xlsx');
    expect(t.rows[0]!.cells).toEqual({ 标题: '冰丝<防晒>衣 & "裤"', 数: '12.5', 式: '25', 真: 'TRUE', 时间: '2026-11-18 10:50:00' });
  });

  it('gives the same text as SheetJS for any grid SheetJS writes (strings with XML specials, CJK, numbers)', async () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '冰', '丝', '😀', ' ', 'a', '\n', '_'), minLength: 1, maxLength: 12 }),
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), async (body) => {
        const grid = [['a', 'b', 'c'], ...body];
        const book = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), 'S');
        const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
        const t = await readTable(bytes, 'p.xlsx');
        const expected = body
          .map((cells) => cells.map((c) => String(c)))
          .filter((cells) => cells.some((c) => c.trim()))
          .map((cells) => ({ a: cells[0], b: cells[1], c: cells[2] }));
        expect(t.rows.map((r) => r.cells)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses what is not a workbook, naming the file', async () => {
    await expect(readTable(new TextEncoder().encode('订单编号,订单状态\n1,交易成功\n'), 'orders.xlsx')).rejects.toThrow(/^orders\.xlsx: not a readable \.xlsx file/);
    await expect(readTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), 'broken.xlsx')).rejects.toThrow(/^broken\.xlsx: not a readable \.xlsx file/);
    await expect(readTable(xlsxFile([]), 'empty.xlsx')).rejects.toThrow(/^empty\.xlsx: the worksheet is empty/);
  });

  it('refuses XML no Excel writes: a reference beyond Unicode (was a RangeError), a row or column past the grid (was a hang, then RangeError or out of memory)', async () => {
    const edit = (from: string, to: string) => {
      const files = unzipSync(xlsxFile([['订单编号'], ['1']]));
      for (const part of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) files[part] = strToU8(strFromU8(files[part]!).replace(from, to));
      return zipSync(files);
    };
    await expect(readTable(edit('订单编号', '&#x110000;'), 'u.xlsx')).rejects.toThrow(/^u\.xlsx: not a readable \.xlsx file \(the character reference &#x110000; is beyond Unicode\)/);
    await expect(readTable(edit('<row r="2"', '<row r="200000000"'), 'r.xlsx')).rejects.toThrow(/^r\.xlsx: not a readable \.xlsx file \(row 200000000 is outside Excel's 1,048,576 rows\)/);
    await expect(readTable(edit('r="A2"', 'r="ZZZZZZ2"'), 'c.xlsx')).rejects.toThrow(/^c\.xlsx: not a readable \.xlsx file \(cell ZZZZZZ2 is not in Excel's 16,384 columns/);
  });
});

describe('.xls (BIFF8) through SheetJS', () => {
  it('生意参谋 layout: four title rows, header on row 5, 商品ID "-" on some rows, percentages and dates', async () => {
    const bytes = xlsFile([...TITLE_ROWS, ['统计日期', '商品ID', '商品访客数', '支付金额', '下单转化率'], [{ date: '2026-11-19', format: 'yyyy-mm-dd' }, '612345678901', 11269, 1299.5, 0.0325], ['2026-11-19', '-', 3, 0, 0]]);
    expect([...bytes.slice(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const t = await readTable(bytes, '【生意参谋平台】商品_全部_2026-11-19_2026-11-19.xls', (cells) => cells.includes('商品ID'));
    expect(t.preamble).toEqual(['生意参谋 | 商品 | 商品排行', '统计时间：2026-11-19 ~ 2026-11-19']);
    expect(t.rows).toEqual([
      { line: 6, cells: { 统计日期: '2026-11-19', 商品ID: '612345678901', 商品访客数: '11269', 支付金额: '1299.5', 下单转化率: '0.0325' } },
      { line: 7, cells: { 统计日期: '2026-11-19', 商品ID: '-', 商品访客数: '3', 支付金额: '0', 下单转化率: '0' } },
    ]);
  });

  it('an id past 2^53 in a number cell has lost digits in the file itself, and is marked so', async () => {
    const t = await readTable(xlsFile([['订单编号'], [{ n: '3912345678903222231' }]]), 'o.xls');
    expect(t.rows[0]!.numbers).toEqual({ 订单编号: 'rounded' });
  });

  it('an ".xls" that is really text (GBK tab-separated) or a web page is read as what it is', async () => {
    const tsv = await readTable(new Uint8Array(iconv.encode('订单编号\t订单状态\n3912345678903222231\t交易成功\n', 'gbk')), 'ExportOrderList.xls');
    expect(tsv.rows[0]!.cells).toEqual({ 订单编号: '3912345678903222231', 订单状态: '交易成功' });
    const html = await readTable(new TextEncoder().encode('<html><body><table><tr><td>订单编号</td><td>订单状态</td></tr><tr><td>3912345678903222231</td><td>交易成功</td></tr></table></body></html>'), 'page.xls');
    expect(html.rows[0]!.cells.订单状态).toBe('交易成功');
  });

  it('refuses a damaged .xls, naming the file', async () => {
    const bytes = xlsFile([['a'], ['b']]).slice(0, 600);
    await expect(readTable(bytes, 'cut.xls')).rejects.toThrow(/^cut\.xls: not a readable \.xls file/);
  });
});

describe('JSON numbers', () => {
  it('are marked, so that an id cannot come from one', async () => {
    const t = await readTable(new TextEncoder().encode('[{"id":3912345678903222231,"title":"a"},{"id":"3912345678903222231","title":"b"}]'), 'l.json');
    expect(t.rows[0]!.numbers).toEqual({ id: 'json' });
    expect(t.rows[1]!.numbers).toBeUndefined();
  });
});

describe('.xlsx (property)', () => {
  // Fragments of what a damaged or crafted workbook's XML holds: references beyond Unicode, rows and
  // cells past Excel's grid, shared-string and style indexes that point nowhere, numbers no double holds.
  const FRAGMENTS = ['&#x110000;', '&#99999999999999999999;', '&#xD800;', '&#0;', '&amp;', '&bogus;', '_xD800_', '_x0000_', '<row r="99999999">', '<row r="0">', '<row r="x">', '<row>', '</row>', '<c r="ZZZZZ1">', '<c r="a1">', '<c>', '</c>', '<c r="A1" t="s"><v>999999</v></c>', '<c t="s"><v>-1</v></c>', '<c s="99999"><v>45000</v></c>', '<c s="1"><v>1e400</v></c>', '<c t="d"><v>2026-02-31T00:00:00Z</v></c>', '<c t="inlineStr"><is><t>冰丝', '<v>', '</v>', '<t>', '</t>', '<si>', '</si>', '<xf numFmtId="999"/>', 'numFmtId="abc"', 'formatCode="yyyy-mm-dd"', '<sheet r:id="rId9"/>', 'Target="../../../../etc"', 'date1904="1"', '<![CDATA[x]]>', '<!--', '"', '<', '>', '&'];
  const PARTS = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];
  const base = unzipSync(xlsxFile([['订单编号', '商品ID', '下单时间'], [{ n: '3912345678903222231' }, '612345678901', { date: '2026-11-18 10:50:23' }], ['a&b', 12.5, '冰丝']]));
  const edits = fc.array(fc.record({ part: fc.constantFrom(...PARTS), at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 12 }), text: fc.constantFrom(...FRAGMENTS) }), { minLength: 1, maxLength: 6 });

  it('XML edited with hostile fragments: the grid or InputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(edits, async (list) => {
        const files = { ...base };
        for (const { part, at, cut, text } of list) {
          const xml = strFromU8(files[part]!);
          const i = Math.floor(at * xml.length);
          files[part] = strToU8(xml.slice(0, i) + text + xml.slice(i + cut));
        }
        await resultOrInputError(() => readTable(zipSync(files), 'e.xlsx'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('nesting (property)', () => {
  // Any depth to 100k, biased to the edges of the limits (JSON 100, a browser's 512).
  const depth = fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(1, 99, 100, 101, 511, 512, 513, 100_000));
  const open = fc.constantFrom('[', '{"a":', '[{"b":');
  const close = (o: string) => (o === '[' ? ']' : o === '{"a":' ? '}' : '}]');
  /** A value nested `d` deep: the same opener, or a mix of them. */
  const nested = fc.record({ d: depth, openers: fc.array(open, { minLength: 1, maxLength: 3 }) }).map(({ d, openers }) => {
    const chain = Array.from({ length: d }, (_, i) => openers[i % openers.length]!);
    return chain.join('') + '1' + chain.reverse().map(close).join('');
  });

  it('JSON and JSON Lines nested to any depth, at the top or in a cell: the table or InputError, never a RangeError', async () => {
    const file = fc.oneof(
      nested.map((v) => ({ text: v, file: 'n.json' })),
      nested.map((v) => ({ text: `[{"title":"冰丝","x":${v}}]`, file: 'n.json' })),
      nested.map((v) => ({ text: `{"title":"冰丝"}\n{"title":"a","x":${v}}\n`, file: 'n.jsonl' })),
    );
    await fc.assert(
      fc.asyncProperty(file, async ({ text, file }) => {
        await resultOrInputError(() => readTable(new TextEncoder().encode(text), file));
      }),
      { numRuns: 120 },
    );
  });

  it('an ".xls" web page nested to any depth (read by SheetJS): the table or InputError', async () => {
    const page = fc.record({ d: depth, tag: fc.constantFrom('div', 'span', 'table', 'b') }).map(({ d, tag }) => `<html><body><table><tr><td>订单编号</td></tr><tr><td>${`<${tag}>`.repeat(d)}1${`</${tag}>`.repeat(d)}</td></tr></table></body></html>`);
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        await resultOrInputError(() => readTable(new TextEncoder().encode(html), 'page.xls'));
      }),
      { numRuns: 30 },
    );
  });
});
