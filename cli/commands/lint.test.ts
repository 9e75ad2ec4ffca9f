import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-io';

const dir = mkdtempSync(join(tmpdir(), 'shoplint-lint-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const CSV = '商品ID,宝贝标题,平台,一口价\n="1234567890123456789",最好的冰丝防晒衣女夏季薄款,淘宝,129\n2,冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套,抖店,99.00\n';

describe('shoplint lint', () => {
  let xlsx: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('宝贝');
    sheet.addRow(['宝贝ID', '宝贝标题']);
    sheet.addRow(['98765432109876543210', '全网第一防晒衣']);
    xlsx = file('items.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  it('prints the contract JSON for --title and exits 1 on an error finding', async () => {
    const { code, stdout, stderr } = await runCli(['lint', '--title', '最好的防晒衣', '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out.summary).toMatchObject({ listings: 1, errors: 1 });
    const [result] = out.results;
    expect(result).toMatchObject({ title: '最好的防晒衣', platform: 'taobao' });
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'banned-word', severity: 'error', start: 0, end: 2, text: '最好', category: 'absolute' }));
  });

  it('exits 0 on a clean title, and with --fail-on never whatever it finds', async () => {
    expect((await runCli(['lint', '--title', '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套'])).code).toBe(0);
    expect((await runCli(['lint', '--title', '最好的防晒衣', '--fail-on', 'never'])).code).toBe(0);
  });

  it.each([
    ['UTF-8', 'utf8.csv', CSV],
    ['UTF-8 with BOM', 'bom.csv', '\uFEFF' + CSV],
    ['GBK', 'gbk.csv', iconv.encode(CSV, 'gbk')],
  ])('reads CSV in %s with Chinese headers; ids stay strings; a row platform beats --platform', async (_, name, content) => {
    const { code, stdout } = await runCli(['lint', file(name, content), '--format', 'json', '--platform', 'tmall']);
    expect(code).toBe(1);
    const { results } = JSON.parse(stdout);
    expect(results.map((r: { id: string }) => r.id)).toEqual(['1234567890123456789', '2']);
    expect(results.map((r: { platform: string }) => r.platform)).toEqual(['taobao', 'douyin']);
    expect(results[0].findings[0]).toMatchObject({ ruleId: 'banned-word', text: '最好' });
  });

  it('reads XLSX, JSON and JSONL, and JSONL on stdin', async () => {
    const json = file('items.json', JSON.stringify([{ id: 'a', title: '最好的防晒衣' }]));
    const jsonl = file('items.jsonl', '{"id":"b","title":"防晒衣","platform":"douyin"}\n\n{"id":"c","title":"第一名防晒衣"}\n');
    const { stdout } = await runCli(['lint', xlsx, json, jsonl, '--format', 'json']);
    const ids = JSON.parse(stdout).results.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['98765432109876543210', 'a', 'b', 'c']);
    const piped = await runCli(['lint', '-', '--format', 'json'], '{"title":"最佳防晒衣"}\n');
    expect(JSON.parse(piped.stdout).results[0].findings[0]).toMatchObject({ text: '最佳' });
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.csv')], /nope\.csv: no such file/],
    ['an empty file', () => [file('empty.csv', '')], /empty\.csv: the file is empty/],
    ['no title column', () => [file('notitle.csv', 'id,price\n1,2\n')], /notitle\.csv, column title: no title column/],
    ['a bad price', () => [file('badprice.csv', 'title,price\n防晒衣,12\n防晒衣,abc\n')], /badprice\.csv, row 3, column price: "abc" is not a positive amount/],
    ['bad JSON', () => [file('bad.jsonl', '{"title":"a"}\n{oops\n')], /bad\.jsonl, row 2: not valid JSON/],
    ['an unknown platform', () => [file('plat.csv', 'title,platform\n防晒衣,ebay\n')], /plat\.csv, row 2, column platform/],
    ['an unsupported type', () => [file('x.pdf', 'x')], /x\.pdf: unsupported file type/],
    ['not UTF-8 nor GBK', () => [file('bin.csv', new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xff, 0xff, 0xff]))], /neither UTF-8 nor GBK/],
    ['no input', () => [], /give a FILE/],
    ['a bad --platform', () => ['--title', 'x', '--platform', 'ebay'], /--platform/],
  ])('exits 2 on %s with a one-line reason naming the place', async (_, args, reason) => {
    const { code, stdout, stderr } = await runCli(['lint', ...args()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('prints usage for --help and exits 0', async () => {
    const { code, stdout } = await runCli(['lint', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: shoplint lint/);
    expect((await runCli(['--help'])).stdout).toMatch(/Commands:/);
  });

  it('runs as the installed bin (npx shoplint) with JSON only on stdout', async () => {
    const bin = join(import.meta.dirname, '../../bin/shoplint.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'lint', '--title', '冰丝防晒衣女夏季薄款', '--format', 'json']);
    expect(JSON.parse(stdout).summary.listings).toBe(1);
  });
});

describe('shoplint lint --keywords', () => {
  const fixtures = join(import.meta.dirname, '../../test/fixtures/keywords');
  const sycm = join(fixtures, 'sycm-fangshaiyi-2026-04.csv');
  const cups = join(fixtures, 'sycm-baowenbei-2026-04.csv');

  it('adds keywordScore and the fill suggestions to each JSON result, from the same bank in batch', async () => {
    const items = file('kw.csv', '商品ID,宝贝标题\n1,冰丝防晒衣女夏季薄款\n2,冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套\n');
    const { code, stdout, stderr } = await runCli(['lint', items, '--keywords', sycm, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    const [short, long] = out.results;
    expect(short.keywordScore).toBeGreaterThanOrEqual(0);
    expect(long.keywordScore).toBeGreaterThan(short.keywordScore);
    expect(short.suggestions.length).toBeGreaterThan(0);
    expect(short.keywordFill.widthLeft).toBeGreaterThanOrEqual(0);
    expect(short.keywordFill.text).toBe(short.suggestions.join(''));
    expect(short.findings).toContainEqual(expect.objectContaining({ ruleId: 'title-keyword-coverage', suggestions: short.suggestions }));
    // The structural score is the same number with or without a bank.
    const plain = JSON.parse((await runCli(['lint', items, '--format', 'json'])).stdout);
    expect(plain.results.map((r: { score: number }) => r.score)).toEqual(out.results.map((r: { score: number }) => r.score));
    expect(plain.results[0]).not.toHaveProperty('keywordScore');
    expect(out.keywordBanks).toEqual([{ file: sycm, category: 'apparel', source: 'sycm', dataDate: '2026-04-30', terms: 40, ageDays: expect.any(Number) }]);
  });

  it('picks each listing\'s bank by its 类目, --category, or its core word; null when none fits', async () => {
    const items = file('kw2.csv', '宝贝标题,类目\n冰丝防晒衣女,\n316不锈钢保温杯女,\n大容量杯子,home\n蓝牙耳机,\n');
    const { stdout } = await runCli(['lint', items, '--keywords', sycm, '--keywords', cups, '--format', 'json']);
    const [shirt, cup, mug, earphones] = JSON.parse(stdout).results;
    expect(shirt.suggestions.join('')).not.toMatch(/杯/);
    expect(cup.suggestions.join('')).not.toMatch(/防晒/);
    expect(cup.keywordScore).toBeGreaterThanOrEqual(0);
    // 类目 home picks the 保温杯 bank, where 杯子 is a known product (水杯); the apparel bank would give null.
    expect(mug.keywordScore).not.toBeNull();
    expect(earphones.keywordScore).toBeNull();
    expect(earphones.suggestions).toEqual([]);
    const chosen = await runCli(['lint', '--title', '大容量', '--category', 'home', '--keywords', sycm, '--keywords', cups, '--format', 'json']);
    expect(JSON.parse(chosen.stdout).results[0].suggestions.join('')).not.toMatch(/防晒/);
  });

  it('prints the keyword score, the fill and the data age in the table', async () => {
    const { stdout, stderr } = await runCli(['lint', '--title', '冰丝防晒衣女', '--keywords', sycm]);
    expect(stdout).toMatch(/关键词得分 \d+\/100  可补充: /);
    expect(stderr).toMatch(/40 terms, apparel, 2026-04-30 — 数据/);
  });

  it.each([
    ['a missing keyword file', () => ['--keywords', join(dir, 'none.csv')], /none\.csv: no such file/],
    ['a keyword file without a search-term header', () => ['--keywords', file('kwbad.csv', '商品ID,标题\n1,x\n')], /kwbad\.csv: no search-term header/],
    ['a bad figure', () => ['--keywords', file('kwfig.csv', '统计时间,2026-04-30\n搜索词,搜索人气\n防晒衣,很多\n')], /kwfig\.csv, row 3, column 搜索人气: "很多" is not a number/],
  ])('exits 2 on %s, naming the place, printing nothing', async (_, args, reason) => {
    const { code, stdout, stderr } = await runCli(['lint', '--title', '防晒衣', ...args()]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });

  it.each([
    ['a free 生意参谋 export (ranges)', 'sycm-free-search-rank_20260809-20260815.csv', '冰丝防晒衣女', true],
    ['the native .xls download', '【生意参谋平台】搜索排行_搜索词_防晒衣_2026-08-09_2026-08-15.xls', '冰丝防晒衣女', true],
    ['a 抖店罗盘 行业热词 sheet', '行业热词明细数据_2026_08_24.xlsx', '冰丝防晒衣女', true],
    ['an ad keyword report', '直通车_关键词报表_20260805_20260807.csv', '冰丝防晒衣女', false],
    ['a pasted 下拉词 list with ranks', 'xialaci-pasted.txt', '冰丝防晒衣女', false],
    ['a category the lexicons do not know', '生意参谋-搜索排行-普通浴缸-2026-08-09_2026-08-15.csv', '亚克力浴缸', true],
  ])('scores a title against %s and says whether its figures are ranges', async (_, name, title, approximate) => {
    const { code, stdout } = await runCli(['lint', '--title', title, '--keywords', join(fixtures, name), '--format', 'json']);
    expect(code).toBeLessThan(2);
    const out = JSON.parse(stdout);
    expect(out.results[0].keywordScore).toEqual(expect.any(Number));
    expect(out.keywordBanks[0].approximate ?? false).toBe(approximate);
    const table = await runCli(['lint', '--title', title, '--keywords', join(fixtures, name)]);
    expect(table.stderr.includes('区间估算')).toBe(approximate);
    expect(table.stdout.includes('区间估算')).toBe(approximate);
  });
});
