// One case per export layout sellers have (test/fixtures/keywords/README.md says what each fixture is
// modelled on): it loads, from the right source, with its date, its figures as the export meant them.
import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../tables/errors';
import { normaliseTerm } from '../text/normalise';
import { compileKeywordBank } from './compile';
import { keywordScore, suggestFill } from './fill';
import { isKeywordHeader, lastDate, parseFigure, parseKeywordList, readKeywordFile } from './parse';
import type { Keyword, KeywordBank } from './schema';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/keywords/${name}`, import.meta.url)));
const NOW = new Date('2026-09-10T10:00:00+08:00');
const read = (name: string) => readKeywordFile(fixture(name), name, { now: NOW });
const utf8 = (text: string) => new TextEncoder().encode(text);
const find = (bank: KeywordBank, term: string) => bank.keywords.find((k) => k.term === term)!;

describe('figures as the exports write them', () => {
  it.each([
    ['5000 ~ 1万', 7500, false, [5000, 10000]],
    ['150 ~ 300', 225, false, [150, 300]],
    ['1% ~ 2.5%', 1.75, true, [1, 2.5]],
    ['0 ~ 20', 10, false, [0, 20]],
    ['1000~2500', 1750, false, [1000, 2500]],
    ['10万-25万', 175000, false, [100000, 250000]],
    ['5%-7.5%', 6.25, true, [5, 7.5]],
    // 罗盘's open top bound: the lower bound is all that is known.
    ['100万--1', 1000000, false, [1000000, null]],
    ['10万 - -1', 100000, false, [100000, null]],
    ['¥100万-¥-0.01', 1000000, false, [1000000, null]],
    ['10万+', 100000, false, [100000, null]],
    ['50%以上', 50, true, [50, null]],
  ])('%s → %d %s', (raw, value, percent, range) => expect(parseFigure(raw)).toEqual({ value, percent, range }));
  it.each(['300 ~ 150', '~5', '1-', '5 ~ 很多'])('"%s" is not a figure', (raw) => expect(parseFigure(raw)!.value).toBeNaN());
  it.each(['1.2w', '¥2.27'])('%s is a plain figure', (raw) => expect(parseFigure(raw)!.range).toBeUndefined());
});

describe('headers', () => {
  it.each([
    [['排名', '搜索词', '搜索人气', '点击率', '支付转化率'], true],
    [['相关搜索词', '搜索人气', '点击率', '免费点击率', '支付转化率', '支付买家数', '需求供给比', '天猫商品点击占比'], true],
    [['搜索词', '搜索结果曝光人数', '搜索人数', '搜索用户支付金额', '商品曝光人数', '商品点击率（人数）', '商品点击-成交转化率（人数）'], true],
    [['关键词', '搜索人数', '点击率(%)', '支付转化率(%)'], true],
    [['日期', '计划名称', '关键词', '展现量', '点击量', '花费'], true],
    // 环比 and 免费点击率 are not the figures they sit beside.
    [['相关搜索词', '搜索人气环比', '免费点击率'], false],
  ])('%j is a header: %s', (cells, want) => expect(isKeywordHeader(cells)).toBe(want));
});

describe('dates in file names and title rows', () => {
  it.each([
    ['行业热词明细数据_2026_08_24.xlsx', '2026-08-24'],
    ['观数-搜索排行-搜索词-搜索人气-服饰-女装-防晒衣-20260401-20260430.xlsx', '2026-04-30'],
    ['商品报表_20260619_110309.csv', '2026-06-19'],
    ['【生意参谋平台】商品_全部_2026-06-18_2026-06-18.xls', '2026-06-18'],
    ['统计时间：2026-09-01 ~ 2026-09-07', '2026-09-07'],
    ['20261399.csv', undefined],
    ['2026-02-30', undefined],
    ['订单12026041512.csv', undefined],
  ])('%s → %s', (text, want) => expect(lastDate(text)).toBe(want));
});

interface Case {
  file: string;
  source: KeywordBank['source'];
  category: string;
  dataDate: string;
  approximate: boolean;
  terms: number;
  sample: Keyword;
}

describe('each layout loads', () => {
  it.each<Case>([
    {
      file: 'sycm-free-search-rank_20260809-20260815.csv',
      source: 'sycm', category: 'apparel', dataDate: '2026-08-15', approximate: true, terms: 20,
      sample: { term: '冰丝防晒衣女', popularity: 7500, clickRate: 0.68, conversion: 0.0375, ranges: { popularity: [5000, 10000], conversion: [0.025, 0.05] } },
    },
    {
      // The native download: BIFF .xls, title rows above the header.
      file: '【生意参谋平台】搜索排行_搜索词_防晒衣_2026-08-09_2026-08-15.xls',
      source: 'sycm', category: 'apparel', dataDate: '2026-08-15', approximate: true, terms: 10,
      sample: { term: '骑行防晒衣', popularity: 1750, clickRate: 0.74, ranges: { popularity: [1000, 2500] } },
    },
    {
      file: '【生意参谋平台】搜索分析_相关分析_保温杯_2026-08-01_2026-08-31.xls',
      source: 'sycm', category: 'home', dataDate: '2026-08-31', approximate: false, terms: 6,
      // BIFF numbers, rates as fractions.
      sample: { term: '保温杯大容量', popularity: 58640, clickRate: 1.143, conversion: 0.0202, supplyRatio: 0.0696 },
    },
    {
      file: '生意参谋-搜索排行-普通浴缸-2026-08-09_2026-08-15.csv',
      // No lexicon knows 浴缸, but 泡澡桶 ends in the head 桶 (a home product word learned from taobao-ner
      // train+dev): that lexicon names the category (a bank of no lexicon word at all: keywords/product.test.ts).
      source: 'sycm', category: 'home', dataDate: '2026-08-15', approximate: true, terms: 12,
      sample: { term: '小浴缸', popularity: 225, clickRate: 0.61, ranges: { popularity: [150, 300] } },
    },
    {
      file: '【生意参谋平台】搜索分析_相关分析_冰丝防晒衣_2026-09-01_2026-09-07.xlsx',
      source: 'sycm', category: 'apparel', dataDate: '2026-09-07', approximate: true, terms: 8,
      // 搜索人气环比 (30%) and 免费点击率 are not read as 搜索人气 or 点击率.
      sample: { term: '冰丝防晒衣', popularity: 7500, clickRate: 0.6321, conversion: 0.0175, supplyRatio: 1.82, ranges: { popularity: [5000, 10000], conversion: [0.01, 0.025] } },
    },
    {
      file: 'sycm-related-copied-page.txt',
      source: 'sycm', category: 'apparel', dataDate: '2026-09-10', approximate: true, terms: 10,
      sample: { term: '冰丝防晒衣女连帽', popularity: 750, clickRate: 0.67, supplyRatio: 1.64, ranges: { popularity: [500, 1000] } },
    },
    {
      file: 'sycm-related-copied-plugin.txt',
      source: 'sycm', category: 'home', dataDate: '2026-09-10', approximate: true, terms: 8,
      // No % in the column: 1.63 is a fraction (163%), as the page's data has it.
      sample: { term: '保温杯女', popularity: 3750, clickRate: 1.63, conversion: 0.0175, supplyRatio: 0.91, ranges: { popularity: [2500, 5000], conversion: [0.01, 0.025] } },
    },
    {
      file: '行业热词明细数据_2026_08_24.xlsx',
      source: 'compass', category: 'apparel', dataDate: '2026-08-24', approximate: true, terms: 12,
      sample: { term: '防晒衣', popularity: 750000, clickRate: 0.125, conversion: 0.0625, ranges: { popularity: [500000, 1000000], clickRate: [0.1, 0.15], conversion: [0.05, 0.075] } },
    },
    {
      file: '观数-搜索排行-搜索词-搜索人气-服饰-女装-防晒衣-20260401-20260430.xlsx',
      source: 'sycm', category: 'apparel', dataDate: '2026-04-30', approximate: true, terms: 12,
      // The plugin's 预估 figure where it has one, the platform's range where it has not.
      sample: { term: '皮肤衣', popularity: 7500, clickRate: 0.575, conversion: 0.0152, ranges: { popularity: [5000, 10000] } },
    },
    {
      file: '搜索需求分析.xlsx',
      source: 'sycm', category: 'home', dataDate: '2026-09-10', approximate: true, terms: 8,
      sample: { term: '316不锈钢保温杯', popularity: 46230, clickRate: 0.7227, conversion: 0.0383, supplyRatio: 0.1121 },
    },
    {
      file: 'zhishu-search-analysis-2026-05-31.csv',
      source: 'sycm', category: 'home', dataDate: '2026-05-31', approximate: false, terms: 8,
      // 点击率(%) and 支付转化率(%): percentages without a % sign.
      sample: { term: '保温杯男', popularity: 61280, heat: 140725, clickRate: 0.9732, conversion: 0.0674, competition: 1082140, cpc: 1.06 },
    },
    {
      file: 'zhishu-copied.txt',
      source: 'sycm', category: 'apparel', dataDate: '2026-09-10', approximate: false, terms: 8,
      sample: { term: '骑行防晒衣', popularity: 19840, heat: 48158, clickRate: 0.8361, conversion: 0.041, competition: 186520, cpc: 2.37 },
    },
    {
      file: '直通车_关键词报表_20260805_20260807.csv',
      source: 'ads', category: 'apparel', dataDate: '2026-08-07', approximate: false, terms: 6,
      // Two plans and three days summed; the rates from the sums.
      sample: { term: '骑行防晒衣', impressions: 410 + 369 + 471, clicks: 16 + 14 + 18, spend: 53.68, orders: 2, revenue: 278, clickRate: 48 / 1250, conversion: 2 / 48, cpc: 1.12 },
    },
    {
      file: '关键词报表-保温杯-2026-08-01_2026-08-07.xlsx',
      source: 'ads', category: 'home', dataDate: '2026-08-07', approximate: false, terms: 4,
      sample: { term: '保温杯女', impressions: 3460, clicks: 104, spend: 115.01, orders: 7, revenue: 626.5, clickRate: 104 / 3460, conversion: 7 / 104, cpc: 1.11 },
    },
    {
      file: 'xialaci-ranked.txt',
      source: 'list', category: 'apparel', dataDate: '2026-09-10', approximate: false, terms: 10,
      sample: { term: '防晒衣upf50+' },
    },
  ])('$file', async ({ file, sample, terms, approximate, ...bank }) => {
    const got = await read(file);
    expect(got).toMatchObject(bank);
    expect(got.approximate ?? false).toBe(approximate);
    expect(got.keywords).toHaveLength(terms);
    const keyword = find(got, sample.term);
    expect(Object.keys(keyword).sort()).toEqual(Object.keys(sample).sort());
    for (const [field, want] of Object.entries(sample)) typeof want === 'number' ? expect(keyword[field as 'clicks']).toBeCloseTo(want, 9) : expect(keyword[field as 'term']).toEqual(want);
  });

  it('skips the 合计 and 总计 rows of an ad report and sums each keyword once', async () => {
    const csv = await read('直通车_关键词报表_20260805_20260807.csv');
    expect(csv.keywords.map((k) => k.term)).toEqual(['防晒衣女', '冰丝防晒衣', '防晒衣女夏季薄款', '防晒衣', '骑行防晒衣', '防晒衣男']);
    // 防晒衣女 runs in both plans: one keyword.
    expect(find(csv, '防晒衣女').clicks).toBe(61 + 35 + Math.round(61 * 0.9) + Math.round(35 * 0.9) + Math.round(61 * 1.15) + Math.round(35 * 1.15));
    const xlsx = await read('关键词报表-保温杯-2026-08-01_2026-08-07.xlsx');
    expect(xlsx.keywords.map((k) => k.term)).not.toContain('总计');
  });
});

describe('text', () => {
  it('reads a ranked 下拉词 list: the ranks and the figures are split off, a leading number of a term is kept', () => {
    expect(parseKeywordList(new TextDecoder().decode(fixture('xialaci-pasted.txt')))).toEqual([
      { term: '防晒衣女' },
      { term: '防晒衣女夏季薄款', popularity: 58310 },
      { term: '冰丝防晒衣女', popularity: 7500, ranges: { popularity: [5000, 10000] } },
      { term: '防晒衣女长款' },
      { term: '防晒衣女短款' },
      { term: '2026新款防晒衣女' },
      { term: '防晒衣女宽松' },
      { term: '骑行防晒衣' },
    ]);
  });

  it('keeps a number that belongs to the term when the list has no ranks', () => {
    expect(parseKeywordList('316不锈钢保温杯\n2026 新款防晒衣\n保温杯 1000ml\n防晒衣')).toEqual([
      { term: '316不锈钢保温杯' },
      { term: '2026 新款防晒衣' },
      { term: '保温杯 1000ml' },
      { term: '防晒衣' },
    ]);
  });

  it('reads a header line as the header, however the columns are separated', async () => {
    for (const text of ['搜索词,搜索人气\n防晒衣,"12,000"\n冰丝防晒衣,800\n', '搜索词  搜索人气\n防晒衣  12000\n冰丝 防晒衣  800\n', '关键词\n防晒衣\n冰丝防晒衣\n']) {
      const bank = await readKeywordFile(utf8(text), 'x.txt', { now: NOW });
      expect(bank.keywords.map((k) => k.term)).toEqual(['防晒衣', text.includes('冰丝 防晒衣') ? '冰丝 防晒衣' : '冰丝防晒衣']);
      expect(bank.keywords.map((k) => k.term)).not.toContain('搜索词');
    }
  });

  it.each([
    ['figures with no term', '防晒衣\n500 ~ 1000\t63%\n', /x\.txt, row 2: a line needs a search term/],
    ['text between figures', '冰丝\t500 ~ 1000\t高\t63%\n', /x\.txt, row 1: cannot read "冰丝\t500 ~ 1000\t高\t63%" as a search term/],
    ['a rate left inside the term', '冰丝 63% 防晒衣\n', /row 1: cannot read/],
    ['a line that is not a row of the copied table', '相关搜索词\t搜索人气\t点击率\n冰丝防晒衣\t500 ~ 1000\t63%\n共 20 条\n', /x\.txt, row 3: "共 20 条" is not a row of the table/],
  ])('reports %s with its row, and makes no word of it', async (_, text, reason) => {
    const error = await readKeywordFile(utf8(text), 'x.txt', { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(reason);
  });

  it('reads the glued 相关分析 line from the issue as a term and its figures', () => {
    // Copied without its header: the term, then the figures; the first count is the 搜索人气.
    expect(parseKeywordList('冰丝\t500 ~ 1000\t63%\t1% ~ 2.5%\t0 ~ 20\t0.91\t4.55%')).toEqual([{ term: '冰丝', popularity: 750, ranges: { popularity: [500, 1000] } }]);
  });
});

describe('rates', () => {
  it('reads a bare number beside % cells as a fraction (a spreadsheet number formatted as a percentage)', async () => {
    const bank = await readKeywordFile(utf8('搜索词,支付转化率,点击率\n防晒衣,1% ~ 2.5%,59%\n防晒衣女,0.012,0.61\n'), 'x.csv', { now: NOW });
    expect(bank.keywords.map((k) => [k.conversion, k.clickRate])).toEqual([[0.0175, 0.59], [0.012, 0.61]]);
  });

  it('cleans a term wrapped the way spreadsheets wrap text', async () => {
    const bank = await readKeywordFile(utf8('搜索词,搜索人气\n"=""防晒衣""",100\n\'冰丝防晒衣,50\n'), 'x.csv', { now: NOW });
    expect(bank.keywords.map((k) => k.term)).toEqual(['防晒衣', '冰丝防晒衣']);
  });
});

describe('bad cells name their place', () => {
  it.each([
    ['a range that goes down', '搜索词,搜索人气\n防晒衣,300 ~ 150\n', /row 2, column 搜索人气: "300 ~ 150" is not a number/],
    ['a conversion range above 100%', '搜索词,支付转化率\n防晒衣,90% ~ 120%\n', /row 2, column 支付转化率: "90% ~ 120%" is not a rate/],
    ['a (%) conversion above 100', '关键词,支付转化率(%)\n防晒衣,130\n', /column 支付转化率\(%\): "130" is not a rate/],
  ])('%s', async (_, text, reason) => {
    const error = await readKeywordFile(utf8(text), 'x.csv', { now: NOW }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(reason);
  });

  it('reads a GBK ad report the same as UTF-8', async () => {
    const text = '日期,关键词,展现量,点击量,花费,总成交笔数\n2026-08-01,防晒衣女,100,10,"12.30",1\n合计,,100,10,12.30,1\n';
    const gbk = await readKeywordFile(new Uint8Array(iconv.encode(text, 'gbk')), 'r.csv', { now: NOW });
    expect(gbk).toEqual(await readKeywordFile(utf8(text), 'r.csv', { now: NOW }));
    expect(gbk.keywords).toEqual([{ term: '防晒衣女', impressions: 100, clicks: 10, spend: 12.3, orders: 1, clickRate: 0.1, conversion: 0.1, cpc: 1.23 }]);
  });
});

describe('the fill is made of the bank\'s search words only', () => {
  const files = readdirSync(new URL('../../test/fixtures/keywords/', import.meta.url)).filter((f) => /\.(csv|txt|xlsx|xls)$/.test(f));
  it.each(files)('%s', async (file) => {
    const bank = compileKeywordBank(await read(file));
    const terms = bank.bank.keywords.map((k) => normaliseTerm(k.term));
    // A title that is the bank's best term, and one with only its product word (the lexicons', or the bank's own).
    const core = bank.words.scan(bank.terms[0]!).words.find((w) => w.kind === 'core')?.word ?? bank.products[0]!.key;
    for (const title of [bank.terms[0]!, core]) {
      const score = keywordScore(title, bank);
      expect(score.score).not.toBeNull();
      const fill = suggestFill(title, bank);
      for (const word of fill.terms) expect(terms.some((t) => t.includes(normaliseTerm(word))), `${word} is in no search term of ${file}`).toBe(true);
    }
  });
});
