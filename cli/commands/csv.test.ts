// --format csv on lint and alerts: one row per finding / alert, a BOM for Excel, and a title or note
// that starts with = + - @ cannot run as a formula.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-io';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/shop');
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('--format csv', () => {
  it('lint: one row per finding, formula starts neutralised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplint-csv-'));
    const file = join(dir, 'items.csv');
    writeFileSync(file, '商品ID,宝贝标题\n1,=HYPERLINK("http://x")最好的防晒衣\n2,冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套\n');
    const { code, stdout } = await runCli(['lint', file, '--format', 'csv']);
    expect(code).toBe(1);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(stdout);
    expect(header).toEqual(['id', 'title', 'platform', 'score', 'ruleId', 'severity', 'message', 'text']);
    const first = rows.filter((r) => r[0] === '1');
    expect(first.length).toBeGreaterThan(1);
    for (const row of first) expect(row[1]!.startsWith(`'=HYPERLINK`)).toBe(true);
    expect(first.find((r) => r[4] === 'banned-word')).toMatchObject({ 5: 'error', 7: '最好' });
    expect(rows.some((r) => r[0] === '2')).toBe(true);
  });

  it('alerts: one row per alert', async () => {
    const { stdout } = await runCli(['alerts', '--products', join(FIXTURES, 'products.csv'), '--orders', join(FIXTURES, 'doudian-orders.csv'), '--now', '2026-11-20T10:00:00+08:00', '--format', 'csv', '--fail-on', 'never']);
    const json = JSON.parse((await runCli(['alerts', '--products', join(FIXTURES, 'products.csv'), '--orders', join(FIXTURES, 'doudian-orders.csv'), '--now', '2026-11-20T10:00:00+08:00', '--format', 'json', '--fail-on', 'never'])).stdout) as { alerts: { type: string; entityId: string }[] };
    const [header, ...rows] = parse(stdout);
    expect(header).toEqual(['type', 'severity', 'entityId', 'message', 'dueAt']);
    expect(rows.map((r) => [r[0], r[2]])).toEqual(json.alerts.map((a) => [a.type, a.entityId]));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('is refused where it is not offered', async () => {
    const { code, stderr } = await runCli(['price', '--price', '100', '--format', 'csv']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be json or table/);
  });
});
