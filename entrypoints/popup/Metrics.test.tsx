// The popup's key numbers show the 付费流量占比 `shoplint alerts` prints for the same files.
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Metrics } from './Metrics';
import { readImport } from '@/lib/shop/import/index';
import { fileHash, writeImports } from '@/lib/db/write';
import { memoryShopDb } from '@/lib/db/memory';
import { refreshAlerts } from '@/lib/db/alerts';
import { at } from '@/lib/shop/alerts/test-alert';

// The fake browser has no i18n messages; the key and its substitutions stand in for the label.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: unknown[]) => `${key}${subs ? ` ${subs.join(' ')}` : ''}` } }));

async function metricsOf(names: string[]) {
  const db = memoryShopDb();
  const files = await Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
      return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
    }),
  );
  const now = at('2026-11-20 10:00');
  await writeImports(db, files, now);
  const { metrics } = await refreshAlerts(db, now);
  db.close();
  return metrics;
}

describe('popup key numbers', () => {
  it('show the paid share of the 流量来源 sheet (the CLI’s metrics.paidShare, 0.1846)', async () => {
    const html = renderToStaticMarkup(<Metrics metrics={await metricsOf(['shop/traffic-daily.csv', 'promo/sycm-traffic-sources.csv'])} />);
    expect(html).toMatch(/data-testid="paid-share"[^>]*>popup\.metrics\.paidShare 18\.5%</);
  });

  it('say nothing of it without the sheet', async () => {
    expect(renderToStaticMarkup(<Metrics metrics={await metricsOf(['shop/traffic-daily.csv'])} />)).not.toContain('paid-share');
  });
});
