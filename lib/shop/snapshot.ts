// What the alert rules and metrics judge: plain arrays loaded from the database (lib/db/read.ts) or
// built in a test, at a fixed `now`. Nothing here reads a clock. Orders come in two shapes: the open
// ones in full (their deadlines move with the clock), and every paid order only as its day's summary
// (lib/shop/summaries.ts), which is what 复购率, 退款率, RFM, GMV and sales per product add up.
import type { AdStat, Commission, DailyStat, Order, OrderLine, Product, ProductStat, TrafficSource } from '../schemas/shop';
import type { AuditRecord } from '../schemas/audit';
import type { ShopSettings } from '../schemas/settings';
import type { DaySummary } from './summaries';
import { DAY } from './time';

export interface ShopSnapshot {
  now: number;
  /** Open orders (`isOpen`): unpaid, unshipped, not yet received, or with after-sale to handle. */
  orders: Order[];
  /** The lines of open orders waiting to ship, when the seller set ship promises per product (order-ship-deadline). */
  lines: OrderLine[];
  /** Summaries of the days of payment from `ORDER_WINDOW_DAYS` before today's China day up to today. */
  days: DaySummary[];
  products: Product[];
  daily: DailyStat[];
  productStats: ProductStat[];
  /** Ad spend per product and day, the last `LINE_WINDOW_DAYS` days. */
  adStats: AdStat[];
  /** 达人 commissions per order and product paid within `LINE_WINDOW_DAYS`. */
  commissions: Commission[];
  /** Visitors per 流量来源 and day, the last 8 days (like `productStats`). */
  trafficSources: TrafficSource[];
  /** Listing audits whose title or price changed (`changedAt`) within `CHANGE_WINDOW_DAYS`. */
  changedListings: AuditRecord[];
  /** Listings the audit has seen (its latest daily summary): 0 means the product lists were never read, so no change could be seen. */
  auditedListings: number;
  settings: Pick<ShopSettings, 'qianniuPlatform' | 'dailyGmvTarget' | 'shipHours'>;
}

/** 复购率 looks back 90 days: buyers of seasonal goods rarely come back within a month. */
export const ORDER_WINDOW_DAYS = 90;
/** Ad days and commissions are read for 31 days (达人 ROI looks back 30 full days). */
export const LINE_WINDOW_DAYS = 31;

/** Statuses and after-sale states whose deadlines the alerts watch (the `status` and `afterSale` indexes find them). */
export const OPEN_STATUSES = ['unpaid', 'paid', 'shipped'] as const;
export const OPEN_AFTER_SALE = ['refund-pending', 'dispute'] as const;
export const isOpen = (o: Order) => (OPEN_STATUSES as readonly string[]).includes(o.status) || (OPEN_AFTER_SALE as readonly string[]).includes(o.afterSale);

/** A drop judged yesterday looks at changes in the 7 days before it (the manual: 标题违规被降权 → 7 天内重新优化标题), plus yesterday and today. */
export const CHANGE_WINDOW_DAYS = 9;

export const windowStart = (now: number, days: number) => now - days * DAY;
