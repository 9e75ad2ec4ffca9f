import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../tables/errors';
import { readTable } from '../tables/read';
import { anyCell, anyFile, damaged, fileOf, hostileCell, resultOrInputError, tableOf } from '../../test/hostile';
import { dataAge } from './age';
import { keywordColumns } from './columns';
import { KeywordBank } from './schema';
import { isKeywordHeader, lastDate, parseFigure, parseKeywordList, readKeywordFile } from './parse';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/keywords/${name}`, import.meta.url)));
const NOW = new Date('2026-06-09T10:00:00+08:00');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseFigure', () => {
  it.each([
    ['1,234', 1234, false],
    ['"12,345"', 12345, false],
    ['12.34%', 12.34, true],
    ['1.2万', 12000, false],
    ['3亿', 3e8, false],
    [' 0.85 ', 0.85, false],
  ])('%s → %d', (raw, value, percent) => expect(parseFigure(raw)).toEqual({ value, percent }));
  it.each(['', '-', '--', '—'])('"%s" is absent', (raw) => expect(parseFigure(raw)).toBeUndefined());
  it.each(['abc', '12a', '-3', '9'.repeat(400), '1 ~ ' + '9'.repeat(400)])('"%s" is not a figure', (raw) => expect(parseFigure(raw)!.value).toBeNaN());
});

describe('headers and dates', () => {
  it.each([
    [['搜索词', '搜索人气', '点击率'], true],
    [['搜索词', '搜索热度', '点击率', '成交转化率'], true],
    [['关键词', '转化率'], true],
    [['统计时间', '2026-04-01 ~ 2026-04-30'], false],
    [['搜索词'], false],
    [['商品ID', '标题'], false],
  ])('%j is a header: %s', (cells, want) => expect(isKeywordHeader(cells)).toBe(want));
  it.each([
    ['统计时间 2026-04-01 ~ 2026-04-30', '2026-04-30'],
    ['2026年4月1日至2026年4月7日', '2026-04-07'],
    ['搜索词_2026.05.31.csv', '2026-05-31'],
    ['终端：所有终端', undefined],
    ['2026-13-45', undefined],
  ])('%s → %s', (text, want) => expect(lastDate(text)).toBe(want));
});

describe('readKeywordFile', () => {
  it('reads a GBK 生意参谋 搜索分析 export with title rows above the header', async () => {
    const bank = await readKeywordFile(fixture('sycm-fangshaiyi-2026-04.csv'), 'sycm-fangshaiyi-2026-04.csv', { now: NOW });
    expect(bank).toMatchObject({ category: 'apparel', dataDate: '2026-04-30', source: 'sycm', importedAt: NOW.toISOString() });
    expect(bank.keywords).toHaveLength(40);
    const [first] = bank.keywords;
    expect(first!.term).toBe('防晒衣');
    expect(first!.popularity).toBe(186420);
    expect(first!.competition).toBe(4862310);
    // 101.97% → 1.0197: a click rate may pass 100%; a conversion rate is a fraction.
    expect(first!.clickRate).toBeCloseTo(1.0197, 6);
    expect(first!.conversion).toBeCloseTo(0.0122, 6);
    expect(first!.cpc).toBe(2.27);
  });

  it('reads the .xlsx variant to the same keywords (numbers as numbers, rates as text)', async () => {
    const csv = await readKeywordFile(fixture('sycm-fangshaiyi-2026-04.csv'), 'a.csv', { now: NOW });
    const xlsx = await readKeywordFile(fixture('sycm-fangshaiyi-2026-04.xlsx'), 'a.xlsx', { now: NOW });
    expect(xlsx.keywords).toEqual(csv.keywords);
    expect(xlsx.dataDate).toBe('2026-04-30');
  });

  it('reads a 抖店罗盘 export (UTF-8 BOM, no title rows: the date comes from the file name)', async () => {
    const bank = await readKeywordFile(fixture('compass-fangshaiyi-2026-04-30.csv'), 'compass-fangshaiyi-2026-04-30.csv', { now: NOW });
    expect(bank).toMatchObject({ source: 'compass', category: 'apparel', dataDate: '2026-04-30' });
    expect(bank.keywords[0]).toEqual({ term: '防晒衣', heat: 106510, clickRate: 0.0946, conversion: 0.0462 });
  });

  it('reads a pasted list: one term a line, an optional number after a tab, comma or spaces', async () => {
    const bank = await readKeywordFile(fixture('pasted-fangshaiyi.txt'), 'pasted.txt', { now: NOW });
    expect(bank).toMatchObject({ source: 'list', category: 'apparel', dataDate: '2026-06-09' });
    expect(bank.keywords.slice(0, 5)).toEqual([
      { term: '防晒衣女' },
      { term: '防晒衣女夏季薄款', popularity: 58310 },
      { term: '冰丝防晒衣女', popularity: 71230 },
      { term: '防晒衣女长款', popularity: 32150 },
      { term: '防晒衣女短款', popularity: 28640 },
    ]);
    expect(bank.keywords.find((k) => k.term === '皮肤衣女')!.popularity).toBe(12000);
  });

  it('reads the second category (保温杯 → home) and lets the caller name category, shop and date', async () => {
    const inferred = await readKeywordFile(fixture('sycm-baowenbei-2026-04.csv'), 'b.csv', { now: NOW });
    expect(inferred.category).toBe('home');
    const named = await readKeywordFile(fixture('sycm-baowenbei-2026-04.csv'), 'b.csv', { now: NOW, category: '杯具', shop: '店A', dataDate: '2026-05-02' });
    expect(named).toMatchObject({ category: '杯具', shop: '店A', dataDate: '2026-05-02' });
  });

  it('keeps the first of terms that are the same after normalisation', () => {
    expect(parseKeywordList('防晒衣女\n防晒衣 女\n防曬衣女 3\n冰丝防晒衣')).toEqual([{ term: '防晒衣女' }, { term: '冰丝防晒衣' }]);
  });

  it.each([
    ['a bad figure', 'x.csv', '搜索词,搜索人气\n防晒衣,12\n防晒衣女,很多\n', /x\.csv, row 3, column 搜索人气: "很多" is not a number/],
    ['a conversion above 100%', 'x.csv', '搜索词,支付转化率\n防晒衣,120%\n', /row 2, column 支付转化率: "120%" is not a rate/],
    ['an empty term', 'x.csv', '搜索词,搜索人气\n,12\n', /row 2, column 搜索词: the search term is empty/],
    ['no header', 'x.csv', '商品ID,标题\n1,防晒衣\n', /x\.csv: no search-term header/],
    ['a header without rows', 'x.csv', '搜索词,搜索人气\n', /no search terms/],
    ['a list line without a term', 'x.txt', '防晒衣\n12345\n', /x\.txt, row 2: a line needs a search term/],
    ['an empty list', 'x.txt', '\n\n', /the file is empty|no search terms/],
    ['terms of no known category', 'x.txt', '哈哈哈\n嘿嘿\n', /cannot tell the category/],
  ])('rejects %s with file, row and column', async (_, file, text, reason) => {
    const error = await readKeywordFile(utf8(text), file, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(reason);
  });

  it('reads a GBK export with percentages without the % sign as percentages (conversion above 1)', async () => {
    const bytes = iconv.encode('搜索词,支付转化率,点击率\n防晒衣,3.2,0.95\n防晒衣女,0.8,1.12\n', 'gbk');
    const bank = await readKeywordFile(new Uint8Array(bytes), 'x.csv', { now: NOW });
    expect(bank.keywords.map((k) => k.conversion)).toEqual([0.032, 0.008]);
    // No % anywhere in the click-rate column: fractions, which may pass 1.
    expect(bank.keywords.map((k) => k.clickRate)).toEqual([0.95, 1.12]);
  });
});

describe('dataAge', () => {
  it.each([
    ['2026-06-09', 0, false, '数据为今天'],
    ['2026-06-08', 1, false, '数据更新于 1 天前'],
    ['2026-05-10', 30, false, '数据更新于 30 天前'],
    ['2026-04-30', 40, true, '数据已 40 天未更新'],
  ])('%s at 2026-06-09 → %d days', (date, days, stale, zh) => {
    const age = dataAge(date, NOW);
    expect(age).toMatchObject({ days, stale });
    expect(age.text.zh).toBe(zh);
    expect(age.text.en).toMatch(/data/i);
  });
  it('counts China calendar days: 23:30 UTC is already the next day in China', () => {
    expect(dataAge('2026-06-09', new Date('2026-06-09T23:30:00Z')).days).toBe(1);
  });
});

describe('readKeywordFile (property)', () => {
  const DIR = new URL('../../test/fixtures/keywords/', import.meta.url);
  const FIXTURES = readdirSync(DIR).filter((name) => name !== 'README.md');
  const TABLES = FIXTURES.filter((name) => !name.endsWith('.txt'));
  // The header of every real export in the fixtures, read as the import reads it.
  const headerLists = Promise.all(TABLES.map(async (name) => (await readTable(fixture(name), name, isKeywordHeader)).headers.filter(Boolean)));
  // Figures as the exports write them (figure.ts), most of the time, so that rows get past their first cell.
  const figure = fc.oneof(
    fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString('en')),
    fc.nat({ max: 10_000 }).map((n) => `${(n / 100).toFixed(2)}%`),
    fc.constantFrom('1.2万', '3亿', '5000 ~ 1万', '1% ~ 2.5%', '10万+', '10万以上', '100-200', '1000-−1', '¥2.27', '¥-0.01', '0.85', '-', '--', '—', '112.34%', '9'.repeat(400), `${'9'.repeat(400)}万`, '1 ~ 9'.padEnd(400, '9')),
  );
  const term = fc.constantFrom('防晒衣', '防晒衣女', '冰丝防晒衣女夏季', '保温杯', '浴缸', '哈哈', ' ', '="防晒衣"', "'防晒衣", '合计', '汇总');
  const cellFor = (header: string) => {
    const columns = keywordColumns([header]);
    const plausible = columns.term ? term : Object.keys(columns.figures).length ? figure : undefined;
    return plausible ? fc.oneof({ weight: 4, arbitrary: plausible.map((cell) => ({ cell })) }, { weight: 1, arbitrary: anyCell }) : anyCell;
  };

  it('any bytes under any name: a bank or InputError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(anyFile, ({ bytes, file }) => resultOrInputError(() => readKeywordFile(bytes, file, { now: NOW })).then(() => undefined)),
      { numRuns: 300 },
    );
  });

  it('a real export damaged (bytes overwritten or cut short): a bank or InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES).chain((name) => damaged(fixture(name)).map((bytes) => ({ bytes, name }))), ({ bytes, name }) => resultOrInputError(() => readKeywordFile(bytes, name, { now: NOW })).then(() => undefined)),
      { numRuns: 100 },
    );
  });

  it('hostile cells under a real header, and hostile pasted text: a bank or InputError', async () => {
    const lists = await headerLists;
    const text = fc.array(fc.oneof(term, figure, hostileCell), { maxLength: 40 }).chain((parts) => fc.constantFrom('\t', ' ', ',', '\n').map((sep) => parts.join(sep)));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          tableOf(lists, cellFor).chain(fileOf),
          text.map((t) => ({ bytes: new TextEncoder().encode(t), file: 'pasted.txt' })),
        ),
        async ({ bytes, file }) => {
          const bank = await readKeywordFile(bytes, file, { now: NOW }).catch((error: unknown) => {
            if (!(error instanceof InputError)) throw error;
            // What the cells hold is refused at its cell, never left for the bank's schema to find without a row.
            expect(error.reason).not.toMatch(/^keywords\./);
          });
          if (bank) expect(KeywordBank.safeParse(bank).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
