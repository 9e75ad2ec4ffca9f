// What a product earns per order once its ads and its 达人 commission are paid, per China-time day —
// the arithmetic sellers do by hand (the 万相台/直通车 report's 投入产出比 = 总成交金额 ÷ 花费; the operating
// manual's 达人 ROI = GMV ÷ 合作费用):
//   ad cost per order   = 花费 ÷ 总成交笔数
//   commission per order = 佣金 ÷ the 达人 orders that carry it
//   profit per order    = 到手价 − 成本 − ad cost per order − commission per order
//   break-even ROI      = 1 ÷ 毛利率, 毛利率 = (到手价 − 成本) ÷ 到手价
// The per-order profit charges both costs to one order, as when a 千川/万相台 ad pushes a 达人's video:
// where a product has only one of them the other is 0. 到手价 is the product sheet's 售价 (per unit, like
// 成本). Money is integer 分 (lib/pricing/money.ts); only the ratios are floats.
import { divRoundHalfUp, fenToYuan, yuanToFen } from '../pricing/money';
import type { AdMetrics, ProductAdCosts } from '../schemas/shop';
import type { ShopSnapshot } from './snapshot';
import { chinaDay, fullDaysBefore } from './time';
import { dropUndefined } from './objects';

export interface OrderCosts {
  priceFen: number;
  costFen: number;
  spendFen?: number;
  adOrders?: number;
  commissionFen?: number;
  commissionOrders?: number;
}

export interface OrderProfit {
  adCostPerOrderFen: number;
  commissionPerOrderFen: number;
  profitPerOrderFen: number;
}

/** Ad cost per order in 分 (undefined when ads spent with no order to charge the spend to) and commission per order. */
function perOrderCosts({ spendFen = 0, adOrders = 0, commissionFen = 0, commissionOrders = 0 }: Omit<OrderCosts, 'priceFen' | 'costFen'>) {
  return {
    adCostPerOrderFen: spendFen > 0 ? (adOrders > 0 ? divRoundHalfUp(spendFen, adOrders) : undefined) : 0,
    commissionPerOrderFen: commissionOrders > 0 ? divRoundHalfUp(commissionFen, commissionOrders) : 0,
  };
}

/** Profit per order in 分; undefined when ads spent with no order to charge the spend to. */
export function profitPerOrder({ priceFen, costFen, ...costs }: OrderCosts): OrderProfit | undefined {
  const { adCostPerOrderFen, commissionPerOrderFen } = perOrderCosts(costs);
  if (adCostPerOrderFen === undefined) return undefined;
  return { adCostPerOrderFen, commissionPerOrderFen, profitPerOrderFen: priceFen - costFen - adCostPerOrderFen - commissionPerOrderFen };
}

/** 1 ÷ 毛利率 = 到手价 ÷ (到手价 − 成本); undefined when there is no margin to pay ads from. */
export function breakEvenRoi(priceFen: number, costFen: number): number | undefined {
  return priceFen > costFen ? priceFen / (priceFen - costFen) : undefined;
}

/** 成交金额 ÷ 花费; undefined without spend. */
export const roiOf = (gmvFen: number, spendFen: number): number | undefined => (spendFen > 0 ? gmvFen / spendFen : undefined);

/**
 * ROI under break-even, decided exactly: 成交金额 × (到手价 − 成本) < 花费 × 到手价 (in BigInt, as the
 * products of two amounts in 分 pass 2^53), so a ROI that equals the break-even to the 分 is not under it.
 * With no margin at all, any spend loses.
 */
export function belowBreakEven(gmvFen: number, spendFen: number, priceFen: number, costFen: number): boolean {
  if (spendFen <= 0) return false;
  if (priceFen <= costFen) return true;
  return BigInt(gmvFen) * BigInt(priceFen - costFen) < BigInt(spendFen) * BigInt(priceFen);
}

