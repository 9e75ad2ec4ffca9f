// `shoplint lint` on the product exports of the two backends gives what the list-page audit gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-io';
import { auditRow } from '../../lib/audit/audit';
import { listingsFromTable } from '../../lib/listing/from-table';
import { readTable } from '../../lib/tables/read';

const LIST = join(import.meta.dirname, '../../test/fixtures/list');

describe('shoplint lint on 千牛/抖店 product exports', () => {
  it.each([
    ['千牛 出售中的宝贝 (GBK, ="…" ids, 宝贝标题/价格)', 'qianniu-onsale-export.csv', 'taobao', 4],
    ['抖店 商品 export (BOM, tab-prefixed ids, 商品名称/售价（元）)', 'doudian-products-export.csv', 'douyin', 3],
  ] as const)('%s', async (_, file, platform, count) => {
    const { code, stdout } = await runCli(['lint', join(LIST, file), '--platform', platform, '--format', 'json']);
    expect(code).toBe(1);
    const { results, summary } = JSON.parse(stdout);
    expect(summary.listings).toBe(count);
    for (const r of results) {
      expect(r.id).toMatch(/^\d{12,19}$/);
      expect(r.platform).toBe(platform);
      // The same verdict as the badge on the list page for that row.
      const { record } = auditRow(platform, { id: r.id, title: r.title, price: r.price ?? undefined }, undefined, 0);
      expect(r.score).toBe(record.score);
      expect(r.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}/${f.severity}`)).toEqual(record.findings.map((f) => `${f.ruleId}/${f.severity}`));
    }
    expect(results.some((r: { findings: { ruleId: string }[] }) => r.findings.some((f) => f.ruleId === 'banned-word'))).toBe(true);
  });

  it.each([
    ['qianniu-onsale-export.csv', [129, 399, 59, 699]],
    ['doudian-products-export.csv', [69, 199, 89]],
  ])('%s: the price column is read (价格, 售价（元） with ¥)', async (file, prices) => {
    const path = join(LIST, file);
    const listings = listingsFromTable(await readTable(new Uint8Array(readFileSync(path)), path));
    expect(listings.map((l) => l.price)).toEqual(prices);
  });
});
