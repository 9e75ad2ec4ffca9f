// Sales per product over the last 7 full China-time days before `now` (CONTRACTS.md §1): units in
// paid, not closed orders. A line finds its product by id, then by 商家编码, then by exact title —
// the legacy 订单报表 names products only by title.
import type { OrderLine, Product } from '../schemas/shop';
import type { ShopSnapshot } from './snapshot';
import { chinaDayStart, DAY, fullDaysBefore } from './time';

export interface ProductSales {
  product: Product;
  /** Units on each of the last 7 full days, oldest first. */
  units7: number[];
  /** Units per day over those 7 days. */
  daily: number;
  /** Units over the last 30 full days. */
  units30: number;
}

export function productResolver(products: readonly Product[]): (line: OrderLine) => Product | undefined {
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

export const isSale = (line: Pick<OrderLine, 'paidAt' | 'status'>) => line.paidAt !== undefined && line.status !== 'closed' && line.status !== 'unpaid';

const cache = new WeakMap<ShopSnapshot, Map<string, ProductSales>>();

/** Sales per product id; computed once per snapshot (the stock alerts and the metrics share it). */
export function productSales(snapshot: ShopSnapshot): Map<string, ProductSales> {
  let sales = cache.get(snapshot);
  if (!sales) cache.set(snapshot, (sales = computeSales(snapshot)));
  return sales;
}

function computeSales(snapshot: ShopSnapshot): Map<string, ProductSales> {
  const days = fullDaysBefore(snapshot.now, 7);
  const start7 = days[0]!.start;
  const today = chinaDayStart(snapshot.now);
  const start30 = today - 30 * DAY;
  const sales = new Map<string, ProductSales>();
  for (const product of snapshot.products) sales.set(product.id, { product, units7: [0, 0, 0, 0, 0, 0, 0], daily: 0, units30: 0 });
  const resolve = productResolver(snapshot.products);
  for (const line of snapshot.lines) {
    if (!isSale(line) || line.paidAt! >= today || line.paidAt! < start30) continue;
    const product = resolve(line);
    if (!product) continue;
    const s = sales.get(product.id)!;
    s.units30 += line.qty;
    if (line.paidAt! >= start7) s.units7[Math.floor((line.paidAt! - start7) / DAY)]! += line.qty;
  }
  for (const s of sales.values()) s.daily = s.units7.reduce((a, b) => a + b, 0) / 7;
  return sales;
}
