// The shop-wide listing audit: rows read off the 千牛/抖店 product lists, the verdict the background
// sends back for each badge, and the record it keeps per listing.
import { z } from 'zod';
import { Platform, Severity, Yuan } from './common';

/** One row of a product list as the seller sees it (ids stay strings: 抖店 ids exceed 2^53). */
export const ListRow = z.object({
  id: z.string().min(1).max(40),
  title: z.string().max(200),
  price: Yuan.optional(),
  stock: z.number().int().nonnegative().optional(),
  sales30: z.number().nonnegative().optional(),
});
export type ListRow = z.infer<typeof ListRow>;

/** Which backend's list: 千牛 lists are 淘宝 or 天猫 as the shop's settings say; 抖店 is douyin. */
export const ListSite = z.enum(['qianniu', 'doudian']);
export type ListSite = z.infer<typeof ListSite>;

/** A content script read these rows: lint them, keep the audit, answer with a verdict per row. */
export const AuditRows = z.object({
  type: z.literal('audit/rows'),
  site: ListSite,
  rows: z.array(ListRow).min(1).max(500),
});

/** What a badge shows: the score, the counts, and the findings (text only). */
export const AuditVerdict = z.object({
  id: z.string(),
  platform: Platform,
  score: z.number().int().min(0).max(100),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  findings: z.array(z.object({ ruleId: z.string(), severity: Severity, message: z.string(), messageEn: z.string() })),
  /** The score at the previous audit, when the listing changed since. */
  previousScore: z.number().int().optional(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;

export const AuditLevel = z.enum(['error', 'warn', 'ok']);
export type AuditLevel = z.infer<typeof AuditLevel>;

/** The state of one audit of a listing, kept as `previous` when the listing changes. */
export const AuditSnapshot = z.object({
  title: z.string(),
  price: Yuan.optional(),
  score: z.number().int(),
  /** `ruleId:text` (or `ruleId:messageId`): which findings were fixed or are new. */
  findingIds: z.array(z.string()),
  checkedAt: z.number(),
});
export type AuditSnapshot = z.infer<typeof AuditSnapshot>;

/** A database row: the last audit of one listing. */
export const AuditRecord = AuditSnapshot.extend({
  /** `platform:id`. */
  key: z.string(),
  platform: Platform,
  id: z.string(),
  stock: z.number().optional(),
  sales30: z.number().optional(),
  level: AuditLevel,
  /** Worst first in one index: listings with errors by score, then with warnings, then clean. */
  rank: z.number(),
  errors: z.number().int(),
  warnings: z.number().int(),
  findings: AuditVerdict.shape.findings,
  /** LEXICON_VERSION + the rule ids that judged it: a new rule set re-checks the listing. */
  ruleset: z.string(),
  previous: AuditSnapshot.optional(),
  /**
   * When the title or price was seen to change (the audit that moved `previous`). `checkedAt` is not
   * that time: a new rule set re-judges the same listing later. The traffic diagnosis reads it.
   */
  changedAt: z.number().optional(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** One day of the audit: how many listings had errors or only warnings, for the trend. */
export const AuditDay = z.object({
  day: z.string(),
  listings: z.number().int(),
  withErrors: z.number().int(),
  withWarnings: z.number().int(),
});
export type AuditDay = z.infer<typeof AuditDay>;
