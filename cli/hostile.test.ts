// The bad and hostile inputs of issue #21, each through the command line as a seller's script runs it:
// exit 2 with one line naming file, row and column for what cannot be read exactly, exit 3 with one
// line for what is our bug, never a stack trace, a hang or two records merged into one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { nestsDeeperThan, readHtml } from './html';
import { main } from './main';
import { nestsTooDeep } from '../lib/critique/dom';
import type { Io } from './command';
import { runCli } from './test-io';
import { InputError } from '../lib/tables/errors';
import { xlsxFile } from '../test/sheets';

const run = (files: Record<string, string | Uint8Array>, ...argv: string[]) => runCli(argv, '', files);

const NOW = ['--now', '2026-11-20T10:00:00+08:00'];
const PRODUCTS = '商品ID,商品名称,库存,售价,成本价,补货周期\n';
const ORDERS = '订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,宝贝总数量,退款金额\n';
const order = (id: string, { amount = '10', at = '2026-11-19 10:00:00' } = {}) =>
  `${id},tb1,${amount},买家已付款，等待卖家发货,张三,浙江省 杭州市 西湖区 文三路478号,13812345678,${at},${at},冲锋衣,1,0\n`;

/** Exit 2, one line on stderr, nothing on stdout. */
function refused(result: { code: number; stdout: string; stderr: string }, line: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(line);
}

