// The popup end to end: export files imported through the file input, recognised by their headers,
// alerts appearing without a reload; the quick title check; 100k orders imported and the popup's
// opening time measured with them stored.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, storedOrders, test } from './extension';

const ROOT = resolve(import.meta.dirname, '../..');
/** chrome.* inside the popup (the test's own types know nothing of it). */
declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: object): Promise<unknown> };
};
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** The demo shop moved to this moment: the extension judges at the browser's clock. */
function demoShop(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'shoplint-shop-'));
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-shop-fixtures.ts'), '--now', new Date().toISOString(), '--out', dir], { cwd: ROOT, stdio: 'ignore' });
  return { dir, files: readdirSync(dir).map((f) => join(dir, f)) };
}

test('imports the exports chosen in the popup and shows the alerts they raise', async ({ openPopup, unserved }) => {
  const { dir, files } = demoShop();
  try {
    const popup = await openPopup();
    await expect(popup.getByTestId('alerts-state')).toHaveAttribute('data-state', /empty|ready/);
    await expect(popup.locator('[data-alert-type]')).toHaveCount(0);

    const input = popup.locator('[data-testid="import"] input[type="file"]');
    await expect(input).toHaveAttribute('multiple', '');
    await input.setInputFiles(files.filter((f) => !f.includes('legacy') && !f.endsWith('sycm-products.csv')));

    // Each file recognised from its headers.
    const result = popup.getByTestId('import-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.locator('[data-source="qianniu-orders"]')).toHaveCount(2);
    await expect(result.locator('[data-source="doudian-orders"]')).toHaveAttribute('data-import-kind', 'orders');
    await expect(result.locator('[data-source="products"]')).toHaveCount(2); // the seller's sheet and the 淘宝助理 CSV
    await expect(result.locator('[data-source="products"]').first()).toHaveAttribute('data-import-kind', 'products');
    await expect(result.locator('[data-source="doudian-aftersale"]')).toHaveAttribute('data-import-kind', 'orders');
    await expect(result.locator('[data-source="qianniu-refunds"]')).toHaveAttribute('data-import-kind', 'orders');
    // The 生意参谋 .xls's "-" row is skipped and said, not rejected.
    await expect(result.locator('[data-source="sycm-products"] [data-testid="import-notices"]')).toContainText('商品ID');
    await expect(result.getByTestId('import-rejected')).toHaveCount(0);
    await expect(result.locator('[data-source="sycm-products"]')).toHaveAttribute('data-import-kind', 'stats');
    await expect(result.locator('[data-source="daily-stats"]')).toHaveAttribute('data-import-kind', 'stats');

    // The alerts follow without a reload.
    for (const type of ['order-ship-deadline', 'order-abnormal', 'refund-sla', 'dispute-sla', 'slow-mover', 'repurchase-low'])
      await expect(popup.locator(`[data-alert-type="${type}"]`).first()).toBeAttached({ timeout: 15_000 });
    await expect(popup.locator('[data-alert-type="order-abnormal"]').first()).toHaveAttribute('data-severity', 'error');
    await expect(popup.locator('[data-alert-type="order-abnormal"]').first()).toContainText('联系买家');
    await expect(popup.locator('[data-metric="conversion"]')).toContainText('%');
    // One element per alert: as many as the group headings count (the folded ones load just after the first paint).
    const count = (await popup.locator('[data-group] > h3').allInnerTexts()).reduce((n, text) => n + Number(text.match(/·\s*(\d+)/)![1]), 0);
    await expect(popup.locator('[data-alert-type]')).toHaveCount(count);

    // What the seller sees when the popup opens (Chrome popups are at most 800 × 600), then the sections below.
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-alerts.png') });
    await popup.getByTestId('metrics').screenshot({ path: join(SCREENSHOTS, 'popup-metrics.png') });
    await popup.getByTestId('import-section').screenshot({ path: join(SCREENSHOTS, 'popup-import.png') });

    // The same files again change nothing.
    await input.setInputFiles(files.filter((f) => f.endsWith('doudian-orders.csv') || f.endsWith('products.csv')));
    await expect(result).toContainText('已导入过');
    await expect(popup.locator('[data-alert-type]')).toHaveCount(count);

    // The legacy GBK report of the same orders is recognised and merges into them.
    await input.setInputFiles(files.filter((f) => f.endsWith('qianniu-orders-legacy.csv')));
    await expect(result.locator('[data-source="qianniu-orders"]')).toContainText('qianniu-orders-legacy.csv');
    await expect(result).toContainText('新增 0 单');
    expect(unserved).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a restarted service worker keeps the 15-minute alarm and the alerts it has: it recomputes only when they are stale', async ({ context, openPopup }) => {
  const { dir, files } = demoShop();
  try {
    const popup = await openPopup();
    await popup.locator('[data-testid="import"] input[type="file"]').setInputFiles(files.filter((f) => f.endsWith('doudian-orders.csv')));
    await expect(popup.locator('[data-alert-type]').first()).toBeAttached({ timeout: 30_000 });
    const state = () =>
      popup.evaluate(async () => ({
        alarm: (await chrome.alarms.get('shop-alerts'))?.scheduledTime,
        computedAt: ((await chrome.storage.local.get('alertSummary')).alertSummary as { computedAt: number }).computedAt,
      }));
    const before = await state();
    expect(before.alarm).toBeGreaterThan(Date.now());

    // Chrome stops an idle worker after 30 s; any message or page starts it again.
    const cdp = await context.newCDPSession(popup);
    const worker: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => worker.push(...versions.map((v) => v.runningStatus)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => worker.at(-1)).toBe('stopped');
    const reply = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'not-a-message' }));
    expect(reply).toMatchObject({ ok: false });
    expect(worker.at(-1)).toBe('running');
    // Its start-up work (a recompute, were the alerts stale) has had time to run.
    await popup.waitForTimeout(2000);
    expect(await state()).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('all or nothing: a file with an unreadable row writes nothing and lists it; importing the rest is a second step; a file of no known kind writes nothing', async ({ openPopup }) => {
  // Given as buffers: Chromium reading a non-ASCII path depends on the machine's locale, the name does not.
  const bad = {
    name: '订单导出.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      '\uFEFF主订单编号,子订单编号,选购商品,商品数量,商品ID,订单应付金额,订单提交时间,支付完成时间,订单状态\n' +
        '6912345678901234567,6912345678901234568,冲锋衣,1,3601234567890123456,399.00,2026-11-19 20:01:02,2026-11-19 20:03:00,待发货\n' +
        '6912345678901234569,6912345678901234570,冲锋衣,1,3601234567890123456,399.00,2026-11-19 20:01:02,2026-11-19 20:03:00,飞走了\n',
    ),
  };
  const unknown = { name: '通讯录.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,电话\n张三,13812345678\n') };
  const popup = await openPopup();
  const input = popup.locator('[data-testid="import"] input[type="file"]');
  await input.setInputFiles([bad]);
  const refused = popup.getByTestId('import-refused');
  await expect(refused).toContainText('没有写入任何数据');
  await expect(refused.getByTestId('import-rejected')).toContainText('订单导出.csv');
  await expect(refused.getByTestId('import-rejected')).toContainText('第 3 行 订单状态：无法识别的订单状态“飞走了”');
  expect(await storedOrders(popup)).toBe(0);
  await refused.screenshot({ path: join(SCREENSHOTS, 'popup-import-refused.png') });

  await refused.getByTestId('import-skip-rejected').click();
  await expect(popup.getByTestId('import-result')).toContainText('新增 1 单');
  await expect(popup.getByTestId('import-result').getByTestId('import-rejected')).toContainText('已跳过 1 行');
  expect(await storedOrders(popup)).toBe(1);
  await input.setInputFiles([unknown]);
  await expect(popup.getByTestId('import-error')).toContainText('通讯录.csv：无法识别的导出文件');
  await expect(popup.getByTestId('import-error')).toContainText('没有写入任何数据');
});

