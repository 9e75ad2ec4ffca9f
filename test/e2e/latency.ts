// Keystroke → overlay latency, measured in the page: the time from each input event to the first
// change of the overlay's shadow DOM, over four rounds of typing a full title and deleting it.
import type { Locator, Page } from '@playwright/test';

export async function keystrokeLatency(page: Page, title: Locator): Promise<number[]> {
  await page.evaluate(() => {
    const root = document.querySelector('shoplint-overlay')!.shadowRoot!;
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
