// The seller's settings for shop data: capture consent, the shop's own deadlines, targets, and
// per-alert overrides. Stored in extension storage (content scripts read the consent) and parsed
// with this schema wherever they are read.
import { z } from 'zod';

export const AlertSetting = z.union([z.literal('off'), z.object({ options: z.record(z.string(), z.unknown()) })]);

export const ShopSettings = z.object({
  /** Capture the rows the seller sees on 千牛/抖店 list pages. Off until the seller turns it on. */
  capture: z.boolean().default(false),
  /** 千牛 exports do not say whether the shop is 天猫 (refund SLA 24 h) or 淘宝. */
  qianniuPlatform: z.enum(['taobao', 'tmall']).default('taobao'),
  /** The day's GMV target, 元, split into UV × 转化率 × 客单价 on the popup. */
  dailyGmvTarget: z.number().positive().optional(),
  /**
   * The seller's own ship-within promise per product (商品ID → hours, e.g. 24 for 24小时发货), used
   * for orders whose export names no promise of their own; 48 h otherwise.
   */
  shipHours: z.record(z.string(), z.number().positive()).optional(),
  /** Desktop notification when a shipment becomes overdue. */
  notify: z.boolean().default(true),
  alerts: z.record(z.string(), AlertSetting).default({}),
});
export type ShopSettings = z.infer<typeof ShopSettings>;
export type ShopSettingsInput = z.input<typeof ShopSettings>;
