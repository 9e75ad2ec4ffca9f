// Sales per product over the last 7 full China-time days before `now` (CONTRACTS.md §1): units in
// paid, not closed orders, read from the day summaries. A line finds its product by id, then by
// 商家编码, then by exact title — the legacy 订单报表 names products only by title.
import type { OrderLine, Product } from '../schemas/shop';
import type { ShopSnapshot } from './snapshot';
import { daysBetween, keyParts } from './summaries';
import { chinaDay, chinaDayStart, DAY, fullDaysBefore } from './time';

export interface ProductSales {
  product: Product;
  /** Units on each of the last 7 full days, oldest first. */
  units7: number[];
  /** Units per day over those 7 days. */
  daily: number;
  /** Units over the last 30 full days. */
  units30: number;
}

export function productResolver(products: readonly Product[]): (line: Pick<OrderLine, 'productId' | 'sku' | 'title'>) => Product | undefined {
  const byId = new Map<string, Product>();
  const bySku = new Map<string, Product>();
  const byTitle = new Map<string, Product>();
  for (const p of products) {
    byId.set(p.id, p);
    if (p.sku) bySku.set(p.sku, p);
    if (p.title) byTitle.set(p.title.trim(), p);
  }
  return (line) => (line.productId && byId.get(line.productId)) || (line.sku && bySku.get(line.sku)) || byTitle.get(line.title.trim());
}

const cache = new WeakMap<ShopSnapshot, Map<string, ProductSales>>();

/** Sales per product id; computed once per snapshot (the stock alerts and the metrics share it). */
export function productSales(snapshot: ShopSnapshot): Map<string, ProductSales> {
  let sales = cache.get(snapshot);
  if (!sales) cache.set(snapshot, (sales = computeSales(snapshot)));
  return sales;
}

function computeSales(snapshot: ShopSnapshot): Map<string, ProductSales> {
  const week = fullDaysBefore(snapshot.now, 7).map((d) => d.day);
  const today = chinaDayStart(snapshot.now);
  const sales = new Map<string, ProductSales>();
  for (const product of snapshot.products) sales.set(product.id, { product, units7: [0, 0, 0, 0, 0, 0, 0], daily: 0, units30: 0 });
  const resolve = productResolver(snapshot.products);
  // A shop has a few thousand product keys and 30 days of them: each key is resolved once.
  const resolved = new Map<string, ProductSales | undefined>();
  for (const day of daysBetween(snapshot.days, chinaDay(today - 30 * DAY), chinaDay(today))) {
    const inWeek = week.indexOf(day.day);
    day.products.forEach((key, i) => {
      let s = resolved.get(key);
      if (s === undefined && !resolved.has(key)) {
        const product = resolve(keyParts(key));
        resolved.set(key, (s = product && sales.get(product.id)));
      }
      if (!s) return;
      s.units30 += day.units[i]!;
      if (inWeek >= 0) s.units7[inWeek]! += day.units[i]!;
    });
  }
  for (const s of sales.values()) s.daily = s.units7.reduce((a, b) => a + b, 0) / 7;
  return sales;
}