describe('ids that are not exact strings are refused, never merged', () => {
  it.each([
    ['Excel\'s 4.15606E+18 (two orders would become one)', { 'o.csv': ORDERS + order('4.15606E+18') + order('4.15606E+18') }, 'o.csv', /o\.csv, row 2, column 订单编号: is "4\.15606E\+18", Excel's scientific form/],
    ['a number cell an .xlsx already rounded', { 'p.xlsx': xlsxFile([['商品ID', '商品名称', '库存'], [{ n: '4.15606E+18' }, '冰丝', 0]]) }, 'p.xlsx', /p\.xlsx, row 2, column 商品ID: is a number the file has already rounded/],
    ['a JSON number', { 'p.json': '[{"商品ID":4156060000000000001,"商品名称":"冰丝","库存":0}]' }, 'p.json', /p\.json, row 1, column 商品ID: is a JSON number/],
    ['an empty ="" (the row would be dropped with exit 0)', { 'p.csv': PRODUCTS + '="",冰丝,0,99,50,3\n' }, 'p.csv', /p\.csv, row 2, column 商品ID: is empty/],
  ])('%s', async (_, files, file, line) => refused(await run(files, 'alerts', file, ...NOW), line));
});

describe('CSV structure', () => {
  it('an unbalanced quote is refused at its row instead of swallowing the rows after it into one title', async () => {
    const csv = 'id,title,price\n1,"冰丝防晒衣,10\n2,T恤男,20\n3,连衣裙,30\n';
    refused(await run({ 'q.csv': csv }, 'lint', 'q.csv', '--format', 'json'), /q\.csv, row 2: a quoted cell is never closed/);
    refused(await run({ 'o.csv': ORDERS + order('3912345678901234567', { amount: '"10' }) + order('3912345678901234568') }, 'alerts', 'o.csv', ...NOW), /o\.csv, row 2: a quoted cell is never closed/);
  });
  it('duplicate headers are refused, naming both columns', async () => {
    refused(await run({ 'd.csv': 'id,title,title\n1,a,b\n' }, 'lint', 'd.csv'), /d\.csv, row 1, column title: the header appears twice \(columns B and C\)/);
    refused(await run({ 'p.csv': '商品ID,商品名称,库存,库存\n612345678901,冰丝,10,0\n' }, 'alerts', 'p.csv', ...NOW), /column 库存: the header appears twice \(columns C and D\)/);
  });
  it('a JSON key twice, once with a stray space, is a duplicate too', async () => {
    refused(await run({ 'k.json': '[{"title":"a"," title":"b"}]' }, 'lint', 'k.json'), /k\.json, row 1, column title: the key appears twice/);
  });
});

describe('dates, amounts and times', () => {
  it('2026-02-31 is not a date (Date.UTC would roll it over to 3 March)', async () => {
    refused(await run({ 'o.csv': ORDERS + order('3912345678901234567', { at: '2026-02-31 10:00:00' }) }, 'alerts', 'o.csv', ...NOW), /o\.csv, row 2, column 订单创建时间: "2026-02-31 10:00:00" is not a date and time/);
    refused(await run({}, 'alerts', 'p.csv', '--now', '2026-02-31T10:00:00+08:00'), /--now "2026-02-31T10:00:00\+08:00" is not an ISO 8601 time/);
  });
  it('1.299,00 (a de-DE spreadsheet\'s ¥1299) is refused, not read as ¥1.30; 1,299.00 is ¥1299', async () => {
    refused(await run({ 'p.csv': PRODUCTS + '612345678901,冰丝,10,"1.299,00",50,3\n' }, 'alerts', 'p.csv', ...NOW), /p\.csv, row 2, column 售价: "1\.299,00" is not a number written as 1,299\.00/);
    refused(await run({ 'l.csv': 'id,title,price\n1,冰丝防晒衣,"1.299,00"\n' }, 'lint', 'l.csv'), /l\.csv, row 2, column price: "1\.299,00" is not a positive amount/);
    const ok = await run({ 'l.csv': 'id,title,price\n1,冰丝防晒衣,"1,299.00"\n' }, 'lint', 'l.csv', '--format', 'json', '--fail-on', 'never');
    expect(ok.code).toBe(0);
  });
  it('--now without an offset is China time, whatever the machine\'s zone', async () => {
    const files = { 'o.csv': ORDERS + order('3912345678901234567', { at: '2026-11-18 10:00:00' }) };
    const china = await run(files, 'alerts', 'o.csv', '--now', '2026-11-20T10:00:00+08:00', '--format', 'json');
    const bare = await run(files, 'alerts', 'o.csv', '--now', '2026-11-20T10:00:00', '--format', 'json');
    const utc = await run(files, 'alerts', 'o.csv', '--now', '2026-11-20T02:00:00Z', '--format', 'json');
    expect(bare.stdout).toBe(china.stdout);
    expect(utc.stdout).toBe(china.stdout);
    expect(JSON.parse(china.stdout).alerts.map((a: { type: string }) => a.type)).toContain('order-ship-deadline');
  });
  it('补货周期 0, a 23-digit 库存 and a 20-digit 售价 are refused in their column', async () => {
    const product = (stock: string, price: string, days: string) => ({ 'p.csv': `${PRODUCTS}612345678901,冰丝,${stock},${price},50,${days}\n` });
    refused(await run(product('10', '99', '0'), 'alerts', 'p.csv', ...NOW), /row 2, column 补货周期: "0" is not a number above 0/);
    refused(await run(product('9'.repeat(23), '99', '3'), 'alerts', 'p.csv', ...NOW), /row 2, column 库存: "9{23}" is more than 1,000,000,000/);
    refused(await run(product('10', '9'.repeat(20), '3'), 'alerts', 'p.csv', ...NOW), /row 2, column 售价: "9{20}" is more than 10,000,000,000/);
  });
});

describe('shoplint price: promotions and 分 arithmetic', () => {
  it.each([
    ['立减0', /takes nothing off/],
    ['券0', /takes nothing off/],
    ['店铺券9999999999999999', /is more than 100000000 元/],
    ['满99999999999999999999减1', /is more than 100000000 元/],
  ])('%s is a usage error quoting the text', async (promo, reason) => refused(await run({}, 'price', '--price', '100', '--promo', promo), new RegExp(`--promo "${promo}" is not a promotion shoplint can read: .*${reason.source}`)));

  it('the largest price × quantity with a 折 on the order stays exact in 分 (past 2^53 before the 折)', async () => {
    const { code, stdout } = await run({}, 'price', '--price', '99999999.99', '--qty', '9999', '--promo', '满300打9折', '--format', 'json', '--fail-on', 'never');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    // 9999999999 分 × 9999 = 99989999990001 分; × 0.9 = 89990999991000.9 → 89990999991001 分.
    expect(out.total).toBe(999899999900.01);
    expect(out.payable).toBe(899909999910.01);
  });
  it('a price or quantity past the bounds is refused', async () => {
    refused(await run({}, 'price', '--price', '12345678901234567890'), /--price "12345678901234567890" is more than 100000000 元/);
    refused(await run({}, 'price', '--price', '1', '--qty', '10000'), /--qty "10000" is more than 9999 units/);
  });
});

describe('size and depth', () => {
  it('JSON nested 100k deep is refused, not a stack overflow', async () => {
    refused(await run({ 'deep.json': '[{"title":"冰丝","x":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + '}]' }, 'lint', 'deep.json'), /deep\.json, row 1, column x: is nested more than 100 levels deep/);
    refused(await run({ 'deep.json': '['.repeat(100_000) + ']'.repeat(100_000) }, 'lint', 'deep.json'), /deep\.json, row 1: expected an object/);
  });
  it('HTML nested 100k deep is refused by critique and page, not a 1-minute Readability or a stack overflow', async () => {
    const html = '<html><body>' + '<div>'.repeat(100_000) + '最好' + '</div>'.repeat(100_000) + '</body></html>';
    refused(await run({ 'deep.html': html }, 'critique', 'deep.html', '--url', 'https://item.taobao.com/item.htm?id=1'), /deep\.html: elements nest more than 512 deep/);
    refused(await run({ 'deep.html': html }, 'page', 'deep.html', '--url', 'https://item.taobao.com/item.htm?id=1'), /deep\.html: elements nest more than 512 deep/);
  });
  it('150k rows (more than push(...rows) can pass) are all linted', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `${i + 1},冰丝防晒衣女夏季薄款`).join('\n');
    const { code, stdout } = await run({ 'big.csv': 'id,title\n' + rows }, 'lint', 'big.csv', '--format', 'json', '--fail-on', 'never');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.listings).toBe(150_000);
  }, 120_000);
});

