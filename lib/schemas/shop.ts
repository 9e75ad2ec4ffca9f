// Shop data as it is stored and crosses boundaries (import → IndexedDB → alerts → popup/CLI).
// Times are epoch milliseconds; the exports' wall-clock times are China time (lib/shop/time.ts).
// Order numbers and product ids are strings: they exceed 2^53.
import { z } from 'zod';
import { Platform, Severity } from './common';

export const OrderStatus = z.enum(['unpaid', 'paid', 'shipped', 'completed', 'closed']);
export type OrderStatus = z.infer<typeof OrderStatus>;

/**
 * After-sale state as far as the seller has to act on it: `refund-pending` the seller's turn,
 * `buyer-turn` waiting on the buyer (no seller deadline), `exchange` goods swapped (not a refund).
 */
export const AfterSale = z.enum(['refund-pending', 'buyer-turn', 'dispute', 'refunded', 'exchange', 'none']);
export type AfterSale = z.infer<typeof AfterSale>;

const Id = z.string().min(1);

/**
 * Where an order's ship-by time comes from: the export's 承诺发货时间 (`promise`) or 预约发货时间
 * (`booked`), a 预售 order (`presale`, with its date when the export gives one), the 订单类型's 当日发
 * (`same-day`) or 24/48-hour promise (`hours`); absent, the seller's default for the product or 48 h.
 */
export const ShipBasis = z.enum(['promise', 'booked', 'presale', 'same-day', 'hours']);
export type ShipBasis = z.infer<typeof ShipBasis>;
const Time = z.number().int();
const Money = z.number().finite().nonnegative();

export const Order = z.object({
  id: Id,
  platform: Platform,
  status: OrderStatus,
  createdAt: Time,
  paidAt: Time.optional(),
  shippedAt: Time.optional(),
  /** What the buyer paid, 元. */
  amount: Money,
  /** A one-way hash of the buyer (member name or receiver): enough for RFM and 复购, nothing readable. */
  buyer: z.string().optional(),
  /** Why the receiver's phone or address looks wrong ('phone' | 'address'); the raw values are not kept. */
  abnormal: z.enum(['phone', 'address']).optional(),
  trackingNo: z.string().optional(),
  /** The order's own ship-by time, when the export says (see ShipBasis). */
  shipBy: Time.optional(),
  shipBasis: ShipBasis.optional(),
  /** Shipped, but the courier has not picked the parcel up (揽收) yet, as the export's logistics state says. */
  awaitingPickup: z.boolean().optional(),
  /** Last logistics event known (captured from the order list); absent when no source gives it. */
  trackingAt: Time.optional(),
  afterSale: AfterSale.default('none'),
  /** When the refund or dispute began, when the source says. */
  afterSaleAt: Time.optional(),
  /** The after-sale came from a 售后/退款 export (per request), which an order export's 售后状态 does not overwrite. */
  afterSaleFromExport: z.boolean().optional(),
  /** The platform's own deadline for the seller's answer (抖店 售后 export: 自动处理截止时间). */
  afterSaleDueAt: Time.optional(),
  refundAmount: Money.optional(),
  /** First time ShopLint saw the order: the start of an SLA clock the source does not give. */
  seenAt: Time,
});
export type Order = z.infer<typeof Order>;

/** One item of an order (a 子订单), denormalised with the order's time and status for sales queries. */
export const OrderLine = z.object({
  orderId: Id,
  /** 子订单编号, or the position within the order when the source has none. */
  lineId: Id,
  productId: z.string().optional(),
  sku: z.string().optional(),
  title: z.string(),
  qty: z.number().int().nonnegative(),
  amount: Money,
  /** Copied from the order so sales by day are one index range. */
  paidAt: Time.optional(),
  status: OrderStatus,
  /** Made from an order report's 宝贝标题/宝贝总数量 only; replaced when the item report arrives. */
  derived: z.boolean().optional(),
});
export type OrderLine = z.infer<typeof OrderLine>;