export interface ProductDay {
  day: string;
  productId: string;
  title?: string;
  spendFen: number;
  adGmvFen: number;
  adOrders: number;
  /** Commission of the day's 达人 orders (refunded ones pay none and are left out), their count and GMV. */
  commissionFen: number;
  commissionOrders: number;
  commissionGmvFen: number;
  /** From the product sheet, when it gives them. */
  priceFen?: number;
  costFen?: number;
  roi?: number;
  breakEvenRoi?: number;
  /** When 售价 and 成本 are known and some order carries the costs. */
  perOrder?: OrderProfit;
}

const emptyDay = (day: string, productId: string): ProductDay => ({ day, productId, spendFen: 0, adGmvFen: 0, adOrders: 0, commissionFen: 0, commissionOrders: 0, commissionGmvFen: 0 });

/** Every product and day with ad spend or 达人 orders in the snapshot, by product id, then day. */
export function productDays(snapshot: Pick<ShopSnapshot, 'adStats' | 'commissions' | 'products'>): ProductDay[] {
  const days = new Map<string, ProductDay>();
  const entry = (day: string, productId: string) => {
    const key = `${productId}|${day}`;
    return days.get(key) ?? days.set(key, emptyDay(day, productId)).get(key)!;
  };
  for (const s of snapshot.adStats) {
    const d = entry(s.day, s.productId);
    d.spendFen += yuanToFen(s.spend);
    d.adGmvFen += yuanToFen(s.gmv);
    d.adOrders += s.orders;
    if (s.title) d.title = s.title;
  }
  for (const c of snapshot.commissions) {
    if (c.refunded || !c.author) continue;
    const d = entry(c.day, c.productId);
    d.commissionFen += yuanToFen(c.commission);
    d.commissionOrders++;
    d.commissionGmvFen += yuanToFen(c.amount);
  }
  const products = new Map(snapshot.products.map((p) => [p.id, p]));
  const out = [...days.values()].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const d of out) {
    const product = products.get(d.productId);
    if (product?.title) d.title = product.title;
    const roi = roiOf(d.adGmvFen, d.spendFen);
    if (roi !== undefined) d.roi = roi;
    if (product?.price === undefined || product.cost === undefined) continue;
    d.priceFen = yuanToFen(product.price);
    d.costFen = yuanToFen(product.cost);
    const breakEven = breakEvenRoi(d.priceFen, d.costFen);
    if (breakEven !== undefined) d.breakEvenRoi = breakEven;
    if (d.adOrders + d.commissionOrders === 0) continue;
    const perOrder = profitPerOrder({ priceFen: d.priceFen, costFen: d.costFen, spendFen: d.spendFen, adOrders: d.adOrders, commissionFen: d.commissionFen, commissionOrders: d.commissionOrders });
    if (perOrder) d.perOrder = perOrder;
  }
  return out;
}

/** productDays grouped: product id → day → its numbers. */
export function productDaysById(snapshot: Pick<ShopSnapshot, 'adStats' | 'commissions' | 'products'>): Map<string, Map<string, ProductDay>> {
  const byId = new Map<string, Map<string, ProductDay>>();
  for (const d of productDays(snapshot)) (byId.get(d.productId) ?? byId.set(d.productId, new Map()).get(d.productId)!).set(d.day, d);
  return byId;
}

/**
 * What the paid orders of one product-day earned after their ads and commission, in 分:
 * (到手价 − 成本) × (ad orders + 达人 orders) − 花费 − 佣金; undefined without 售价 and 成本.
 */
export function profitAfterAdsFen(d: ProductDay): number | undefined {
  if (d.priceFen === undefined || d.costFen === undefined) return undefined;
  return (d.priceFen - d.costFen) * (d.adOrders + d.commissionOrders) - d.spendFen - d.commissionFen;
}

/**
 * The 推广 numbers of the last full China-time day before `now` that has ad spend or 达人 orders, per
 * product and for the shop, and the days up to it (for trend lines). Money in 元.
 */
