// "Say when a page is not understood": a redesigned page that shows a title field, orders or a product
// page ShopLint cannot read gets a quiet chip (店检暂不认识…) and a line in the popup — never silence —
// and the chip goes, the line too, when a later visit reads the page again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, FIXTURES, test, ui } from './extension';
import { FORM_RUNTIME, TAOBAO_PUBLISH } from './editor-page';

/** Serves the fixture at `url`, its text changed by `change` (a redesign of the real page). */
async function serveChanged(context: BrowserContext, url: RegExp, fixture: string, change: (html: string) => string = (h) => h) {
  const body = change(readFileSync(join(FIXTURES, fixture), 'utf8'));
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}

test('an editor whose title field ShopLint cannot find says so on the page and in the popup; the known page clears it', async ({ context, serve, openPopup, unserved }) => {
  await serve(FORM_RUNTIME, 'editor/form-runtime.js', 'text/javascript; charset=utf-8');
  // The redesign: new ids, a label and placeholder nobody knows, a longer limit.
  await serveChanged(context, /^https:\/\/item\.upload\.taobao\.com\/sell\//, 'editor/taobao-publish.html', (html) =>
    html.replace('id="sell-field-title"', 'id="sell-field-name"').replace(/>宝贝标题</, '>名称<').replaceAll('最多允许输入30个汉字（60字符）', '请输入').replaceAll('maxlength="60"', 'maxlength="120"'),
  );
  const page = await context.newPage();
  await page.goto(TAOBAO_PUBLISH);
  const chip = ui(page, 'shoplint-unread').getByTestId('unread-text');
  await expect(chip).toHaveText('暂不认识这个页面的标题框', { timeout: 15_000 });
  await expect(page.locator('shoplint-overlay')).toHaveCount(1);
  await expect(ui(page, 'shoplint-overlay').locator('[data-testid="title-score"]')).toHaveCount(0);
  await page.screenshot({ path: join(import.meta.dirname, '../../docs/screenshots/unread-editor.png') });

  const popup = await openPopup();
  await expect(popup.locator('[data-testid="unread-pages"] [data-unread-page="taobao-editor"]')).toHaveText('淘宝 发布/编辑宝贝：标题框');
  await popup.close();

  // The page as ShopLint knows it: read again, the chip goes and so does the popup's line.
  await context.unroute(/^https:\/\/item\.upload\.taobao\.com\/sell\//);
  await serve(/^https:\/\/item\.upload\.taobao\.com\/sell\//, 'editor/taobao-publish.html');
  await page.reload();
  await expect(ui(page, 'shoplint-overlay').locator('[data-testid="title-score"]')).toBeVisible({ timeout: 15_000 });
  const again = await openPopup();
  await expect(again.locator('[data-testid="alerts"]')).toBeVisible();
  await expect.poll(() => again.locator('[data-testid="unread-pages"]').count(), { timeout: 15_000 }).toBe(0);
  expect(unserved).toEqual([]);
});

test('an order list whose orders cannot be read (the order-number label renamed) says so; a product page of an unknown layout is checked the generic way and says so', async ({ context, serve, openPopup, unserved }) => {
  const popup = await openPopup();
  await popup.getByTestId('capture-consent').check();
  await serveChanged(context, /^https:\/\/myseller\.taobao\.com\/home\.htm\/trade-platform\/tp\/sold/, 'orders/qianniu-sold.html', (html) =>
    html.replace("el('span', '', '订单号：')", "el('span', '', '交易单号 ')"),
  );
  const sold = await context.newPage();
  await sold.goto('https://myseller.taobao.com/home.htm/trade-platform/tp/sold');
  await expect(sold.getByText('3987654321012345671')).toBeVisible();
  await expect(ui(sold, 'shoplint-unread').getByTestId('unread-text')).toHaveText('暂不认识这个列表的订单', { timeout: 15_000 });
  await expect(sold.locator('shoplint-capture')).toHaveCount(0);

  await serve(/\/favicon\.ico$/, 'detail/img/favicon.svg', 'image/svg+xml');
  await serve(/^https:\/\/(img|gw)\.alicdn\.com\//, 'detail/img/product.svg', 'image/svg+xml');
  await serve(/^https:\/\/detail\.tmall\.com\/item\.htm/, 'detail/tmall-unknown-layout.html');
  const item = await context.newPage();
  await item.goto('https://detail.tmall.com/item.htm?id=999');
  await expect(ui(item, 'shoplint-critique').getByTestId('page-score')).toHaveText(/^\d+$/, { timeout: 10_000 });
  await ui(item, 'shoplint-critique').locator('button[aria-expanded]').click();
  await expect(ui(item, 'shoplint-critique').getByTestId('critique-unread')).toContainText('暂不认识这个详情页的版式');

  await popup.reload();
  await expect(popup.locator('[data-unread-page="qianniu-sold"]')).toHaveAttribute('data-unread', 'orders');
  await expect(popup.locator('[data-unread-page="tmall-item"]')).toHaveAttribute('data-unread', 'layout');
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.screenshot({ path: join(import.meta.dirname, '../../docs/screenshots/unread-popup.png') });
  expect(unserved).toEqual([]);
});
