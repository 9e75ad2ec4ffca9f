// Screenshots of the editor overlay on each fixture, saved to docs/screenshots/editor-*.png (run after
// a build; the README and reviews use them). Each also checks the overlay does not cover the title.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, FIXTURES, launchWithExtension, test, ui } from './extension';
import { FORM_RUNTIME, openEditor, openTaobaoPublish, titleInput } from './editor-page';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');
const overlay = (page: Page) => ui(page, 'shoplint-overlay');

async function shoot(page: Page, name: string) {
  const input = (await titleInput(page).boundingBox())!;
  for (const box of await overlay(page).locator('.box, .box-bare').all()) {
    const b = await box.boundingBox();
    if (!b) continue;
    const covers = b.x < input.x + input.width && input.x < b.x + b.width && b.y < input.y + input.height && input.y < b.y + b.height;
    expect(covers, `${name}: an overlay box covers the title input`).toBe(false);
  }
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

test('screenshots: 淘宝 发布宝贝 with banned words and a price with promotions', async ({ context, serve }) => {
  const page = await context.newPage();
  const title = await openTaobaoPublish(page, serve);
  await title.pressSequentially('全网最好的冰丝防晒衣女夏季薄款第一');
  await page.locator('#sell-field-price input:visible').pressSequentially('229');
  const promo = overlay(page).locator('[data-testid="promo-input"]');
  await promo.fill('满200减30 店铺券30 第二件半价');
  await promo.press('Enter');
  await overlay(page).locator('[data-testid="cost-input"]').fill('120');
  await overlay(page).locator('[data-testid="cost-input"]').press('Enter');
  await overlay(page).locator('[data-testid="profile-toggle"]').click();
  await title.click();
  await title.press('End');
  await page.waitForTimeout(100);
  await shoot(page, 'editor-taobao-publish');
});

test('screenshots: 天猫 edit page, collapsed', async ({ context, serve }) => {
  const page = await context.newPage();
  await openEditor(page, serve, 'https://sell.publish.tmall.com/tmall/smartpublish.htm?id=698765432109', 'tmall-publish.html');
  await expect(overlay(page).locator('[data-testid="title-score"]')).toBeVisible();
  await page.waitForTimeout(100);
  await shoot(page, 'editor-tmall-edit');
  await overlay(page).locator('[data-testid="collapse"]').click();
  await page.waitForTimeout(100);
  await shoot(page, 'editor-tmall-collapsed');
});

test('screenshots: 抖店 商品编辑', async ({ context, serve }) => {
  const page = await context.newPage();
  await openEditor(page, serve, 'https://fxg.jinritemai.com/ffa/g/create?product_id=3701234567890123456', 'douyin-product.html');
  await expect(overlay(page).locator('[data-testid="title-score"]')).toBeVisible();
  const title = page.locator('[attr-field-id="商品标题"] input');
  await title.click();
  await title.press('End');
  await title.pressSequentially('NO.1爆款');
  await page.waitForTimeout(100);
  await shoot(page, 'editor-douyin-edit');
});

test('screenshots: the overlay speaks English when the browser does', async () => {
  const { context, close } = await launchWithExtension({ language: 'en' });
  try {
    await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
    await context.route(FORM_RUNTIME, (route) => route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(FIXTURES, 'editor/form-runtime.js')) }));
    await context.route(/^https:\/\/item\.upload\.taobao\.com\/sell\//, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, 'editor/taobao-publish.html')) }));
    const page = await context.newPage();
    await page.goto('https://item.upload.taobao.com/sell/publish.htm?itemId=712345678901');
    // The form renders twice (late, then with the category's fields): the title input is replaced in between.
    await expect(page.locator('#sell-root')).toHaveAttribute('data-renders', '2');
    await expect(overlay(page).locator('[data-testid="title-panel"]')).toContainText('Title score');
    await expect(overlay(page).locator('[data-testid="price-panel"]')).toContainText('Buyer pays');
    await page.waitForTimeout(100);
    await shoot(page, 'editor-taobao-edit-en');
  } finally {
    await close();
  }
});

test('screenshots: 淘宝 发布宝贝 with the keyword section', async ({ context, serve, openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-testid="keyword-import"] input[type="file"]').setInputFiles(join(FIXTURES, 'keywords', 'sycm-fangshaiyi-2026-04.csv'));
  await expect(popup.locator('[data-keyword-bank="apparel"]')).toBeVisible();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.screenshot({ path: `${OUT}/popup-keywords.png`, fullPage: true });
  await popup.close();
  const page = await context.newPage();
  const title = await openTaobaoPublish(page, serve);
  await title.pressSequentially('冰丝防晒衣女夏季薄款');
  await overlay(page).locator('[data-term="防晒衣女开衫"] button').click();
  await expect(overlay(page).locator('[data-term="防晒衣女开衫"]')).toHaveAttribute('data-covered', 'true');
  await page.waitForTimeout(100);
  await shoot(page, 'editor-keywords');
});
