// shoplint critique through main() with an in-memory Io, and once through the real bin.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { main } from '../main';
import { InputError } from '../../lib/tables/errors';
import type { Io } from '../command';

const FIXTURES = new URL('../../test/fixtures/detail/', import.meta.url);

function run(argv: string[], files: Record<string, Uint8Array> = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    async readFile(path) {
      const bytes = files[path];
      if (!bytes) throw new InputError('no such file', { file: path });
      return bytes;
    },
    readStdin: async () => new Uint8Array(),
  };
  return main(['critique', ...argv], io).then((code) => ({ code, stdout, stderr }));
}
const fixture = (name: string) => ({ [name]: new Uint8Array(readFileSync(new URL(name, FIXTURES))) });

describe('shoplint critique', () => {
  it('prints the contract JSON and exits 1 on error findings', async () => {
    const { code, stdout, stderr } = await run(['tmall-bad.html', '--url', 'https://detail.tmall.com/item.htm?id=456', '--format', 'json'], fixture('tmall-bad.html'));
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ url: 'https://detail.tmall.com/item.htm?id=456', platform: 'tmall', title: '【官方正品】全网最好的冰丝防晒衣女 夏季新款 销量NO.1' });
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThan(40);
    expect(out.findings[0]).toMatchObject({ ruleId: 'page-banned-word', severity: 'error', message: expect.stringContaining('最好') });
    for (const f of out.findings) expect(['error', 'warn', 'info']).toContain(f.severity);
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('page-load-time');
  });

  it('exits 0 on a good page, in English when asked', async () => {
    const { code, stdout } = await run(['taobao-good.html', '--url', 'https://item.taobao.com/item.htm?id=123', '--format', 'json', '--lang', 'en'], fixture('taobao-good.html'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ platform: 'taobao', score: 100, findings: [] });
  });

  it('takes the platform from the URL and reads a GBK page', async () => {
    const gbk = iconv.encode(readFileSync(new URL('douyin.html', FIXTURES), 'utf8'), 'gbk');
    const { code, stdout } = await run(['saved.html', '--url', 'https://haohuo.jinritemai.com/views/product/item2?id=789', '--format', 'json'], { 'saved.html': new Uint8Array(gbk) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ platform: 'douyin', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行防紫外线连帽外套' });
  });

  it('prints a table by default', async () => {
    const { stdout } = await run(['taobao-legacy.html', '--url', 'https://item.taobao.com/item.htm?id=321'], fixture('taobao-legacy.html'));
    expect(stdout).toMatch(/得分 \d+\/100/);
    expect(stdout).toMatch(/⚠ 详情首屏.*\(page-first-screen @ 详情第 1 块\)/);
  });

  it.each([
    [['taobao-good.html', '--url', 'https://www.jd.com/item/1'], /is not a Taobao, Tmall or 抖音商城 product page/],
    [['taobao-good.html', '--url', 'https://item.upload.taobao.com/sell/publish.htm'], /not a Taobao/],
    [['taobao-good.html'], /--url URL is required/],
    [['missing.html', '--url', 'https://item.taobao.com/item.htm?id=1'], /missing\.html: no such file/],
    [['taobao-blocked.html', '--url', 'https://item.taobao.com/item.htm?id=1'], /slider verification page/],
    [['empty.html', '--url', 'https://item.taobao.com/item.htm?id=1'], /empty\.html: not an HTML page/],
    [['taobao-good.html', '--url', 'https://item.taobao.com/item.htm?id=1', '--format', 'xml'], /--format must be json or table/],
  ])('%j → exit 2 with one line', async (argv, reason) => {
    const files = { ...fixture('taobao-good.html'), ...fixture('taobao-blocked.html'), 'empty.html': new Uint8Array([0x7b, 0x7d]) };
    const { code, stdout, stderr } = await run(argv, files);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('works as the installed bin', () => {
    const bin = new URL('../../bin/shoplint.js', import.meta.url).pathname;
    const result = spawnSync(process.execPath, [bin, 'critique', new URL('douyin.html', FIXTURES).pathname, '--url', 'https://haohuo.jinritemai.com/views/product/item2?id=789', '--format', 'json'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ platform: 'douyin', findings: [{ ruleId: 'page-banned-word' }, { ruleId: 'page-cta' }] });
  });
});
