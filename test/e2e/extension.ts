// The end-to-end harness: Chromium with the built extension, fixture pages served at the real seller
// URLs through request routing (no network), and every request recorded.
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const CHROMIUM = process.env.SHOPLINT_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  /** Serves `fixture` (a path under test/fixtures) whenever the browser asks for `url`. */
  serve(url: string | RegExp, fixture: string, contentType?: string): Promise<void>;
  /** Every request the browser made that no fixture answered (blocked: there is no network). */
  unserved: string[];
  openPopup(): Promise<Page>;
}

/** Chromium on Linux takes its UI language (and so browser.i18n's) from LANGUAGE, not --lang. */
export async function launchWithExtension(language: 'zh_CN' | 'en' = 'zh_CN'): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'shoplint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: language === 'zh_CN' ? 'zh-CN' : 'en-US',
    env: { ...process.env, LANGUAGE: language, LANG: language === 'zh_CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${language === 'zh_CN' ? 'zh-CN' : 'en-US'}`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return new URL(worker.url()).host;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = await launchWithExtension();
    await use(context);
    await close();
  },
  unserved: async ({ context }, use) => {
    const unserved: string[] = [];
    // Routes added later (serve) take precedence; anything else is blocked and recorded.
    await context.route(/^(https?|wss?):/, (route) => {
      unserved.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await use(unserved);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  serve: async ({ context, unserved }, use) => {
    void unserved; // the blocking route must exist before any fixture route
    await use(async (url, fixture, contentType = 'text/html; charset=utf-8') => {
      const body = readFileSync(join(FIXTURES, fixture));
      await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
