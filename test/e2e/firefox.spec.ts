// The Firefox build in a real Firefox (Debian's firefox-esr, test/firefox.ts): the overlay on the 淘宝
// publish page at its real URL scores the title as the command line does, and the popup, in Chinese,
// imports the demo shop and raises its alerts, with the toolbar badge (browserAction in this MV2
// build). A smoke test: the Chromium specs test each surface in depth.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { inShadowRoot, launchFirefoxWithExtension, type FirefoxWithExtension } from '../firefox';
import { TAOBAO_PUBLISH } from './editor-page';

const ROOT = resolve(import.meta.dirname, '../..');
const TITLE = '最好的冰丝防晒衣女';

let firefox: FirefoxWithExtension;
test.beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
test.afterAll(async () => {
  await firefox?.close();
});

test('Firefox: the overlay scores the 淘宝 title as the command line does; the popup imports the demo shop', async ({}, testInfo) => {
  const page = await firefox.newPage();
  await page.goto(TAOBAO_PUBLISH);
  // The form renders late, then again with the category's fields (which replaces the title input).
  await page.waitForSelector('#sell-root[data-renders="2"]');
  // The rendered title input (the row also holds the 「使用品牌名」 checkbox and a hidden copy of the input).
  await page.type('#sell-field-title span.sell-o-input > input', TITLE);

  const cli = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin/shoplint.js'), 'lint', '--title', TITLE, '--platform', 'taobao', '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' })).results[0] as { score: number };
  const overlay = () =>
    inShadowRoot(page, 'shoplint-overlay', (root) => ({
      score: root.querySelector('[data-testid="title-score"]')?.textContent,
      banned: root.querySelector('[data-rule-id="banned-word"]')?.getAttribute('data-severity'),
    }));
  await expect.poll(overlay, { timeout: 15_000 }).toEqual({ score: String(cli.score), banned: 'error' });
  await page.screenshot({ path: testInfo.outputPath('firefox-taobao-publish.png') });

  // The demo shop at this moment (the extension judges at the browser's clock), as popup.spec.ts imports it.
  const shop = mkdtempSync(join(tmpdir(), 'shoplint-shop-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-shop-fixtures.ts'), '--now', new Date().toISOString(), '--out', shop], { cwd: ROOT, stdio: 'ignore' });
    const files = readdirSync(shop).filter((f) => !f.includes('legacy') && f !== 'sycm-products.csv');
    const popup = await firefox.openPopup();
    // Chinese from the zh-CN language pack (firefox-esr-l10n-zh-cn): browser.i18n follows Firefox's UI language.
    await popup.waitForSelector('[data-testid="alerts-state"]');
    expect(await popup.evaluate(() => [document.documentElement.lang, document.body.innerText.includes('今日预警')])).toEqual(['zh-CN', true]);
    const input = await popup.waitForSelector('[data-testid="import"] input[type="file"]');
    await input!.uploadFile(...files.map((f) => join(shop, f)));

    await popup.waitForSelector('[data-testid="import-result"] [data-source="daily-stats"]', { timeout: 30_000 });
    const kinds = await popup.$$eval('[data-testid="import-result"] [data-source]', (rows) => rows.map((row) => `${row.getAttribute('data-source')}:${row.getAttribute('data-import-kind')}`).sort());
    expect(kinds).toEqual(['daily-stats:stats', 'doudian-aftersale:orders', 'doudian-orders:orders', 'products:products', 'products:products', 'qianniu-orders:orders', 'qianniu-orders:orders', 'qianniu-refunds:orders', 'sycm-products:stats']);
    await popup.waitForSelector('[data-alert-type="order-ship-deadline"]', { timeout: 15_000 });
    // The background set the toolbar badge to the urgent count the popup shows.
    const urgent = await popup.$eval('[data-testid="urgent-count"]', (badge) => badge.textContent);
    await expect.poll(() => popup.evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(details: object): Promise<string> } } }).browser.browserAction.getBadgeText({}))).toBe(urgent);
    // The popup's own box (Firefox ESR 140's BiDi has no emulation.setScreenOrientationOverride, which
    // puppeteer's setViewport sends).
    await (await popup.$('body'))!.screenshot({ path: testInfo.outputPath('firefox-popup.png') });
  } finally {
    rmSync(shop, { recursive: true, force: true });
  }
  expect(firefox.unserved).toEqual([]);
});
