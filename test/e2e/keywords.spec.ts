// Keyword data in and live: a 生意参谋 search-term export imported in the popup is stored by the
// background per category; on the 淘宝 publish page the overlay shows the keyword score beside the
// title score, the bank's best terms struck through as the title covers them, and the fill for the
// characters left — one click writes a word into the title where the seller's cursor is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, FIXTURES, test, ui } from './extension';
import { keystrokeLatency, percentile } from './latency';
import { openTaobaoPublish } from './editor-page';

const keywordFile = (name: string) => join(FIXTURES, 'keywords', name);
/** A fixture as a chosen file of that name: Playwright does not hand Chrome a path of Chinese characters, and the name carries the date. */
const named = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(keywordFile(name)) });

const overlay = (page: Page) => ui(page, 'shoplint-overlay');
const section = (page: Page) => overlay(page).getByTestId('keyword-section');
const term = (page: Page, text: string) => section(page).locator(`[data-testid="keyword-term"][data-term="${text}"]`);

test('a search-term export imported in the popup steers the title on the publish page', async ({ context, serve, openPopup, unserved }) => {
  const popup = await openPopup();
  const input = popup.locator('[data-testid="keyword-import"] input[type="file"]');

  // Not a keyword export: nothing is stored, and the error names the file.
  await input.setInputFiles(join(FIXTURES, 'shop', 'products.csv'));
  await expect(popup.getByTestId('keyword-error')).toContainText('products.csv：找不到搜索词表头');
  await expect(popup.locator('[data-keyword-bank]')).toHaveCount(0);

  await input.setInputFiles(keywordFile('sycm-fangshaiyi-2026-04.csv'));
  const bank = popup.locator('[data-keyword-bank="apparel"]');
  await expect(bank).toContainText('服饰');
  await expect(bank).toContainText('2026-04-30');
  // The figures cover April; older than a month is called stale.
  await expect(bank.getByTestId('keyword-bank-age')).toHaveText(/^数据已 \d+ 天未更新$/);
  await expect(popup.getByTestId('keyword-error')).toHaveCount(0);
  await popup.close();

  const page = await context.newPage();
  const title = await openTaobaoPublish(page, serve);
  await title.pressSequentially('冰丝防晒衣女');

  // The bank of the page's 类目 (女装/女士精品 > 防晒衣 → 服饰), its age, the keyword score beside the title score.
  await expect(section(page)).toContainText('服饰');
  await expect(section(page).getByTestId('keyword-age')).toHaveText(/数据已 \d+ 天未更新/);
  const keywordScore = overlay(page).getByTestId('keyword-score');
  await expect(keywordScore).toHaveText(/^\d+$/);
  const before = Number(await keywordScore.textContent());
  await expect(section(page).locator('[data-testid="keyword-term"]')).toHaveCount(12);
  await expect(term(page, '防晒衣女冰丝透气')).toHaveAttribute('data-covered', 'false');
  await expect(section(page).locator('[data-fill-word="透气"]')).toBeVisible();

  // One click on a term: the words it lacks go in where the cursor is (the end), through the page's framework.
  await term(page, '防晒衣女冰丝透气').locator('button').click();
  await expect(title).toHaveValue('冰丝防晒衣女透气');
  await expect(page.locator('.draft')).toHaveText('草稿已自动保存 · 标题：冰丝防晒衣女透气');
  await expect(term(page, '防晒衣女冰丝透气')).toHaveAttribute('data-covered', 'true');
  await expect(term(page, '防晒衣女透气')).toHaveAttribute('data-covered', 'true');
  await expect(section(page).locator('[data-fill-word="透气"]')).toHaveCount(0);
  await expect.poll(async () => Number(await keywordScore.textContent())).toBeGreaterThan(before);

  // The seller puts the cursor at the start: a fill word goes there.
  await title.press('Home');
  await section(page).locator('[data-fill-word="开衫"]').click();
  await expect(title).toHaveValue('开衫冰丝防晒衣女透气');
  await expect(term(page, '防晒衣女开衫')).toHaveAttribute('data-covered', 'true');

  // Folded, the section is one line.
  await section(page).getByTestId('keyword-toggle').click();
  await expect(section(page).locator('[data-testid="keyword-term"]')).toHaveCount(0);
  expect(unserved).toEqual([]);
});

