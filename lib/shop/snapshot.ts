// What the alert rules and metrics judge: plain arrays loaded from the database (lib/db/read.ts) or
// built in a test, at a fixed `now`. Nothing here reads a clock.
import type { AdStat, Commission, DailyStat, Order, OrderLine, Product, ProductStat, TrafficSource } from '../schemas/shop';
import type { AuditRecord } from '../schemas/audit';
import type { ShopSettings } from '../schemas/settings';
import { DAY } from './time';

export interface ShopSnapshot {
  now: number;
  /** Orders still open, with after-sale to handle, or paid within `ORDER_WINDOW_DAYS`. */
  orders: Order[];
  /** Order lines paid within `LINE_WINDOW_DAYS` (or unpaid). */
  lines: OrderLine[];
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
/** Sales per product (daily sales, 动销率) look back 30 days. */
export const LINE_WINDOW_DAYS = 31;

/** A drop judged yesterday looks at changes in the 7 days before it (the manual: 标题违规被降权 → 7 天内重新优化标题), plus yesterday and today. */
export const CHANGE_WINDOW_DAYS = 9;

export const windowStart = (now: number, days: number) => now - days * DAY;
