// The popup's key numbers show the 付费流量占比 `shoplint alerts` prints for the same files.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Metrics } from './Metrics';
import { importFixtures } from '@/test/imported';
import { at } from '@/lib/shop/alerts/test-alert';

// The fake browser has no i18n messages; the key and its substitutions stand in for the label.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: unknown[]) => `${key}${subs ? ` ${subs.join(' ')}` : ''}` } }));

const metricsOf = async (names: string[]) => (await importFixtures(names, at('2026-11-20 10:00'))).metrics;

describe('popup key numbers', () => {
  it('show the paid share of the 流量来源 sheet (the CLI’s metrics.paidShare, 0.1846)', async () => {
    const html = renderToStaticMarkup(<Metrics metrics={await metricsOf(['shop/traffic-daily.csv', 'promo/sycm-traffic-sources.csv'])} />);
    expect(html).toMatch(/data-testid="paid-share"[^>]*>popup\.metrics\.paidShare 18\.5%</);
  });

  it('say nothing of it without the sheet', async () => {
    expect(renderToStaticMarkup(<Metrics metrics={await metricsOf(['shop/traffic-daily.csv'])} />)).not.toContain('paid-share');
  });
});