test('a pasted list is a bank too; a bank of another category is not used', async ({ context, serve, openPopup }) => {
  const popup = await openPopup();
  await popup.getByTestId('keyword-paste').fill('保温杯\n保温杯男士 12000\n316不锈钢保温杯,8000');
  await popup.getByTestId('keyword-paste-save').click();
  const bank = popup.locator('[data-keyword-bank]');
  await expect(bank).toHaveCount(1);
  await expect(bank).toContainText('3 个词');
  await expect(bank.getByTestId('keyword-bank-age')).toHaveText('数据为今天');
  await expect(popup.getByTestId('keyword-paste')).toHaveValue('');

  // A 防晒衣 listing gets no keyword section from a 保温杯 bank.
  const page = await context.newPage();
  await (await openTaobaoPublish(page, serve)).pressSequentially('冰丝防晒衣女');
  await expect(overlay(page).getByTestId('title-score')).toBeVisible();
  await expect(overlay(page).getByTestId('keyword-section')).toHaveCount(0);

  // Removed from the popup, the bank is gone.
  await popup.getByRole('button', { name: /删除/ }).click();
  await expect(popup.locator('[data-keyword-bank]')).toHaveCount(0);
});

test('keystroke → overlay latency with a keyword bank', async ({ context, serve, openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-testid="keyword-import"] input[type="file"]').setInputFiles(keywordFile('sycm-fangshaiyi-2026-04.csv'));
  await expect(popup.locator('[data-keyword-bank="apparel"]')).toBeVisible();
  const page = await context.newPage();
  const title = await openTaobaoPublish(page, serve);
  await title.pressSequentially('冰');
  await expect(section(page)).toBeVisible();
  const lat = await keystrokeLatency(page, title);
  console.log(`keystroke → overlay update with a keyword bank over ${lat.length} keystrokes: p50 ${percentile(lat, 0.5).toFixed(2)} ms, p95 ${percentile(lat, 0.95).toFixed(2)} ms, max ${lat.at(-1)!.toFixed(2)} ms`);
  expect(lat.length).toBeGreaterThanOrEqual(100);
});

test('the exports sellers really have: a native .xls with ranges and a copied 相关分析 table, marked 区间估算', async ({ context, serve, openPopup }, testInfo) => {
  const popup = await openPopup();
  await popup.locator('[data-testid="keyword-import"] input[type="file"]').setInputFiles(named('【生意参谋平台】搜索排行_搜索词_防晒衣_2026-08-09_2026-08-15.xls'));
  const apparel = popup.locator('[data-keyword-bank="apparel"]');
  await expect(apparel).toContainText('生意参谋');
  await expect(apparel).toContainText('2026-08-15');
  await expect(apparel.getByTestId('keyword-bank-approximate')).toHaveText('区间估算');

  // Copied off 相关分析 as tab-separated text, header line and all: a bank of its own category.
  await popup.getByTestId('keyword-paste').fill(readFileSync(keywordFile('sycm-related-copied-plugin.txt'), 'utf8'));
  await popup.getByTestId('keyword-paste-save').click();
  const home = popup.locator('[data-keyword-bank="home"]');
  await expect(home).toContainText('8 个词');
  await expect(home.getByTestId('keyword-bank-approximate')).toBeVisible();
  await expect(popup.getByTestId('keyword-error')).toHaveCount(0);
  await popup.getByTestId('keywords-section').screenshot({ path: testInfo.outputPath('popup-keyword-banks.png') });
  await popup.close();

  const page = await context.newPage();
  const title = await openTaobaoPublish(page, serve);
  await title.pressSequentially('冰丝防晒衣女');
  await expect(section(page).getByTestId('keyword-approximate')).toHaveText('区间估算');
  await expect(overlay(page).getByTestId('keyword-score')).toHaveText(/^\d+$/);
  // Every word the fill offers is a word of the export's search terms, never a figure.
  const terms = ['防晒衣', '防晒衣女', '冰丝防晒衣', '防晒衣女夏季薄款', '冰丝防晒衣女', '防晒衣女长款', '防晒衣女连帽', '防晒衣男', '骑行防晒衣', '防晒衣女冰丝透气'];
  const words = section(page).locator('[data-fill-word]');
  await expect(words.first()).toBeVisible();
  for (const word of await words.evaluateAll((els) => els.map((e) => e.getAttribute('data-fill-word')!))) expect(terms.some((t) => t.includes(word)), word).toBe(true);
  await section(page).evaluate((el) => el.scrollIntoView());
  await section(page).screenshot({ path: testInfo.outputPath('overlay-keyword-approximate.png') });
});
