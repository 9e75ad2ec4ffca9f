// Settings and data ownership end to end: the options page (generated from the rules), keyboard use,
// accessibility (axe-core), backup → delete → restore into a fresh profile, a refused newer backup, and
// proof that the extension itself makes no network request while it runs on the fixture pages.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, FIXTURES, launchWithExtension, test, extensionIdOf } from './extension';
import { DEMO_PAGES, routeFixtures } from '../fixtures/site';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core');
/** The ids a registry file imports (Playwright cannot load lib/, whose word lists are JSON imports). */
const registered = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^import \w+ from '\.\/([a-z-]+)';$/gm)].map((m) => m[1]!);

const openOptions = async (context: BrowserContext, extensionId: string): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('rules')).toBeVisible();
  return page;
};

/** chrome.* inside the extension page (the test's own types know nothing of it). */
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } } };

const stored = (page: Page) => page.evaluate(() => chrome.storage.local.get(null));

/** Rows per table of the shop database, read the way the page itself would. */
const tableCounts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('shoplint-shop');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (counts[name] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => (db.close(), done(counts));
        };
      }),
  );

async function axeSerious(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP script-src 'self'), so addScriptTag is refused there;
  // evaluating the same source through the debugger protocol is not subject to the page's CSP.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run()).violations);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the options page lists every rule and alert from the registry, and a switch works from the keyboard', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  const ruleIds = registered('lib/rules/index.ts');
  expect(ruleIds.length).toBeGreaterThan(20);
  expect(await page.locator('[data-testid="rules"] [data-rule-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')))).toEqual(expect.arrayContaining(ruleIds));
  await expect(page.locator('[data-testid="rules"] [data-rule-id]')).toHaveCount(ruleIds.length);
  await expect(page.locator('[data-alert-setting]')).toHaveCount(registered('lib/shop/alerts/index.ts').length);
  // Defaults with their source, from the rule's meta.
  await expect(page.locator('[data-rule-id="title-length"]')).toContainText('运营手册');

  // Tab to the title-length switch and turn it off with Space.
  const sw = page.locator('[data-rule-id="title-length"] [role="switch"]');
  await page.locator('[data-rule-id="title-keyword-order"] [role="switch"]').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  for (let i = 0; i < 6 && !(await sw.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(sw).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sw).toHaveAttribute('aria-checked', 'false');
  await expect.poll(async () => ((await stored(page)).settings as { rules: { taobao: Record<string, unknown> } }).rules.taobao['title-length']).toBe('off');

  // Another platform keeps its own switches.
  await page.getByTestId('platform-douyin').press('Enter');
  await expect(page.locator('[data-rule-id="title-length"] [role="switch"]')).toHaveAttribute('aria-checked', 'true');

  // A threshold: a bad value is refused with a message, a good one is stored.
  await page.getByTestId('platform-taobao').click();
  const min = page.locator('[data-rule-id="title-keyword-coverage"] input[type="number"]').first();
  if (await min.count()) {
    await min.fill('-3');
    await min.press('Enter');
    await expect(page.locator('[data-rule-id="title-keyword-coverage"] [role="alert"]')).toBeVisible();
  }
});

test('the seller words and the shop profile are saved in the one settings value', async ({ context, extensionId }) => {
  const page = await openOptions(context, extensionId);
  await page.locator('[data-testid="words-ownBrands"] textarea').fill('第一夫人\n最佳拍档\n第一夫人');
  await page.locator('[data-testid="words-brands"] textarea').focus();
  await page.locator('[data-testid="profile-tmall"] textarea').fill('满200减30，店铺券30\n满天星');
  await page.locator('[data-testid="profile-tmall"] input').first().focus();
  await expect(page.locator('[data-testid="profile-tmall"]')).toContainText('满天星');
  const settings = (await stored(page)).settings as { version: number; words: { ownBrands: string[] }; profiles: { tmall: { promos: string[] } } };
  expect(settings.version).toBe(2);
  expect(settings.words.ownBrands).toEqual(['第一夫人', '最佳拍档']);
  expect(settings.profiles.tmall.promos).toEqual(['满200减30', '店铺券30', '满天星']);
  expect(Object.keys(await stored(page))).not.toContain('shopSettings');
});

test('an old stored shape is migrated when a page first reads it', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.evaluate(() => chrome.storage.local.clear());
  await page.evaluate(() => chrome.storage.local.set({ shopSettings: { capture: true }, 'shopProfile.douyin': { promos: ['立减15'], cost: 12 } }));
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('capture-switch')).toHaveAttribute('aria-checked', 'true');
  await expect(options.locator('[data-testid="profile-douyin"] textarea')).toHaveValue('立减15');
  const after = await stored(options);
  expect(Object.keys(after).sort()).toEqual(['settings']);
});

