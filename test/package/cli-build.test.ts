// The CLI built ahead (dist/cli, npm run build:cli) is the TypeScript sources, compiled: the same
// stdout, stderr and exit code as through tsx, for a verdict, a file, a usage error and bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wordBank } from '../../lib/lexicon/bank';
import { encodeAutomata, registerAutomata } from '../../lib/matcher/aho-corasick';

const ROOT = new URL('../..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/shoplint.js');
const dir = mkdtempSync(join(tmpdir(), 'shoplint-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shoplint(fromSource: boolean, args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, SHOPLINT_FROM_SOURCE: fromSource ? '1' : '0' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built CLI', () => {
  it('exists after npm run build:cli', () => {
    expect(existsSync(join(ROOT, 'dist/cli/main.js'))).toBe(true);
  });

  it('carries the shipped word bank automaton, built ahead from the current lexicons', () => {
    const bytes = readFileSync(join(ROOT, 'dist/cli/automata.bin'));
    // Compiled here from the sources (nothing registered yet), it is the same bytes the build wrote.
    expect(Buffer.from(encodeAutomata([wordBank().matcher])).equals(bytes)).toBe(true);
    expect(registerAutomata(bytes)).toBe(true);
  });

  const listings = join(dir, 'listings.jsonl');
  writeFileSync(listings, ['{"id":"1","title":"全网最好的冰丝防晒衣女夏季薄款"}', '{"id":"2","title":"冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套","price":129}'].join('\n'));
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'id,title\n4.15606E+18,防晒衣\n');
  it('lints a large input in worker threads to the same bytes as in one thread', () => {
    const many = join(dir, 'many.jsonl');
    const titles = ['全网最好的冰丝防晒衣女夏季薄款', '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', '编码开关 旋转编码开关', '【爆款】★包邮★ 纯棉T恤'];
    writeFileSync(many, Array.from({ length: 5200 }, (_, i) => JSON.stringify({ title: `${titles[i % titles.length]} ${i % 7 ? '' : '款'}` })).join('\n'));
    for (const format of ['json', 'csv', 'table']) {
      const one = shoplint(false, ['lint', many, '--format', format, '--threads', '1']);
      const parallel = shoplint(false, ['lint', many, '--format', format, '--threads', '3']);
      expect(one.code).toBe(1);
      expect(parallel).toEqual(one);
      // 5,200 listings: the default uses the cores too.
      expect(shoplint(false, ['lint', many, '--format', format])).toEqual(one);
    }
    expect(shoplint(false, ['lint', many, '--threads', '0']).stderr).toContain('--threads must be a whole number');
  });

  it.each([
    ['--help', 0, ['--help']],
    ['a title with an error finding', 1, ['lint', '--title', '最好的冲锋衣', '--format', 'json']],
    ['a JSONL file, table output', 1, ['lint', listings]],
    ['CSV output', 1, ['lint', listings, '--format', 'csv']],
    ['stacked promotions', 0, ['price', '--price', '199', '--promo', '满200减30', '--promo', '店铺券10', '--qty', '2']],
    ['a usage error', 2, ['lint', '--platform', 'jd', '--title', 'x']],
    ['bad input naming file, row and column', 2, ['lint', bad]],
  ])('%s (exit %i): same output as the sources', (_, code, args) => {
    const built = shoplint(false, args);
    expect(built.code).toBe(code);
    expect(built).toEqual(shoplint(true, args));
  });
});