describe('size and depth (property)', () => {
  const io = (html: string) => ({ readFile: async () => new TextEncoder().encode(html) }) as unknown as Io;
  // A pattern of start tags, stray end tags (no open element of their name: ignored by parsers) and
  // self-closed tags, repeated to any depth to 100k, biased to the edges of the 512 limit.
  const piece = fc.constantFrom('<div>', '<span>', '<section class="a>b">', '<p>', '<li>', '<td>', '<b>', '<x-a>', '</span>', '</x>', '</p>', '</div>', '<div/>', '<br>', '<!-- <div> -->', '<script><div></script>');
  const page = fc
    .record({ d: fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(511, 512, 513, 100_000)), pattern: fc.array(piece, { minLength: 1, maxLength: 4 }), closed: fc.boolean() })
    .map(({ d, pattern, closed }) => {
      const body = Array.from({ length: d }, (_, i) => pattern[i % pattern.length]).join('');
      return `<html><body>${body}最好${closed ? '</div>'.repeat(Math.min(d, 1000)) : ''}</body></html>`;
    });

  it('HTML nested to any depth, with stray end tags: a page no deeper than 512 or InputError, and no quadratic parse', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        const document = await readHtml(io(html), 'p.html').catch((error: unknown) => {
          if (!(error instanceof InputError)) throw error;
        });
        if (document) expect(nestsTooDeep(document.documentElement)).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('the depth measured before parsing is the depth linkedom builds (htmlparser2\'s rules: void elements, implied closes, foreign content, raw text, bogus comments)', () => {
    const depthOf = (root: Element) => {
      let deepest = 0;
      const stack: [Element, number][] = [[root, 1]];
      while (stack.length) {
        const [el, d] = stack.pop()!;
        deepest = Math.max(deepest, d);
        for (const child of el.children) stack.push([child, d + 1]);
      }
      return deepest;
    };
    const token = fc.constantFrom(
      ...['<div>', '<DIV>', '<span>', '<p>', '<li>', '<td>', '<tr>', '<table>', '<tbody>', '<thead>', '<tfoot>', '<b>', '<a>', '<x-a>', '<div:x>', '<h1>', '<ul>', '<dd>', '<dt>', '<rt>', '<option>', '<select>', '<button>', '<input>', '<head>', '<body>', '<link>', '<frame>'],
      ...['</span>', '</x>', '</p>', '</div>', '</DIV>', '</li>', '</td>', '</a>', '</div:x>', '</br>', '</ div>', '</', '<', '>'],
      ...['<div/>', '<p/>', '<br>', '<img src=x>', '<div title="a>b">', '<div title="<div>">', "<div t='>'>", '<svg>', '<Svg>', '<svg/>', '<path/>', '</svg>', '<math>', '<mi>', '</mi>', '<foreignObject>', '<desc>', '</desc>', '<annotation-xml>'],
      ...['<!-- <div> -->', '<!-- x', '<!doctype <div>>', '<?x <div>?>', '</#<div>', '<script><div></script>', '<script>', '</script>', '<title><div></title>', '<textarea>x</textarea>', '<xmp>', 'text'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (tokens, limit) => {
        const text = '<html><body>' + tokens.join('') + '</body></html>';
        expect(nestsDeeperThan(text, limit)).toBe(depthOf(parseHTML(text).document.documentElement as unknown as Element) > limit);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('exit 3: what no input should cause is one line, distinct from findings (1) and bad input (2)', () => {
  it('an unexpected exception is "internal error", without a stack trace', async () => {
    const io: Io = {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      readFile: async () => {
        throw new TypeError('boom\n    at somewhere (file.ts:1:1)');
      },
      readStdin: async () => new Uint8Array(),
    };
    let stderr = '';
    expect(await main(['lint', 'x.csv'], io)).toBe(3);
    expect(stderr).toBe('shoplint lint: internal error: TypeError: boom (please report it with the command and the file)\n');
  });
  it('--help names the four exit codes', async () => {
    expect((await run({}, '--help')).stdout).toMatch(/0 done, 1 done with error findings, 2 bad input or usage[\s\S]*3 internal error/);
  });
});
