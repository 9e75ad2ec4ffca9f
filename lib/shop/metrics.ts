// The popup's key numbers (运营手册): UV价值 = GMV/UV, 加购率 = 加购人数/UV, 支付转化率 = 支付买家数/UV,
// 客单价 = GMV/支付买家数, GMV = UV × 转化率 × 客单价; RFM over 30 days (重要价值: ≥ 2 orders and ≥ 200 元;
// 潜力: 1 order of ≥ 100 元); 复购率 over 90 days.
import type { MetricDay, Metrics, Order } from '../schemas/shop';
import type { ShopSnapshot } from './snapshot';
import { productSales } from './sales';
import { DAY, fullDaysBefore } from './time';
import { round2 } from './numbers';
import { adMetrics } from './profit';
import { paidTraffic } from './paid-traffic';
import { dropUndefined } from './objects';

const paid = (o: Order) => o.paidAt !== undefined && o.status !== 'unpaid' && !(o.status === 'closed' && !o.refundAmount && o.afterSale !== 'refunded');

export function refundRate(snapshot: ShopSnapshot, days = 30): { orders: number; refunded: number; rate: number } {
  const since = snapshot.now - days * DAY;
  let orders = 0, refunded = 0;
  for (const o of snapshot.orders) {
    if (!paid(o) || o.paidAt! < since) continue;
    orders++;
    // A request the buyer is completing (等待买家退货) is a refund asked for; an exchange is not.
    if (o.afterSale === 'refunded' || o.afterSale === 'refund-pending' || o.afterSale === 'buyer-turn' || o.afterSale === 'dispute' || (o.refundAmount ?? 0) > 0) refunded++;
  }
  return { orders, refunded, rate: orders ? refunded / orders : 0 };
}

/** Paid orders and money per buyer over the last `days` days. */
function buyerTotals(snapshot: ShopSnapshot, days: number): Map<string, { orders: number; total: number }> {
  const since = snapshot.now - days * DAY;
  const byBuyer = new Map<string, { orders: number; total: number }>();
  for (const o of snapshot.orders) {
    if (!o.buyer || !paid(o) || o.paidAt! < since || o.paidAt! >= snapshot.now) continue;
    const entry = byBuyer.get(o.buyer);
    if (entry) {
      entry.orders++;
      entry.total += o.amount;
    } else byBuyer.set(o.buyer, { orders: 1, total: o.amount });
  }
  return byBuyer;
}

export function repurchase(snapshot: ShopSnapshot, days = 90): { buyers: number; repeat: number; rate: number } {
  const byBuyer = buyerTotals(snapshot, days);
  let repeat = 0;
  for (const b of byBuyer.values()) if (b.orders >= 2) repeat++;
  return { buyers: byBuyer.size, repeat, rate: byBuyer.size ? repeat / byBuyer.size : 0 };
}

export function rfm(snapshot: ShopSnapshot, days = 30): Metrics['rfm'] {
  let important = 0, potential = 0;
  const byBuyer = buyerTotals(snapshot, days);
  for (const b of byBuyer.values()) {
    if (b.orders >= 2 && b.total >= 200) important++;
    else if (b.orders === 1 && b.total >= 100) potential++;
  }
  return { important, potential, buyers: byBuyer.size };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : undefined);

export function computeMetrics(snapshot: ShopSnapshot): Metrics {
  const stats = new Map(snapshot.daily.map((d) => [d.day, d]));
  // Days without a traffic sheet still have orders: GMV and buyers from them, rates unknown.
  const days = fullDaysBefore(snapshot.now, 30);
  const first = days[0]!.start;
  const fromOrders = days.map(() => ({ gmv: 0, buyers: new Set<string>() }));
  for (const o of snapshot.orders) {
    if (!paid(o) || o.paidAt! < first) continue;
    const entry = fromOrders[Math.floor((o.paidAt! - first) / DAY)];
    if (!entry) continue;
    entry.gmv += o.amount;
    entry.buyers.add(o.buyer ?? o.id);
  }
  const series: MetricDay[] = [];
  for (const [i, { day }] of days.entries()) {
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
    } else if (fromOrders[i]!.buyers.size) {
      const o = fromOrders[i]!;
      series.push(dropUndefined({ day, uv: 0, gmv: round2(o.gmv), buyers: o.buyers.size, aov: ratio(o.gmv, o.buyers.size) }));
    }
  }
  const last = series.at(-1);
  const metrics: Metrics = {
    series,
    rfm: rfm(snapshot),
    orders: snapshot.orders.length,
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
