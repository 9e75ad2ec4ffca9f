import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import type { Io } from '../command';
import { InputError } from '../../lib/tables/errors';

const FIXTURES = new URL('../../test/fixtures/shop/', import.meta.url);
const virtual: Record<string, string> = {};

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    async readFile(path) {
      if (path in virtual) return new TextEncoder().encode(virtual[path]);
      try {
        return new Uint8Array(readFileSync(new URL(path, FIXTURES)));
      } catch {
        throw new InputError('no such file', { file: path });
      }
    },
    readStdin: async () => new Uint8Array(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const DEMO = ['--orders', 'qianniu-orders-legacy.csv', '--orders', 'qianniu-items.xlsx', '--orders', 'doudian-orders.csv', '--products', 'products.csv', '--stats', 'traffic-daily.csv', '--stats', 'sycm-products.xls', '--now', '2026-11-20T10:00:00+08:00'];

describe('shoplint alerts', () => {
  it('prints one JSON document with alerts and metrics for the demo shop', async () => {
    const { code, stdout, stderr } = await run('alerts', ...DEMO, '--format', 'json');
    // The one notice: 生意参谋's "-" row.
    expect(stderr).toBe('shoplint: sycm-products.xls, column 商品ID: 1 rows with 商品ID "-" skipped: they are not one product\n');
    expect(code).toBe(1); // there are error-level alerts (an abnormal order, a sold-out product)
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['alerts', 'metrics']);
    for (const a of out.alerts) {
      expect(Object.keys(a).filter((k) => k !== 'dueAt')).toEqual(['type', 'severity', 'entityId', 'message']);
      expect(typeof a.entityId).toBe('string');
      expect(['error', 'warn', 'info']).toContain(a.severity);
      if (a.dueAt) expect(a.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    }
    const types = new Set(out.alerts.map((a: { type: string }) => a.type));
    for (const t of ['stock-out', 'stock-below-safety', 'slow-mover', 'order-abnormal', 'order-ship-deadline', 'refund-sla', 'dispute-sla', 'traffic-drop', 'conversion-drop', 'repurchase-low'])
      expect(types, t).toContain(t);
    // Ids stay the exact strings of the export: 19-digit order numbers, 12/19-digit product ids.
    const abnormal = out.alerts.filter((a: { type: string }) => a.type === 'order-abnormal');
    for (const a of abnormal) expect(a.entityId).toMatch(/^\d{19}$/);
    expect(out.metrics).toMatchObject({ day: '2026-11-19', orders: expect.any(Number) });
    expect(out.metrics.rfm.buyers).toBeGreaterThan(100);
    expect(out.metrics.conversion).toBeCloseTo(out.metrics.buyers / out.metrics.uv, 3);
  });

  it('judges at --now: the same files a day later move an order past its deadline', async () => {
    const due = (json: string) => JSON.parse(json).alerts.filter((a: { type: string }) => a.type === 'order-ship-deadline');
    const at10 = due((await run('alerts', ...DEMO, '--format', 'json')).stdout);
    const later = due((await run('alerts', ...DEMO.slice(0, -1), '2026-11-21T10:00:00+08:00', '--format', 'json')).stdout);
    expect(later.filter((a: { severity: string }) => a.severity === 'error').length).toBeGreaterThan(at10.filter((a: { severity: string }) => a.severity === 'error').length);
  });

  it('table output in English', async () => {
    const { stdout } = await run('alerts', '--products', 'products.csv', '--orders', 'doudian-orders.csv', '--now', '2026-11-20T10:00:00+08:00', '--lang', 'en');
    expect(stdout).toMatch(/^Shop alerts @ 2026-11-20 10:00/);
    expect(stdout).toMatch(/slow-mover/);
  });

  it('a bad row stops the run with file, row and column, and prints nothing on stdout', async () => {
    virtual['bad.csv'] = '订单编号,订单状态,订单创建时间,买家实际支付金额\n="1",交易成功,2026-11-18 10:00,10\n="2",交易成功,2026-13-18 10:00,10\n';
    const { code, stdout, stderr } = await run('alerts', '--orders', 'bad.csv', '--format', 'json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('shoplint alerts: bad.csv, row 3, column 订单创建时间: "2026-13-18 10:00" is not a date and time\n');
  });

  it('a file of the wrong kind, an unknown file, a missing file, a bad --now', async () => {
    expect((await run('alerts', '--orders', 'products.csv')).stderr).toMatch(/products\.csv: --orders expects an order export, but its headers are a Products & stock file/);
    virtual['x.csv'] = 'a,b\n1,2\n';
    expect((await run('alerts', '--stats', 'x.csv')).stderr).toMatch(/x\.csv: not a recognised export/);
    expect((await run('alerts', '--orders', 'nope.csv')).code).toBe(2);
    expect((await run('alerts', '--orders', 'doudian-orders.csv', '--now', 'tomorrow')).stderr).toMatch(/--now "tomorrow"/);
    expect((await run('alerts')).code).toBe(2);
  });

  it('--help', async () => {
    const { code, stdout } = await run('alerts', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: shoplint alerts/);
  });
});

describe('shoplint alerts FILE… (recognised by headers)', () => {
  it('gives the same alerts for files named without flags as with them', async () => {
    const files = DEMO.filter((a, i) => !a.startsWith('--') && DEMO[i - 1] !== '--now');
    const flagged = await run('alerts', ...DEMO, '--format', 'json');
    const bare = await run('alerts', ...files, '--now', '2026-11-20T10:00:00+08:00', '--format', 'json');
    expect(bare.stderr).toBe(flagged.stderr);
    expect(bare.code).toBe(flagged.code);
    expect(bare.stdout).toBe(flagged.stdout);
  });
  it('an id Excel rounded stops the run: exit 2, file, row and column', async () => {
    virtual['rounded.csv'] = '订单编号,订单状态,订单创建时间\n4.15606E+18,交易成功,2026-11-18 10:50\n';
    const { code, stderr } = await run('alerts', 'rounded.csv', '--now', '2026-11-20T10:00:00+08:00');
    expect(code).toBe(2);
    expect(stderr).toMatch(/rounded\.csv, row 2, column 订单编号: is "4\.15606E\+18", Excel's scientific form/);
  });
});

describe('shoplint alerts with an ad report and a commission export', () => {
  const PROMO = ['products.csv', '../promo/wanxiangtai-products.csv', '../promo/doudian-alliance.csv', '--now', '2026-11-20T10:00:00+08:00'];

  it('prints the ROI, profit and commission alerts and the 推广 metrics a seller computes by hand', async () => {
    const { code, stdout, stderr } = await run('alerts', ...PROMO, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const promo = out.alerts.filter((a: { type: string }) => /^(ad-|influencer-)/.test(a.type));
    expect(promo.map((a: { type: string; entityId: string }) => `${a.type} ${a.entityId}`)).toEqual([
      'ad-profit-negative 3663351654567483326',
      'ad-profit-negative 785662595816',
      'ad-roi-below-break-even 785662595816',
      'influencer-roi-low 露营老李',
    ]);
    // 206.40 ÷ 2 = 103.20 an ad order; 129 − 67.75 − 103.20 = −41.95; ROI 258 ÷ 206.40 = 1.25 < 129 ÷ 61.25 = 2.11 since 11-16
    expect(promo[1].message).toContain('每单亏 41.95 元（到手价 129.00 − 成本 67.75 − 推广 103.20 − 佣金 0.00）');
    expect(promo[2].message).toContain('连续 4 天推广 ROI 低于保本 ROI 2.11（2026-11-19 花费 206.40 元，ROI 1.25）');
    // 3 valid orders of 99 at 50%: 297 ÷ 148.50 = 2 (the refunded one counts neither way)
    expect(promo[3].message).toContain('带货 297.00 元（3 单），佣金 148.50 元，ROI 2，低于 3');
    // 11-19: spend 206.40 + 1,076.40 + 15.60; GMV 258 + 4,308 + 0; commission 73.80 + 2 × 49.50;
    // profit (129 − 67.75) × 2 − 206.40 + (359 − 159.96) × 12 − 1,076.40 − 15.60 + (369 − 155.04) − 73.80 + (99 − 52.10) × 2 − 99
    expect(out.metrics).toMatchObject({ adSpend: 1298.4, roi: 3.52, commission: 172.8, profitAfterAds: 1347.54 });
    expect(out.metrics.ads.day).toBe('2026-11-19');
    expect(out.metrics.ads.products.find((p: { productId: string }) => p.productId === '774720259640')).toMatchObject({ roi: 4, breakEvenRoi: 1.8, adCostPerOrder: 89.7, profitPerOrder: 109.34 });
    expect(out.metrics.ads.series.map((d: { day: string }) => d.day)).toEqual(['2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']);
  });

  it('--ads and --commissions give the same output; a file of the other kind is refused', async () => {
    const bare = await run('alerts', ...PROMO, '--format', 'json');
    const flagged = await run('alerts', '--products', 'products.csv', '--ads', '../promo/wanxiangtai-products.csv', '--commissions', '../promo/doudian-alliance.csv', '--now', '2026-11-20T10:00:00+08:00', '--format', 'json');
    expect(flagged.stdout).toBe(bare.stdout);
    const wrong = await run('alerts', '--ads', '../promo/doudian-alliance.csv');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/doudian-alliance\.csv: --ads expects an ad report, but its headers are a Douyin affiliate commissions file \(use --commissions\)/);
  });

  it('the table prints the 推广 day and profit per order per product', async () => {
    const { stdout } = await run('alerts', ...PROMO);
    expect(stdout).toContain('2026-11-19 推广: 花费 1298.40  ROI 3.52  佣金 172.80  扣除推广后利润 1347.54');
    expect(stdout).toContain('  785662595816  花费 206.40  ROI 1.25 / 保本 2.11  每单推广 103.20  每单佣金 0.00  每单利润 -41.95');
  });

  it('without the product sheet the commission alert still comes, and stderr says what is not judged', async () => {
    const { code, stdout, stderr } = await run('alerts', '../promo/doudian-alliance.csv', '--now', '2026-11-20T10:00:00+08:00', '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toBe('shoplint: 2 products of the ad or commission reports have no 售价 above a 成本价 in a product sheet: their profit and break-even ROI are not judged (give the product sheet too)\n');
    expect(JSON.parse(stdout).alerts.map((a: { type: string }) => a.type)).toEqual(['influencer-roi-low']);
  });

  it('a bad ad row stops the run with file, row and column', async () => {
    virtual['ads-bad.csv'] = '日期,主体ID,花费,总成交金额,总成交笔数\n2026-11-18,785662595816,12.5,0,0\n2026-11-19,785662595816,12.5元多,0,0\n';
    const { code, stdout, stderr } = await run('alerts', 'ads-bad.csv');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^shoplint alerts: ads-bad\.csv, row 3, column 花费: "12\.5元多" is not a number/);
  });
});

describe('shoplint alerts --ab', () => {
  const AB = ['alerts', '--stats', 'traffic-daily.csv', '--now', '2026-11-20T10:00:00+08:00', '--ab', '2026-11-06..2026-11-12,2026-11-13..2026-11-19'];
  it('compares the 支付转化率 of two periods of the daily sheet', async () => {
    const { code, stdout } = await run(...AB, '--format', 'json');
    expect(code).toBe(0);
    // The sheet's days: 128 of 4428 visitors paid in the first week, 109 of 3912 in the second; z = 0.2863, far under 1.96;
    // at 7 + t days of each, z grows by √((7 + t) ÷ 7): (1.96 ÷ 0.2863)² × 7 = 327.97 days in all → 321 more.
    expect(JSON.parse(stdout).ab).toEqual({
      a: { from: '2026-11-06', to: '2026-11-12', visitors: 4428, buyers: 128, days: 7, conversion: 0.0289 },
      b: { from: '2026-11-13', to: '2026-11-19', visitors: 3912, buyers: 109, days: 7, conversion: 0.0279 },
      z: 0.29,
      significant: false,
      moreDays: 321,
    });
    expect((await run(...AB)).stdout).toMatch(/A\/B 支付转化率: A 2026-11-06\.\.2026-11-12 2\.89% \(128\/4428\) · B 2026-11-13\.\.2026-11-19 2\.79% \(109\/3912\), z 0\.29: 差异尚不显著：按当前流量约还需 321 天\n$/);
  });

  it('a period it cannot read or without daily stats is a usage error', async () => {
    const bad = await run('alerts', '--stats', 'traffic-daily.csv', '--ab', '2026-11-12..2026-11-06,2026-11-13..2026-11-19');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--ab "2026-11-12..2026-11-06,2026-11-13..2026-11-19" is not two periods');
    const empty = await run('alerts', '--stats', 'traffic-daily.csv', '--ab', '2025-11-06..2025-11-12,2026-11-13..2026-11-19');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no visitors in the daily stats between 2025-11-06 and 2025-11-12');
  });
});

describe('shoplint alerts: a traffic drop explained', () => {
  it('names the 流量来源 channels that fell when the sheet is given', async () => {
    const { stdout } = await run('alerts', 'traffic-daily.csv', '../promo/sycm-traffic-sources.csv', '--now', '2026-11-20T10:00:00+08:00', '--format', 'json');
    const drop = JSON.parse(stdout).alerts.find((a: { type: string }) => a.type === 'traffic-drop');
    expect(drop.message).toContain('流量来源下降：手淘搜索 −76.6%（少 230 访客）、效果广告（付费） −35.1%（少 38 访客）');
    // The command line never reads a product list: listing changes are unchecked, not "none".
    expect(drop.message).toMatch(/未检查：商品改动（打开千牛\/抖店商品列表页，店检才能记下标题改动）、竞品促销、平台规则变化（店检看不到）$/);
    // 效果广告 brought 722 of the 3912 visitors of 11-13 … 11-19: under paid-traffic-share-high's 40%.
    expect(JSON.parse(stdout).metrics.paidShare).toBe(0.1846);
    expect(JSON.parse(stdout).alerts.map((a: { type: string }) => a.type)).not.toContain('paid-traffic-share-high');
  });
});
