// A listing editor fixture at its real URL, with the form runtime it loads from the platform's CDN:
// shared by the editor, keyword and screenshot specs.
import type { Locator, Page } from '@playwright/test';
import { expect } from './extension';

export const FORM_RUNTIME = /^https:\/\/(g\.alicdn\.com|lf-cdn\.jinritemai\.com)\/.*form-runtime\.js$/;
export const TAOBAO_PUBLISH = 'https://item.upload.taobao.com/sell/v2/publish.htm?catId=50008901';

type Serve = (url: string | RegExp, fixture: string, type?: string) => Promise<void>;

/** The title input the seller sees (the row also holds the 「使用品牌名」 checkbox and a hidden copy of the input). */
export const titleInput = (page: Page) => page.locator('#sell-field-title input:not([type="checkbox"]):visible, [attr-field-id="商品标题"] input:visible').first();

/** Serves `fixture` (under test/fixtures/editor) at `url`'s path and opens `url`. */
export async function openEditor(page: Page, serve: Serve, url: string, fixture: string): Promise<void> {
  await serve(FORM_RUNTIME, 'editor/form-runtime.js', 'text/javascript; charset=utf-8');
  await serve(new RegExp(`^${url.split('?')[0]!.replace(/[.?]/g, '\\$&')}`), `editor/${fixture}`);
  await page.goto(url);
}

/** The 淘宝 publish page once its form has rendered (late, then again with the category's fields), title focused. */
export async function openTaobaoPublish(page: Page, serve: Serve): Promise<Locator> {
  await openEditor(page, serve, TAOBAO_PUBLISH, 'taobao-publish.html');
  await expect(page.locator('#sell-root')).toHaveAttribute('data-renders', '2');
  const title = titleInput(page);
  await title.click();
  return title;
}
