// A listing as the rules see it: what a content script reads off an edit page, or a row of an export.
import { z } from 'zod';
import { MAX_QTY } from '../pricing/money';
import { Platform, Yuan } from './common';

export const Sku = z.object({
  name: z.string(),
  price: Yuan,
  stock: z.number().int().nonnegative().optional(),
});
export type Sku = z.infer<typeof Sku>;

export const Listing = z.object({
  id: z.string().optional(),
  title: z.string(),
  platform: Platform.default('taobao'),
  category: z.string().optional(),
  price: Yuan.optional(),
  compareAt: Yuan.optional(),
  cost: Yuan.optional(),
  industryAvg: Yuan.optional(),
  /** A new listing (尝鲜价 rules apply). */
  isNew: z.boolean().optional(),
  skus: z.array(Sku).optional(),
  /** Promotions as the seller writes them: 满200减30, 店铺券30 … */
  promos: z.array(z.string()).optional(),
  /** Units in the order, to MAX_QTY: with the price up to 1亿元 every total stays exact in 分 (pricing/money.ts). */
  qty: z.number().int().min(1).max(MAX_QTY).optional(),
});
export type Listing = z.infer<typeof Listing>;
export type ListingInput = z.input<typeof Listing>;