export const Product = z.object({
  id: Id,
  title: z.string(),
  sku: z.string().optional(),
  stock: z.number().int().nonnegative(),
  price: Money.optional(),
  cost: Money.optional(),
  /** 补货周期 in days; the alert's default when absent. */
  replenishDays: z.number().positive().optional(),
  platform: Platform.optional(),
});
export type Product = z.infer<typeof Product>;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The shop's numbers for one China-time day (daily traffic sheet). */
export const DailyStat = z.object({
  day: Day,
  uv: z.number().nonnegative(),
  pv: z.number().nonnegative().optional(),
  cartUsers: z.number().nonnegative().optional(),
  buyers: z.number().nonnegative(),
  gmv: Money,
});
export type DailyStat = z.infer<typeof DailyStat>;

/** One product's numbers for one day (生意参谋 商品 export). */
export const ProductStat = z.object({
  day: Day,
  productId: Id,
  title: z.string().optional(),
  uv: z.number().nonnegative(),
  pv: z.number().nonnegative().optional(),
  cartUsers: z.number().nonnegative().optional(),
  buyers: z.number().nonnegative(),
  units: z.number().nonnegative().optional(),
  gmv: Money,
});
export type ProductStat = z.infer<typeof ProductStat>;

/**
 * One product's paid promotion for one China-time day in one plan (计划ID): the 万相台/直通车 report's rows
 * of that product and plan (keywords, crowds) summed. 花费 and 总成交金额 in 元; 总成交笔数 are the orders the
 * ads brought. A product's day is the sum over its plans: each 场景 (关键词推广, 人群推广, 货品全站推广) is
 * downloaded as its own report, and a report downloaded again replaces only its own plans' days. A report
 * without 计划ID is the product's day as that report counts it (no plan).
 */
export const AdStat = z.object({
  day: Day,
  productId: Id,
  plan: Id.optional(),
  title: z.string().optional(),
  spend: Money,
  impressions: z.number().int().nonnegative().optional(),
  clicks: z.number().int().nonnegative().optional(),
  gmv: Money,
  orders: z.number().int().nonnegative(),
  carts: z.number().int().nonnegative().optional(),
});
export type AdStat = z.infer<typeof AdStat>;

/**
 * One 流量来源 (channel) of the shop for one China-time day (生意参谋 → 流量 → 店铺来源): its visitors and,
 * where the sheet has them, 支付买家数, 支付金额 and 花费. `paid` is a channel bought with ad money.
 */
export const TrafficSource = z.object({
  day: Day,
  channel: z.string().min(1),
  paid: z.boolean(),
  uv: z.number().nonnegative(),
  buyers: z.number().nonnegative().optional(),
  gmv: Money.optional(),
  spend: Money.optional(),
});
export type TrafficSource = z.infer<typeof TrafficSource>;

/**
 * One product of one order sold through a 达人 (抖店 精选联盟 commission export). `commission` is the
 * 实际佣金支出 once the order is settled, the 预估佣金支出 before; a refunded order pays none and is kept
 * only so that a later export cannot bring it back.
 */
export const Commission = z.object({
  orderId: Id,
  productId: Id,
  /** China-time day of 付款时间. */
  day: Day,
  paidAt: Time,
  /** 作者账号; absent for the shop's own sales that the export lists with `-`. */
  author: z.string().optional(),
  /** 支付金额, 元. */
  amount: Money,
  /** 佣金率 as a fraction (32.00% → 0.32). */
  rate: z.number().min(0).max(1).optional(),
  commission: Money,
  settled: z.boolean(),
  refunded: z.boolean(),
});
export type Commission = z.infer<typeof Commission>;

export const AlertType = z.enum([
  'stock-out',
  'stock-below-safety',
  'slow-mover',
  'turnover-days-high',
  'sell-through-low',
  'order-unpaid',
  'order-ship-deadline',
  'order-abnormal',
  'logistics-stalled',
  'refund-sla',
  'dispute-sla',
  'traffic-drop',
  'conversion-drop',
  'refund-rate-high',
  'repurchase-low',
  'ad-roi-below-break-even',
  'ad-profit-negative',
  'influencer-roi-low',
  'paid-traffic-share-high',
]);
export type AlertType = z.infer<typeof AlertType>;

export const Alert = z.object({
  type: AlertType,
  severity: Severity,
  /** Order number, product id, or 'shop' for shop-wide numbers. */
  entityId: z.string(),
  messageId: z.string(),
  message: z.string(),
  messageEn: z.string(),
  dueAt: Time.optional(),
});
export type Alert = z.infer<typeof Alert>;

