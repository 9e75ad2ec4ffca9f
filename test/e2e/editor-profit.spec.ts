// The 到手价 panel's profit after ads, end to end: the seller imports the product sheet, a 万相台 report
// and a 抖店 联盟 commission export in the popup, opens the listing's edit page, and the panel charges the
// last 7 days' ads and commission to one order — the number worked out by hand below.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, ui } from './extension';
import { openEditor } from './editor-page';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const DAY_MS = 86_400_000;
/** The last day of the promo fixtures. */
const LAST_DAY = '2026-11-19';

/**
 * The fixtures with every date moved so that their last day is yesterday in China: the extension
 * takes the 7 full days before the browser's clock.
 */
function shiftedFixtures(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'shoplint-profit-'));
  const yesterday = Date.parse(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)) - DAY_MS;
  const shift = yesterday - Date.parse(LAST_DAY);
  const files = ['shop/products.csv', 'promo/wanxiangtai-products.csv', 'promo/doudian-alliance.csv'].map((f) => {
    const text = readFileSync(join(FIXTURES, f), 'utf8').replace(/\b(20\d\d-\d\d-\d\d)\b/g, (day) => new Date(Date.parse(day) + shift).toISOString().slice(0, 10));
    const out = join(dir, basename(f));
    writeFileSync(out, text);
    return out;
  });
  return { dir, files };
}

const overlay = (page: Page) => ui(page, 'shoplint-overlay');

test('淘宝 编辑宝贝: the 到手价 panel shows the profit per order after the week\'s ads', async ({ context, openPopup, serve, unserved }) => {
  const { dir, files } = shiftedFixtures();
  try {
    const popup = await openPopup();
    await popup.locator('[data-testid="import"] input[type="file"]').setInputFiles(files);
    const result = popup.getByTestId('import-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.getByTestId('import-rejected')).toHaveCount(0);
    await popup.close();

    // 冰丝防晒衣 785662595816, 7 days of 万相台: 花费 180 × 3 + 210.50 + 198.20 + 225 + 150 + 56.40 = 1,380.10
    // over 6 × 3 + 3 + 2 + 3 + 2 + 0 = 28 orders → 49.2892… = ¥49.29 an order; 成交 774 × 3 + 387 + 258 + 387 + 258
    // = 3,612 → ROI 2.62. No 达人 order (the 联盟 export is of the 抖店 listings).
    const page = await context.newPage();
    await openEditor(page, serve, 'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=785662595816', 'taobao-publish.html');
    const panel = overlay(page).locator('[data-testid="price-panel"]');
    await expect(panel.locator('[data-testid="final-price"]')).toHaveText('¥129');
    const profit = panel.getByTestId('profit-after-ads');
    // The product sheet's 成本 67.75: 129 − 67.75 − 49.29 = 11.96.
    await expect(profit.locator('.profit')).toHaveText('推广后每单利润 ¥11.96');
    await expect(profit.locator('.profit')).toHaveAttribute('class', 'profit');
    await expect(profit.locator('.hint')).toHaveText(/^推广 ¥49\.29\/单 · ROI 2\.62 · 近 7 天中 7 天有数据（\d{4}-\d\d-\d\d 至 \d{4}-\d\d-\d\d）$/);

    // The cost typed in the panel wins: 129 − 105 − 49.29 = −25.29, a loss in the error colour.
    await panel.getByTestId('cost-input').fill('105');
    await panel.getByTestId('cost-input').press('Enter');
    await expect(profit.locator('.profit')).toHaveText('推广后每单利润 −¥25.29');
    await expect(profit.locator('.profit')).toHaveAttribute('class', 'profit bad');
    await panel.screenshot({ path: join(tmpdir(), 'shoplint-profit-after-ads.png') });

    expect(unserved).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('抖店 编辑: without a 成本 the panel asks for one, then charges the 达人 commission too', async ({ context, openPopup, serve, unserved }) => {
  const { dir, files } = shiftedFixtures();
  try {
    const popup = await openPopup();
    // No product sheet: the 成本 is the seller's to type.
    await popup.locator('[data-testid="import"] input[type="file"]').setInputFiles(files.filter((f) => !f.endsWith('products.csv')));
    await expect(popup.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
    await popup.close();

    // 冰丝防晒衣 3663351654567483326: 达人 orders of 49.50 on 11-17 (one) and 11-19 (two); 11-18's only order
    // was refunded and the shop's own sale (作者账号 "-") pays none → 3 orders on 2 days, ¥49.50 each. No ad
    // spend on this 抖店 listing.
    const page = await context.newPage();
    await openEditor(page, serve, 'https://fxg.jinritemai.com/ffa/g/create?product_id=3663351654567483326', 'douyin-product.html');
    const price = page.locator('tr.ecom-g-table-row[data-row-key="0"]:not(.ecom-g-table-row-extra) td.attr-column-field_price input');
    await price.click();
    await price.fill('');
    await price.pressSequentially('99');
    const panel = overlay(page).locator('[data-testid="price-panel"]');
    await expect(panel.locator('[data-testid="final-price"]')).toHaveText('¥99');
    const profit = panel.getByTestId('profit-after-ads');
    await expect(profit).toContainText('填写成本后可算推广后利润');
    await expect(profit.locator('.profit')).toHaveCount(0);
    await expect(profit).toContainText('佣金 ¥49.50/单');

    // 99 − 52.10 − 49.50 = −2.60
    await panel.getByTestId('cost-input').fill('52.10');
    await panel.getByTestId('cost-input').press('Enter');
    await expect(profit.locator('.profit')).toHaveText('推广后每单利润 −¥2.60');
    await expect(profit.locator('.hint')).toHaveText(/^佣金 ¥49\.50\/单 · 近 7 天中 2 天有数据（/);
    expect(unserved).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
