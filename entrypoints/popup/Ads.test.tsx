// The popup's 推广 section shows the numbers `shoplint alerts` prints for the same files.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Ads } from './Ads';
import { importFixtures } from '@/test/imported';
import { at } from '@/lib/shop/alerts/test-alert';

// The fake browser has no i18n messages; the keys stand in for the labels.
vi.mock('#i18n', () => ({ i18n: { t: (key: string) => key } }));

const FILES = ['shop/products.csv', 'promo/wanxiangtai-products.csv', 'promo/doudian-alliance.csv'];

describe('popup 推广 section', () => {
  it('renders the CLI’s spend, ROI, commission, profit after ads and profit per order', async () => {
    const { metrics } = await importFixtures(FILES, at('2026-11-20 10:00'));
    const html = renderToStaticMarkup(<Ads ads={metrics.ads!} />);
    const card = (key: string) => new RegExp(`data-ad-metric="${key}".*?<strong[^>]*>([^<]+)</strong>`).exec(html)?.[1];
    // The same figures as cli/commands/alerts.test.ts checks in the JSON.
    expect([card('spend'), card('roi'), card('commission'), card('profitAfterAds')]).toEqual(['1298.40', '3.52', '172.80', '1347.54']);
    const row = /data-product-id="785662595816".*?<\/tr>/.exec(html)![0];
    expect(row).toContain('1.25 / 2.11');
    expect(row).toMatch(/data-testid="profit-per-order"[^>]*>-41.95</);
  });
});