export const MetricDay = z.object({
  day: Day,
  uv: z.number(),
  /** 支付转化率 = 支付买家数 / UV. */
  conversion: z.number().optional(),
  /** 客单价 = GMV / 支付买家数. */
  aov: z.number().optional(),
  /** UV价值 = GMV / UV. */
  uvValue: z.number().optional(),
  /** 加购率 = 加购人数 / UV. */
  cartRate: z.number().optional(),
  gmv: z.number(),
  buyers: z.number(),
});
export type MetricDay = z.infer<typeof MetricDay>;

const AdDay = z.object({
  day: Day,
  /** 花费, and the 总成交金额 and 总成交笔数 the ads brought, 元. */
  spend: Money,
  gmv: Money,
  orders: z.number().int().nonnegative(),
  /** 总成交金额 ÷ 花费. */
  roi: z.number().optional(),
  /** 达人 commission of the day's orders, 元. */
  commission: Money,
  /** (售价 − 成本) × paid orders − 花费 − 佣金, over the products whose cost is known, 元. */
  profitAfterAds: z.number().optional(),
});

/** 推广: the last day with ad spend or 达人 orders, per product, and the days before it (lib/shop/profit.ts). */
export const AdMetrics = AdDay.extend({
  products: z.array(
    z.object({
      productId: Id,
      title: z.string().optional(),
      spend: Money,
      gmv: Money,
      orders: z.number().int().nonnegative(),
      roi: z.number().optional(),
      breakEvenRoi: z.number().optional(),
      commission: Money,
      commissionOrders: z.number().int().nonnegative(),
      adCostPerOrder: z.number().optional(),
      commissionPerOrder: z.number().optional(),
      profitPerOrder: z.number().optional(),
    }),
  ),
  series: z.array(AdDay),
});
export type AdMetrics = z.infer<typeof AdMetrics>;

const Fen = z.number().int().nonnegative();
/**
 * One product's ad and 达人 costs over the last 7 full China-time days (lib/shop/profit.ts), in 分, for the
 * editor's 到手价 panel. `days` are the days in that week that have numbers; `adCostPerOrderFen` is absent
 * when the ads spent without an order to charge it to.
 */
export const ProductAdCosts = z.object({
  days: z.array(Day).min(1).max(7),
  spendFen: Fen,
  adGmvFen: Fen,
  adOrders: z.number().int().nonnegative(),
  commissionFen: Fen,
  commissionOrders: z.number().int().nonnegative(),
  adCostPerOrderFen: Fen.optional(),
  commissionPerOrderFen: Fen,
  roi: z.number().nonnegative().optional(),
});
export type ProductAdCosts = z.infer<typeof ProductAdCosts>;

export const Metrics = z.object({
  /** The last full China-time day before `now` that has numbers, and the 30 days up to it. */
  day: Day.optional(),
  series: z.array(MetricDay),
  /** GMV = UV × 转化率 × 客单价, and what reaching the day's target takes at today's rates. */
  target: z
    .object({ gmv: Money, uvNeeded: z.number().optional(), conversionNeeded: z.number().optional(), progress: z.number().optional() })
    .optional(),
  rfm: z.object({ important: z.number().int(), potential: z.number().int(), buyers: z.number().int() }),
  repurchaseRate: z.number().optional(),
  refundRate: z.number().optional(),
  sellThrough: z.number().optional(),
  orders: z.number().int(),
  products: z.number().int(),
  ads: AdMetrics.optional(),
  /** Paid visitors ÷ all visitors of the 生意参谋 流量来源 rows, last 7 full days. */
  paidShare: z.number().optional(),
});
export type Metrics = z.infer<typeof Metrics>;

/**
 * What the popup shows when it opens, kept beside the full alert list by the background: counts per
 * severity and type and the first alerts of each type, in the list's order. The popup's first paint
 * reads only this, so its cost does not grow with the shop; folded alerts are read when unfolded.
 */
export const AlertSummary = z.object({
  computedAt: Time,
  total: z.number().int(),
  groups: z.array(
    z.object({
      severity: Severity,
      count: z.number().int(),
      types: z.array(z.object({ type: AlertType, count: z.number().int(), head: z.array(Alert) })),
    }),
  ),
  /** Due times of the alerts that are not errors: the urgent count is taken at the popup's clock. */
  dueAts: z.array(Time),
  metrics: Metrics,
});
export type AlertSummary = z.infer<typeof AlertSummary>;

