// npm start: the whole product on bundled demo pages, no shop or network needed. Opens Chromium (or
// Chrome/Edge) with the built extension, serves the fixture pages at the real seller URLs, blocks and
// logs any other request, and imports the demo shop into the popup. With no display (or with
// --screenshots) it runs headless and writes a screenshot of each page to docs/screenshots/demo-*.png.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension } from '../test/launch';
import { DEMO_PAGES, FIXTURES, routeFixtures } from '../test/fixtures/site';

const screenshotsOnly = process.argv.includes('--screenshots');
const hasDisplay = process.platform === 'win32' || process.platform === 'darwin' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = screenshotsOnly || !hasDisplay;
const shots = join(import.meta.dirname, '../docs/screenshots');

if (!hasDisplay && !screenshotsOnly) console.log('没有图形界面（no display）：以无头模式运行，截图写入 docs/screenshots/demo-*.png');

const { context, close } = await launchWithExtension({ headless, viewport: headless ? { width: 1280, height: 860 } : null });
const blocked: string[] = [];
await routeFixtures(context, (url) => {
  blocked.push(url);
  console.warn(`已拦截 blocked (no network in the demo): ${url}`);
});
const extensionId = await extensionIdOf(context);

async function settle(page: Page, selector: string) {
  await page.locator(selector).first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => console.warn(`${page.url()}: ${selector} did not appear`));
  await page.waitForTimeout(1200);
}

// Capturing order rows waits for the seller's consent: the demo ticks the box in the popup's settings, as a seller would.
const consent = await context.newPage();
await consent.goto(`chrome-extension://${extensionId}/popup.html`);
await consent.getByTestId('capture-consent').check();
await consent.close();

for (const demo of DEMO_PAGES) {
  const page = await context.newPage();
  await page.goto(demo.url);
  await settle(page, demo.ui);
  if (demo.type) {
    // Type as a seller would, so the overlay has something to say.
    const field = page.locator(demo.type.selector).first();
    await field.click();
    await field.pressSequentially(demo.type.text, { delay: 15 });
    await page.waitForTimeout(300);
  }
  if (headless) await page.screenshot({ path: join(shots, `demo-${demo.name}.png`) });
  console.log(`${demo.title}: ${demo.url}`);
}

// The popup with the demo shop imported through its own file input, as a seller would.
const popup = await context.newPage();
await popup.setViewportSize({ width: 420, height: 760 });
await popup.goto(`chrome-extension://${extensionId}/popup.html`);
const input = popup.locator('[data-testid="import"] input[type="file"]');
const shopDir = join(FIXTURES, 'shop');
// The import box loads after the alerts (a lazy chunk): wait for it before choosing files.
await input.waitFor({ state: 'attached', timeout: 15_000 }).catch(() => console.warn('the popup has no import box'));
if (await input.count()) {
  const files = readdirSync(shopDir).filter((f) => /\.(csv|xlsx|xls)$/.test(f)).map((f) => join(shopDir, f));
  await input.setInputFiles(files);
  // Wait for the import to finish (its result, or its error), then for the alerts it raises.
  await popup.locator('[data-testid="import-result"], [data-testid="import-error"]').first().waitFor({ timeout: 120_000 }).catch(() => console.warn('the import did not finish'));
  await settle(popup, '[data-alert-type]');
}
if (headless) await popup.screenshot({ path: join(shots, 'demo-popup.png'), fullPage: true });
console.log(`店检 popup: chrome-extension://${extensionId}/popup.html`);

if (blocked.length) console.warn(`${blocked.length} request(s) blocked`);
if (headless) {
  await close();
  console.log(`截图 screenshots: ${shots}/demo-*.png`);
} else {
  console.log('关闭浏览器即退出 Close the browser to quit.');
  await new Promise<void>((done) => context.on('close', () => done()));
}
