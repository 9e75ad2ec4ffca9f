// The row schema of every table: what a restore accepts (a backup file is input like any other: a row
// that says `status: "hacked"` must not reach the tables the alerts read).
import { z } from 'zod';
import { AdStat, Alert, Commission, DailyStat, Metrics, Product, ProductStat, TrafficSource } from '../schemas/shop';
import { AuditDay, AuditRecord } from '../schemas/audit';
import { KeywordBank } from '../keywords/schema';
import { OrderDayRow } from './order-days';

export const ImportRecord = z.object({
  /** SHA-256 of the file's bytes: the same file imported twice is recognised. */
  hash: z.string(),
  file: z.string(),
  source: z.string(),
  at: z.number(),
  rows: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** The alerts and metrics of the last recompute (read them whole with lib/db/stored-alerts.ts). */
export const StoredAlerts = z.object({
  key: z.literal('current'),
  computedAt: z.number(),
  /** The deadline rules' alerts; the whole-day rules' are in the `day` row when there is one (from v6). */
  alerts: z.array(Alert),
  metrics: Metrics,
});
export type StoredAlerts = z.infer<typeof StoredAlerts>;

/** The whole-day rules' alerts, apart so that the 15-minute alarm rewrites only the deadline rules' (lib/db/alerts.ts). */
export const StoredDayAlerts = z.object({
  key: z.literal('day'),
  computedAt: z.number(),
  alerts: z.array(Alert),
});
export type StoredDayAlerts = z.infer<typeof StoredDayAlerts>;

/**
 * What the stored alerts were judged from. `stamp` changes with every write a whole-day rule could
 * see (lib/db/summaries.ts); `day`, `settings` and `paidBefore` are there when the stored alerts of the
 * whole-day rules hold for that stamp: judged on that China day with those settings (JSON), and the
 * paid orders of the 90 full days before it (the popup's order count). Derived, so never backed up.
 */
export const AlertState = z.object({
  key: z.literal('current'),
  stamp: z.string(),
  day: z.string().optional(),
  settings: z.string().optional(),
  paidBefore: z.number().int().nonnegative().optional(),
});
export type AlertState = z.infer<typeof AlertState>;

/** A keyword bank, one per shop and category: a newer import of the same category replaces it. */
export const StoredKeywordBank = z.object({
  /** `shop|category` (shop empty when the import did not name one). */
  key: z.string(),
  category: z.string(),
  dataDate: z.string(),
  bank: KeywordBank,
});
export type StoredKeywordBank = z.infer<typeof StoredKeywordBank>;

/** An ad day as stored: `plan` is '' when the report had no 计划ID (IndexedDB keys cannot hold undefined). */
export const StoredAdStat = AdStat.extend({ plan: z.string() });
export type StoredAdStat = z.infer<typeof StoredAdStat>;

export const TABLE_ROWS = {
  orderDays: OrderDayRow,
  products: Product,
  daily: DailyStat,
  productStats: ProductStat,
  imports: ImportRecord,
  alerts: z.union([StoredAlerts, StoredDayAlerts]),
  audits: AuditRecord,
  auditDays: AuditDay,
  keywordBanks: StoredKeywordBank,
  adPlanDays: StoredAdStat,
  commissions: Commission,
  trafficSources: TrafficSource,
} satisfies Record<string, z.ZodType>;
export type TableName = keyof typeof TABLE_ROWS;
