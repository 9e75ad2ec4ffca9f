// The popup's 推广 section shows the numbers `shoplint alerts` prints for the same files.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Ads } from './Ads';
import { readImport } from '@/lib/shop/import/index';
import { fileHash, writeImports } from '@/lib/db/write';
import { memoryShopDb } from '@/lib/db/memory';
import { refreshAlerts } from '@/lib/db/alerts';
import { at } from '@/lib/shop/alerts/test-alert';

// The fake browser has no i18n messages; the keys stand in for the labels.
vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const FILES = ['shop/products.csv', 'promo/wanxiangtai-products.csv', 'promo/doudian-alliance.csv'];

describe('popup 推广 section', () => {
  it('renders the CLI’s spend, ROI, commission, profit after ads and profit per order', async () => {
    const db = memoryShopDb();
    const files = await Promise.all(
      FILES.map(async (name) => {
        const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
        return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
      }),
    );
    const now = at('2026-11-20 10:00');
    await writeImports(db, files, now);
    const { metrics } = await refreshAlerts(db, now);
    db.close();
    const html = renderToStaticMarkup(<Ads ads={metrics.ads!} />);
    const card = (key: string) => new RegExp(`data-ad-metric="${key}".*?<strong[^>]*>([^<]+)</strong>`).exec(html)?.[1];
    // The same figures as cli/commands/alerts.test.ts checks in the JSON.
    expect([card('spend'), card('roi'), card('commission'), card('profitAfterAds')]).toEqual(['1298.40', '3.52', '172.80', '1347.54']);
    const row = /data-product-id="785662595816".*?<\/tr>/.exec(html)![0];
    expect(row).toContain('1.25 / 2.11');
    expect(row).toMatch(/data-testid="profit-per-order"[^>]*>-41.95</);
  });
});