export function adMetrics(snapshot: Pick<ShopSnapshot, 'now' | 'adStats' | 'commissions' | 'products'>): AdMetrics | undefined {
  const today = chinaDay(snapshot.now);
  const all = productDays(snapshot).filter((d) => d.day < today);
  if (!all.length) return undefined;
  const byDay = new Map<string, ProductDay[]>();
  for (const d of all) (byDay.get(d.day) ?? byDay.set(d.day, []).get(d.day)!).push(d);
  const series = [...byDay.keys()].sort().map((day) => shopDay(day, byDay.get(day)!));
  const last = series.at(-1)!;
  const products = byDay.get(last.day)!.map((d) =>
    dropUndefined({
      productId: d.productId,
      title: d.title,
      spend: fenToYuan(d.spendFen),
      gmv: fenToYuan(d.adGmvFen),
      orders: d.adOrders,
      roi: d.roi,
      breakEvenRoi: d.breakEvenRoi,
      commission: fenToYuan(d.commissionFen),
      commissionOrders: d.commissionOrders,
      adCostPerOrder: d.perOrder && fenToYuan(d.perOrder.adCostPerOrderFen),
      commissionPerOrder: d.perOrder && fenToYuan(d.perOrder.commissionPerOrderFen),
      profitPerOrder: d.perOrder && fenToYuan(d.perOrder.profitPerOrderFen),
    }),
  );
  return { ...last, products, series };
}

function shopDay(day: string, rows: ProductDay[]): AdMetrics['series'][number] {
  let spend = 0, gmv = 0, orders = 0, commission = 0, profit = 0, costed = 0;
  for (const d of rows) {
    spend += d.spendFen;
    gmv += d.adGmvFen;
    orders += d.adOrders;
    commission += d.commissionFen;
    const p = profitAfterAdsFen(d);
    if (p !== undefined) (profit += p), costed++;
  }
  return dropUndefined({ day, spend: fenToYuan(spend), gmv: fenToYuan(gmv), orders, roi: roiOf(gmv, spend), commission: fenToYuan(commission), profitAfterAds: costed ? fenToYuan(profit) : undefined });
}

/** The week the editor's 到手价 panel charges ads and commission over: long enough to smooth one good or bad day. */
export const AD_COST_DAYS = 7;

/**
 * One product's ad and 达人 costs over the `AD_COST_DAYS` full China-time days before `now` (today is
 * partial: its spend is in, its orders not yet), summed before dividing, so a day with spend and no
 * order still counts; undefined when the product has no spend and no 达人 order in that week.
 */
export function recentAdCosts(snapshot: Pick<ShopSnapshot, 'now' | 'adStats' | 'commissions'>, productId: string): ProductAdCosts | undefined {
  const week = new Set(fullDaysBefore(snapshot.now, AD_COST_DAYS).map((d) => d.day));
  const inWeek = <T extends { day: string; productId: string }>(rows: T[]) => rows.filter((r) => r.productId === productId && week.has(r.day));
  const days = productDays({ adStats: inWeek(snapshot.adStats), commissions: inWeek(snapshot.commissions), products: [] });
  if (!days.length) return undefined;
  const sum = (key: 'spendFen' | 'adGmvFen' | 'adOrders' | 'commissionFen' | 'commissionOrders') => days.reduce((n, d) => n + d[key], 0);
  const total = { spendFen: sum('spendFen'), adGmvFen: sum('adGmvFen'), adOrders: sum('adOrders'), commissionFen: sum('commissionFen'), commissionOrders: sum('commissionOrders') };
  const { adCostPerOrderFen, commissionPerOrderFen } = perOrderCosts(total);
  return dropUndefined({ days: days.map((d) => d.day), ...total, adCostPerOrderFen, commissionPerOrderFen, roi: roiOf(total.adGmvFen, total.spendFen) });
}
