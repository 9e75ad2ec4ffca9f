// The popup's first script (public/popup-summary.js, plain JS so it runs before the modules load) reads
// the summary the background stores through alertSummaryItem: both must name the same key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summarizeAlerts } from '@/lib/shop/alert-summary';
import { computeMetrics } from '@/lib/shop/metrics';
import { alertSummaryItem } from './alert-summary';

const script = readFileSync(join(import.meta.dirname, '../public/popup-summary.js'), 'utf8');

/** Runs the popup's first script as the page does (a classic script on the global object). */
function readAsThePopup(): Promise<unknown> {
  const page = globalThis as { browser?: unknown; shoplintSummary?: Promise<unknown> };
  page.browser = fakeBrowser;
  try {
    new Function(script)();
    return page.shoplintSummary!;
  } finally {
    delete page.browser;
    delete page.shoplintSummary;
  }
}

describe("the popup's early summary read", () => {
  beforeEach(() => fakeBrowser.reset());

  it('gets what the background stored through alertSummaryItem', async () => {
    const metrics = computeMetrics({ now: 0, orders: [], lines: [], days: [], products: [], daily: [], productStats: [], adStats: [], commissions: [], trafficSources: [], changedListings: [], auditedListings: 0, settings: { qianniuPlatform: 'taobao', dailyGmvTarget: 0 } });
    const summary = summarizeAlerts([], { ...metrics, orders: 3 }, 1_700_000_000_000);
    await alertSummaryItem.setValue(summary);
    expect(await readAsThePopup()).toEqual(summary);
  });

  it('gets null when there is none (a shop without data)', async () => {
    expect(await readAsThePopup()).toBeNull();
  });
});
