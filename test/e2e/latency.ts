// Keystroke → overlay latency, measured in the page: the time from each input event to the first
// change of the overlay's shadow DOM, over four rounds of typing a full title and deleting it.
import type { Locator, Page } from '@playwright/test';
import { ui } from './shadow-ui';

export async function keystrokeLatency(page: Page, title: Locator): Promise<number[]> {
  // The overlay's closed root reaches the page's world only through the DevTools protocol (./shadow-ui.ts).
  await ui(page, 'shoplint-overlay').evaluate((root) => {
    const w = window as unknown as { lat: number[]; t0: number };
    w.lat = [];
    w.t0 = 0;
    addEventListener('input', () => (w.t0 = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (w.t0) w.lat.push(performance.now() - w.t0);
      w.t0 = 0;
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const text = '冰丝防晒衣女夏季薄款UPF50+防紫外线连帽外套户外骑行通勤最好';
  for (let round = 0; round < 4; round++) {
    await title.pressSequentially(text);
    for (let i = 0; i < text.length; i++) await title.press('Backspace');
  }
  return (await page.evaluate(() => (window as unknown as { lat: number[] }).lat)).sort((a, b) => a - b);
}

export const percentile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
