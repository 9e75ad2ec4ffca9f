// The popup's key numbers (运营手册): UV价值 = GMV/UV, 加购率 = 加购人数/UV, 支付转化率 = 支付买家数/UV,
// 客单价 = GMV/支付买家数, GMV = UV × 转化率 × 客单价; RFM over 30 days (重要价值: ≥ 2 orders and ≥ 200 元;
// 潜力: 1 order of ≥ 100 元); 复购率 over 90 days.
import type { MetricDay, Metrics, Order } from '../schemas/shop';
import { ORDER_WINDOW_DAYS, type ShopSnapshot } from './snapshot';
import { productSales } from './sales';
import { daysBetween, isPaidOrder } from './summaries';
import { chinaDay, chinaDayStart, DAY, fullDaysBefore } from './time';
import { round2 } from './numbers';
import { adMetrics } from './profit';
import { paidTraffic } from './paid-traffic';
import { dropUndefined } from './objects';
import { fenToYuan } from '../pricing/money';

// The windows are whole China days before today (`fullDaysBefore`), as for sales per product: they
// equal the old rolling ones (`now − days … now`) when `now` is midnight, and stay the same through the
// day, so the 15-minute alarm has nothing to recount (lib/db/alerts.ts). Today's orders count from
// tomorrow: a refund comes days after its payment, and a day half over would dilute the rate.
const fullDays = (snapshot: Pick<ShopSnapshot, 'now' | 'days'>, days: number) => {
  const today = chinaDayStart(snapshot.now);
  return daysBetween(snapshot.days, chinaDay(today - days * DAY), chinaDay(today));
};

export function refundRate(snapshot: Pick<ShopSnapshot, 'now' | 'days'>, days = 30): { orders: number; refunded: number; rate: number } {
  let orders = 0, refunded = 0;
  for (const d of fullDays(snapshot, days)) (orders += d.orders), (refunded += d.refunded);
  return { orders, refunded, rate: orders ? refunded / orders : 0 };
}

/** Paid orders and money (分) per buyer over the last `days` full days. */
function buyerTotals(snapshot: Pick<ShopSnapshot, 'now' | 'days'>, days: number): Map<string, { orders: number; fen: number }> {
  const byBuyer = new Map<string, { orders: number; fen: number }>();
  for (const d of fullDays(snapshot, days))
    d.buyers.forEach((buyer, i) => {
      const entry = byBuyer.get(buyer);
      if (entry) (entry.orders += d.buyerOrders[i]!), (entry.fen += d.buyerFen[i]!);
      else byBuyer.set(buyer, { orders: d.buyerOrders[i]!, fen: d.buyerFen[i]! });
    });
  return byBuyer;
}

export function repurchase(snapshot: Pick<ShopSnapshot, 'now' | 'days'>, days = ORDER_WINDOW_DAYS): { buyers: number; repeat: number; rate: number } {
  const byBuyer = buyerTotals(snapshot, days);
  let repeat = 0;
  for (const b of byBuyer.values()) if (b.orders >= 2) repeat++;
  return { buyers: byBuyer.size, repeat, rate: byBuyer.size ? repeat / byBuyer.size : 0 };
}

export function rfm(snapshot: Pick<ShopSnapshot, 'now' | 'days'>, days = 30): Metrics['rfm'] {
  let important = 0, potential = 0;
  const byBuyer = buyerTotals(snapshot, days);
  for (const b of byBuyer.values()) {
    if (b.orders >= 2 && b.fen >= 20_000) important++;
    else if (b.orders === 1 && b.fen >= 10_000) potential++;
  }
  return { important, potential, buyers: byBuyer.size };
}

/** The days `orderCount` counts paid orders in: the `ORDER_WINDOW_DAYS` full days before today, and today. */
export function orderDays(now: number): { from: string; today: string } {
  const today = chinaDayStart(now);
  return { from: chinaDay(today - ORDER_WINDOW_DAYS * DAY), today: chinaDay(today) };
}

/**
 * Orders the alerts know of (the popup's "no data yet" test): `paid`, the paid orders of `orderDays`,
 * and the open ones not among them (unpaid, or paid before those days).
 */
export function orderCount(paid: number, now: number, open: readonly Order[]): number {
  const { from, today } = orderDays(now);
  return paid + open.filter((o) => !isPaidOrder(o) || chinaDay(o.paidAt!) < from || chinaDay(o.paidAt!) > today).length;
}

/** Paid orders of `orderDays`. */
export function paidOrders(snapshot: Pick<ShopSnapshot, 'now' | 'days'>): number {
  const { from, today } = orderDays(snapshot.now);
  return snapshot.days.reduce((n, d) => (d.day >= from && d.day <= today ? n + d.orders : n), 0);
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : undefined);

export function computeMetrics(snapshot: ShopSnapshot): Metrics {
  const stats = new Map(snapshot.daily.map((d) => [d.day, d]));
  // Days without a traffic sheet still have orders: GMV and buyers from them, rates unknown.
  const days = fullDaysBefore(snapshot.now, 30);
  const summaries = new Map(snapshot.days.map((d) => [d.day, d]));
  const series: MetricDay[] = [];
  for (const { day } of days) {
    const s = stats.get(day);
    if (s) {
      series.push(
        dropUndefined({
          day,
          uv: s.uv,
          gmv: round2(s.gmv),
          buyers: s.buyers,
          conversion: ratio(s.buyers, s.uv),
          aov: ratio(s.gmv, s.buyers),
          uvValue: ratio(s.gmv, s.uv),
          cartRate: s.cartUsers !== undefined ? ratio(s.cartUsers, s.uv) : undefined,
        }),
      );
    } else if (summaries.get(day)?.orders) {
      const d = summaries.get(day)!;
      const gmv = fenToYuan(d.gmvFen);
      const buyers = d.buyers.length + d.anonymous;
      series.push(dropUndefined({ day, uv: 0, gmv, buyers, aov: ratio(gmv, buyers) }));
    }
  }
  const last = series.at(-1);
  const metrics: Metrics = {
    series,
    rfm: rfm(snapshot),
    orders: orderCount(paidOrders(snapshot), snapshot.now, snapshot.orders),
    products: snapshot.products.length,
  };
  if (last) metrics.day = last.day;
  const target = snapshot.settings.dailyGmvTarget;
  if (target) {
    metrics.target = dropUndefined({
      gmv: target,
      progress: last ? last.gmv / target : undefined,
      uvNeeded: last?.conversion && last.aov ? Math.ceil(target / (last.conversion * last.aov)) : undefined,
      conversionNeeded: last?.uv && last.aov ? target / (last.uv * last.aov) : undefined,
    });
  }
  const r = repurchase(snapshot);
  if (r.buyers) metrics.repurchaseRate = r.rate;
  const refunds = refundRate(snapshot);
  if (refunds.orders) metrics.refundRate = refunds.rate;
  const sales = [...productSales(snapshot).values()].filter((s) => s.product.stock > 0 || s.units30 > 0);
  if (sales.length) metrics.sellThrough = sales.filter((s) => s.units30 > 0).length / sales.length;
  const ads = adMetrics(snapshot);
  if (ads) metrics.ads = ads;
  // The same 7 days as paid-traffic-share-high.
  const traffic = paidTraffic(snapshot.trafficSources, snapshot.now, 7);
  if (traffic?.total) metrics.paidShare = traffic.paid / traffic.total;
  return metrics;
}
