// Capture end to end: nothing is read or stored until the seller turns capture on in the popup; then
// the order rows on 千牛 已卖出的宝贝 and 抖店 订单管理 (late rendering, paging) reach the background
// and the popup shows the alerts they raise.
import { join, resolve } from 'node:path';
import { expect, storedOrders, test, ui } from './extension';

const SCREENSHOTS = join(resolve(import.meta.dirname, '../..'), 'docs/screenshots');
const QIANNIU = 'https://myseller.taobao.com/home.htm/trade-platform/tp/sold';
const DOUDIAN = 'https://fxg.jinritemai.com/ffa/morder/order/list';
const DOUDIAN_HOME = 'https://fxg.jinritemai.com/ffa/mshop/homepage/index';

test('captures the order rows the seller sees only after they turn capture on', async ({ context, serve, openPopup, unserved }) => {
  await serve(/^https:\/\/myseller\.taobao\.com\/home\.htm\/trade-platform\/tp\/sold/, 'orders/qianniu-sold.html');
  // The 抖店 backend is one app: its home and its order list are one document.
  await serve(/^https:\/\/fxg\.jinritemai\.com\/ffa\/(mshop|morder)\//, 'orders/doudian-orders.html');

  // Consent off (the default): the page is read by nobody, nothing is shown, nothing stored.
  const qianniu = await context.newPage();
  await qianniu.goto(QIANNIU);
  await expect(qianniu.getByText('3987654321012345671')).toBeVisible();
  await qianniu.waitForTimeout(1500);
  await expect(qianniu.locator('shoplint-capture')).toHaveCount(0);
  const popup = await openPopup();
  expect(await storedOrders(popup)).toBe(0);
  await expect(popup.locator('[data-alert-type]')).toHaveCount(0);

  // The seller turns it on in the popup's settings.
  await popup.getByTestId('capture-consent').check();

  // Rows already on the page are captured at once; the next page's as it renders.
  const chip = ui(qianniu, 'shoplint-capture').getByTestId('capture-count');
  await expect(chip).toHaveText('已同步 5 笔订单', { timeout: 10_000 });
  await qianniu.getByTestId('next-page').click();
  await expect(chip).toHaveText('已同步 8 笔订单', { timeout: 10_000 });
  await qianniu.screenshot({ path: join(SCREENSHOTS, 'capture-qianniu-sold.png') });

  // The seller opens the 抖店 home and goes to 订单管理 inside the app (no page load): capture starts there.
  const doudian = await context.newPage();
  await doudian.goto(DOUDIAN_HOME);
  await expect(doudian.getByText('今日待办')).toBeVisible();
  await doudian.waitForTimeout(1000);
  await expect(doudian.locator('shoplint-capture')).toHaveCount(0);
  await doudian.getByTestId('nav-orders').click();
  await expect(doudian).toHaveURL(DOUDIAN);
  const doudianChip = ui(doudian, 'shoplint-capture').getByTestId('capture-count');
  await expect(doudianChip).toHaveText('已同步 4 笔订单', { timeout: 10_000 });
  await doudian.screenshot({ path: join(SCREENSHOTS, 'capture-doudian-orders.png') });
  expect(await storedOrders(popup)).toBe(12);

  // The popup shows what the captured orders need: an overdue shipment and a parcel without tracking for 24 h.
  await popup.reload();
  for (const id of ['3987654321012345671', '6934187250112345601'])
    await expect(popup.locator(`[data-alert-type="order-ship-deadline"][data-entity-id="${id}"]`)).toHaveAttribute('data-severity', 'error');
  await expect(popup.locator('[data-alert-type="order-ship-deadline"][data-entity-id="3987654321012345672"]')).toHaveAttribute('data-severity', 'warn');
  for (const id of ['3987654321012345673', '6934187250112345603']) await expect(popup.locator(`[data-alert-type="logistics-stalled"][data-entity-id="${id}"]`)).toBeAttached();
  await expect(popup.locator('[data-alert-type="logistics-stalled"][data-entity-id="3987654321012345677"]')).toHaveCount(0);
  await expect(popup.locator('[data-alert-type="refund-sla"][data-entity-id="3987654321012345676"]')).toBeAttached();
  await expect(popup.locator('[data-alert-type="order-unpaid"][data-entity-id="3987654321012345674"]')).toBeAttached();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.screenshot({ path: join(SCREENSHOTS, 'capture-popup-alerts.png') });

  // Turned off again: the chip goes quiet and a re-rendered page is no longer read.
  await popup.getByTestId('capture-consent').uncheck();
  await qianniu.reload();
  await expect(qianniu.getByText('3987654321012345671')).toBeVisible();
  await qianniu.waitForTimeout(1500);
  await expect(qianniu.locator('shoplint-capture')).toHaveCount(0);
  expect(await storedOrders(popup)).toBe(12);
  expect(unserved).toEqual([]);
});
