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

export const StoredAlerts = z.object({
  key: z.literal('current'),
  computedAt: z.number(),
  alerts: z.array(Alert),
  metrics: Metrics,
});
export type StoredAlerts = z.infer<typeof StoredAlerts>;

/** A keyword bank, one per shop and category: a newer import of the same category replaces it. */
export const StoredKeywordBank = z.object({
  /** `shop|category` (shop empty when the import did not name one). */
  key: z.string(),
  category: z.string(),
  dataDate: z.string(),
  bank: KeywordBank,
});
export type StoredKeywordBank = z.infer<typeof StoredKeywordBank>;

export const TABLE_ROWS = {
  orderDays: OrderDayRow,
  products: Product,
  daily: DailyStat,
  productStats: ProductStat,
  imports: ImportRecord,
  alerts: StoredAlerts,
  audits: AuditRecord,
  auditDays: AuditDay,
  keywordBanks: StoredKeywordBank,
  adStats: AdStat,
  commissions: Commission,
  trafficSources: TrafficSource,
} satisfies Record<string, z.ZodType>;
export type TableName = keyof typeof TABLE_ROWS;