test('backup, delete everything, and restore into a fresh profile', async ({ context, extensionId, openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-testid="import"] input[type="file"]').setInputFiles([join(FIXTURES, 'shop/products.csv'), join(FIXTURES, 'shop/doudian-orders.csv')]);
  await expect(popup.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });

  const options = await openOptions(context, extensionId);
  await options.locator('[data-testid="words-banned"] textarea').fill('我的禁词');
  await options.locator('[data-testid="words-allowed"] textarea').focus();
  const before = await tableCounts(options);
  expect(before.products).toBeGreaterThan(0);
  expect(before.orderDays).toBeGreaterThan(0);

  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-all').click()]);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup).toMatchObject({ format: 'shoplint-backup', app: '0.1.0', settingsVersion: 2 });

  // The CSV of alerts is Excel-safe and has a BOM.
  const [csv] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-alerts').click()]);
  expect(readFileSync(await csv.path(), 'utf8').startsWith('\uFEFF')).toBe(true);

  // Delete: a two-step, typed confirmation.
  await options.getByTestId('delete-all').click();
  await expect(options.getByTestId('delete-confirm')).toBeDisabled();
  await options.getByTestId('delete-confirm-input').fill('删除');
  await options.getByTestId('delete-confirm').click();
  await expect(options.getByTestId('data-status')).toHaveAttribute('data-kind', 'ok');
  // Every table is empty but what the background's recompute has already written: the empty lists of
  // the deadline and the whole-day alerts (`alerts` rows current and day) and the state they hold for.
  const recomputed: Record<string, number> = { alerts: 2, alertState: 1 };
  expect(await tableCounts(options)).toEqual(Object.fromEntries(Object.keys(before).map((t) => [t, recomputed[t] ?? 0])));
  await popup.reload();
  await expect(popup.getByTestId('alerts-state')).toContainText('还没有店铺数据');
  await expect(popup.locator('[data-alert-type]')).toHaveCount(0);
  expect(await stored(options)).toEqual({});

  // A fresh profile: restore the file, find every row and the words.
  const fresh = await launchWithExtension();
  try {
    const page = await openOptions(fresh.context, await extensionIdOf(fresh.context));
    await page.getByTestId('restore-input').setInputFiles(backupPath);
    await expect(page.getByTestId('data-status')).toHaveAttribute('data-kind', 'ok', { timeout: 20_000 });
    expect(await tableCounts(page)).toEqual(before);
    await expect(page.locator('[data-testid="words-banned"] textarea')).toHaveValue('我的禁词');

    // A backup from a newer version is refused, and nothing changes.
    const newer = join(resolve(backupPath, '..'), 'newer.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(newer, JSON.stringify({ ...backup, app: '9.9.9', settingsVersion: 99 }));
    await page.getByTestId('restore-input').setInputFiles(newer);
    await expect(page.getByTestId('data-status')).toHaveAttribute('data-kind', 'error');
    await expect(page.getByTestId('data-status')).toContainText('9.9.9');
    expect(await tableCounts(page)).toEqual(before);
  } finally {
    await fresh.close();
  }
});

test('the extension makes no network request of its own on the fixture pages, popup and options', async () => {
  const { context, close } = await launchWithExtension();
  try {
    const blocked: string[] = [];
    await routeFixtures(context, (url) => blocked.push(url));
    // Requests of the extension itself: from its service worker or from its own pages.
    const own: string[] = [];
    const isWeb = (url: string) => /^(https?|wss?):/.test(url);
    context.on('request', (request) => {
      const frame = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      if (isWeb(request.url()) && (request.serviceWorker() || frame.startsWith('chrome-extension://'))) own.push(request.url());
    });
    const id = await extensionIdOf(context);
    // Every content script runs, the order-list capture too: the seller has agreed to it.
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(() => chrome.storage.local.set({ settings: { version: 2, shop: { capture: true } } }));
    for (const demo of DEMO_PAGES) {
      const page = await context.newPage();
      await page.goto(demo.url);
      await expect(page.locator(demo.ui).first()).toBeAttached({ timeout: 20_000 });
      if (demo.type) await page.locator(demo.type.selector).pressSequentially(demo.type.text.slice(0, 8));
      await page.waitForTimeout(500);
      await page.close();
    }
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByTestId('title-check').locator('textarea, input').first().fill('全网最好的防晒衣');
    await openOptions(context, id);
    await popup.waitForTimeout(500);
    expect(own).toEqual([]);
    // Every request made from the pages (a content script's would be among them) was answered by a
    // fixture route: nothing tried to reach anywhere else.
    expect(blocked).toEqual([]);
  } finally {
    await close();
  }
});

test('popup and options have no serious accessibility problems and work from the keyboard', async ({ context, extensionId, openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByTestId('settings')).toBeVisible();
  expect(await axeSerious(popup)).toEqual([]);
  // Keyboard: Tab reaches the capture consent, Space turns it on.
  const consent = popup.getByTestId('capture-consent');
  for (let i = 0; i < 30 && !(await consent.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(consent).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(consent).toBeChecked();

  const options = await openOptions(context, extensionId);
  expect(await axeSerious(options)).toEqual([]);
  // Keyboard: Tab to the delete button, Enter opens the typed confirmation.
  const del = options.getByTestId('delete-all');
  for (let i = 0; i < 400 && !(await del.evaluate((el) => el === document.activeElement)); i++) await options.keyboard.press('Tab');
  await expect(del).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(options.getByTestId('delete-confirm-input')).toBeVisible();
});

for (const language of ['zh_CN', 'en'] as const) {
  test(`screenshot of the options page (${language})`, async () => {
    const { context, close } = await launchWithExtension({ language, viewport: { width: 1100, height: 900 } });
    try {
      const page = await openOptions(context, await extensionIdOf(context));
      await page.locator('[data-testid="profile-taobao"] input').first().fill(language === 'en' ? 'Deer Home Flagship' : '小鹿家居旗舰店');
      await page.locator('[data-testid="profile-taobao"] textarea').fill('满200减30\n店铺券30');
      await page.locator('[data-testid="profile-taobao"] input').nth(1).fill('20');
      await page.locator('[data-testid="profile-taobao"] input').first().focus();
      await page.screenshot({ path: join(SCREENSHOTS, `options-${language === 'en' ? 'en' : 'zh'}.png`) });
      await page.getByTestId('rules').scrollIntoViewIfNeeded();
      await page.getByTestId('rules').screenshot({ path: join(SCREENSHOTS, `options-rules-${language === 'en' ? 'en' : 'zh'}.png`) });
      await page.getByTestId('data').screenshot({ path: join(SCREENSHOTS, `options-data-${language === 'en' ? 'en' : 'zh'}.png`) });
    } finally {
      await close();
    }
  });
}
