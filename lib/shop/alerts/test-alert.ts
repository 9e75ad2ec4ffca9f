// Table tests for alert rules, like lib/engine/test-rule.ts: each case is a small shop at a fixed
// `now`; `alerts` lists exactly what the rule must report (compared on the fields given), [] for none.
import { describe, expect, it } from 'vitest';
import { Order, type OrderLine, type Product, type DailyStat, type Alert } from '../../schemas/shop';
import { isOpen, type ShopSnapshot } from '../snapshot';
import { buildDays } from '../summaries';
import type { AlertRule } from './define-alert';
import { runAlertRule } from './run';

/** The fixed time every case is judged at unless it says otherwise: Friday 2026-11-20 10:00 China time. */
export const NOW = Date.parse('2026-11-20T10:00:00+08:00');
export const at = (chinaTime: string) => Date.parse(`${chinaTime.replace(' ', 'T')}+08:00`);
export const hoursAgo = (h: number) => NOW - h * 3_600_000;

export function order(fields: Partial<Order> & { id: string }): Order {
  return Order.parse({ platform: 'taobao', status: 'paid', createdAt: hoursAgo(3), paidAt: hoursAgo(3), amount: 100, seenAt: hoursAgo(3), ...fields });
}

/** Lines of `productId` selling `units[i]` units on each of the days before `now` (units[0] = 7 days ago). */
export function sales(productId: string, units: number[], now = NOW): OrderLine[] {
  const today = Date.parse(new Date(now + 8 * 3_600_000).toISOString().slice(0, 10) + 'T00:00:00+08:00');
  return units.flatMap((qty, i) =>
    qty > 0 ? [{ orderId: `${productId}-${i}`, lineId: '1', productId, title: '', qty, amount: qty * 100, paidAt: today - (units.length - i) * 86_400_000 + 12 * 3_600_000, status: 'completed' as const }] : [],
  );
}

export const product = (fields: Partial<Product> & { id: string }): Product => ({ title: `商品${fields.id}`, stock: 100, price: 100, ...fields });

export function day(dayText: string, uv: number, buyers: number, gmv = buyers * 100, cartUsers?: number): DailyStat {
  return { day: dayText, uv, buyers, gmv, ...(cartUsers !== undefined && { cartUsers }) };
}

export interface AlertCase {
  name: string;
  shop: Partial<Omit<ShopSnapshot, 'now' | 'settings'>> & { now?: number; settings?: Partial<ShopSnapshot['settings']> };
  options?: Record<string, unknown>;
  alerts: Partial<Alert>[];
}

/** A case's orders and lines as the database gives them to the rules: the open orders in full, every order in its day's summary. */
export function snapshotOf(shop: AlertCase['shop']): ShopSnapshot {
  const orders = shop.orders ?? [];
  const lines = shop.lines ?? [];
  return {
    now: shop.now ?? NOW,
    orders: orders.filter(isOpen),
    lines,
    days: shop.days ?? buildDays(orders, lines),
    products: shop.products ?? [],
    daily: shop.daily ?? [],
    productStats: shop.productStats ?? [],
    adStats: shop.adStats ?? [],
    commissions: shop.commissions ?? [],
    trafficSources: shop.trafficSources ?? [],
    changedListings: shop.changedListings ?? [],
    auditedListings: shop.auditedListings ?? shop.changedListings?.length ?? 0,
    settings: { qianniuPlatform: 'taobao', ...shop.settings },
  };
}

export function testAlert(rule: AlertRule, cases: AlertCase[]): void {
  describe(rule.meta.id, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
      const out: Alert[] = [];
      runAlertRule(rule, snapshotOf(c.shop), rule.meta.options.parse(c.options ?? {}), new Map(), out);
      expect(out).toHaveLength(c.alerts.length);
      c.alerts.forEach((want, i) => expect(out[i]).toMatchObject(want));
      for (const a of out) {
        expect(a.type).toBe(rule.meta.id);
        expect(a.message).not.toMatch(/\{\w+\}/);
        expect(a.messageEn).not.toMatch(/\{\w+\}/);
      }
    });
  });
}
