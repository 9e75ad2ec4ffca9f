// The end-to-end harness: Chromium with the built extension, fixture pages served at the real seller
// URLs through request routing (no network), and every request recorded.
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from '../launch';
import { FIXTURES } from '../fixtures/site';

export { EXTENSION_PATH, extensionIdOf, launchWithExtension } from '../launch';
export { FIXTURES };

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

// expect: Playwright's, with its matchers also reading our closed shadow roots (./shadow-ui.ts).
export { expect, ui, type UiLocator } from './shadow-ui';

/**
 * Orders in the shop database, read with IndexedDB itself from an extension page (0 before any import
 * has created it): the orders of every day row (lib/db/order-days.ts).
 */
export function storedOrders(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'shoplint-shop')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('shoplint-shop');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('orderDays')) return resolve(0);
        const rows = db.transaction('orderDays').objectStore('orderDays').getAll();
        rows.onsuccess = () => {
          db.close();
          resolve((rows.result as { orders: unknown[] }[]).reduce((n, row) => n + row.orders.length, 0));
        };
        rows.onerror = () => reject(rows.error);
      };
    });
  });
}
