// shoplint lint reads the price columns of a listing file and reports the price rules too.
import { describe, expect, it } from 'vitest';
import type { Io } from '../command';
import { main } from '../main';

const CSV = [
  '商品ID,标题,一口价,划线价,成本价,行业均价',
  '1001,冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套,89,399,95,100',
  '1002,冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套,129,159,60,',
].join('\n');

async function lint(file: string, text: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (path) => (path === file ? new TextEncoder().encode(text) : Promise.reject(new Error(path))),
    readStdin: async () => new Uint8Array(),
  };
  return { code: await main(['lint', file, ...argv], io), stdout, stderr };
}

describe('shoplint lint: price columns', () => {
  it('reports below cost and an inflated 划线价 from a CSV', async () => {
    const { code, stdout } = await lint('listings.csv', CSV, '--format', 'json');
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    const ids = out.results.map((r: { findings: { ruleId: string; severity: string }[] }) => r.findings.filter((f) => f.ruleId.startsWith('price-')).map((f) => `${f.ruleId}:${f.severity}`));
    expect(ids[0]).toEqual(['price-below-cost:error', 'price-compare-at:warn']);
    expect(ids[1]).toEqual([]);
  });

  it('English column names and the table output', async () => {
    const csv = 'id,title,price,compareAt,cost\n7,防晒衣,100,100,50\n';
    const { stdout } = await lint('en.csv', csv, '--lang', 'en');
    expect(stdout).toMatch(/price-compare-at/);
    expect(stdout).toMatch(/not above the price/);
  });
});