test('quick title check: score and findings from the same rules as the overlay', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.getByTestId('title-input').fill('最好的冲锋衣');
  await expect(popup.getByTestId('title-score')).toHaveText(/^\d+$/);
  await expect(popup.locator('[data-rule-id="banned-word"]')).toHaveAttribute('data-severity', 'error');
  await popup.getByTestId('title-check').screenshot({ path: join(SCREENSHOTS, 'popup-title-check.png') });
});

test('100k orders: imported from the popup without freezing it, and the popup still opens fast', async ({ openPopup }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'shoplint-100k-'));
  try {
    const file = join(dir, 'doudian-100k.csv');
    writeFileSync(file, bigDoudianExport(100_000));
    const openTimes = async (runs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const again = await openPopup();
        await expect(again.getByTestId('alerts-state')).not.toHaveAttribute('data-state', 'loading');
        times.push(await again.evaluate(() => performance.getEntriesByName('shoplint:alerts-ready')[0]!.startTime));
        await again.close();
      }
      return times.sort((a, b) => a - b);
    };
    const empty = await openTimes(5);
    const popup = await openPopup();
    // Long tasks on the popup's thread while it imports: the parsing happens in a worker.
    await popup.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await popup.locator('[data-testid="import"] input[type="file"]').setInputFiles(file);
    await expect(popup.getByTestId('import-progress')).toContainText('%');
    // The phase and its size: the write says how many rows it saves, and the orders merged per second.
    await expect(popup.getByTestId('import-progress')).toContainText('正在写入本地数据库（100,000 行：已合并', { timeout: 120_000 });
    await expect(popup.getByTestId('import-result')).toContainText('新增 100000 单', { timeout: 240_000 });
    const importMs = Date.now() - started;
    await expect(popup.locator('[data-alert-type="order-ship-deadline"]').first()).toBeAttached({ timeout: 60_000 });
    const longTasks = await popup.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

    // The popup paints the first alerts of each type; the others follow inside the folded list, one element per alert.
    const group = popup.locator('[data-testid="alerts"] div:has(> ul > [data-alert-type="order-ship-deadline"]):has(> details)').first();
    const total = Number((await group.locator('> div').first().innerText()).match(/\((\d+)\)/)![1]);
    expect(total).toBeGreaterThan(100);
    await expect(group.locator('> ul > [data-alert-type]')).toHaveCount(3);
    // Read from the database after the first paint: on a loaded 2-core machine that takes more than expect's 5 s.
    await expect(group.locator('[data-alert-type]')).toHaveCount(total, { timeout: 30_000 });
    await expect(group.locator('> details [data-alert-type]').first()).toBeHidden();
    await group.locator('> details > summary').click();
    await expect(group.locator('> details [data-alert-type]').last()).toBeVisible();

    const result = popup.getByTestId('import-result');
    const phase = async (name: string) => Number(await result.getAttribute(`data-${name}-ms`));
    const times = await openTimes(5);
    const [parseMs, writeMs, alertsMs] = [await phase('parse'), await phase('write'), await phase('alerts')];
    // The browser keeps writing the 100k-row database to disk for a while after the import; a seller
    // opens the popup later, with the orders simply stored: measured again once that has settled.
    await popup.close();
    await new Promise((done) => setTimeout(done, 10_000));
    const settled = await openTimes(5);
    console.log(
      `100k orders: import ${importMs} ms (parse ${parseMs} ms, write ${writeMs} ms in the worker; alerts ${alertsMs} ms in the background); ` +
        `popup long tasks during import: ${longTasks.length} (longest ${Math.round(Math.max(0, ...longTasks))} ms); ` +
        `popup open → alerts shown: right after the import median ${Math.round(times[2]!)} ms (min ${Math.round(times[0]!)}, max ${Math.round(times[4]!)}); ` +
        `10 s later median ${Math.round(settled[2]!)} ms (min ${Math.round(settled[0]!)}, max ${Math.round(settled[4]!)}); empty database median ${Math.round(empty[2]!)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A 抖店 export of `n` orders over the last 90 days, most shipped, some waiting. */
function bigDoudianExport(n: number): string {
  const header = '主订单编号,子订单编号,选购商品,商品数量,商品ID,商家编码,订单应付金额,订单提交时间,支付完成时间,发货时间,订单状态,售后状态,收件人,收件人手机号,省,市,区,详细地址';
  const now = Date.now();
  const rows = [header];
  const time = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  for (let i = 0; i < n; i++) {
    const created = now - Math.floor(((i * 7919) % 90_000) / 1000 * 86_400_000) - (i % 3_600) * 1000;
    const paid = created + 120_000;
    const waiting = i % 400 === 0;
    const shipped = waiting ? '-' : time(paid + 6 * 3_600_000);
    const id = String(6_900_000_000_000_000_000n + BigInt(i) * 2n);
    rows.push(
      [id, String(6_900_000_000_000_000_001n + BigInt(i) * 2n), '【山野集】冰丝防晒衣女UPF50+连帽外套', '1', `36${String(i % 5000).padStart(17, '0')}`, `SKU-${i % 5000}`, '99.00', time(created), time(paid), shipped, waiting ? '待发货' : '已完成', '-', '张*', '138****5678', '浙江省', '杭州市', '西湖区', '文三***']
        .map((c) => `\t${c}`)
        .join(','),
    );
  }
  return '\uFEFF' + rows.join('\n') + '\n';
}
