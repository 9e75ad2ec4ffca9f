// A product detail page reduced to plain data (lib/critique builds it from a Document).
import { z } from 'zod';
import { Platform } from './common';
import { descriptionChars, PAGE_LIMITS } from '../critique/limits';

const Short = z.string().max(PAGE_LIMITS.short);

export const PageImage = z.object({
  src: Short,
  alt: Short.optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  /** Transfer size in bytes, when the browser's Performance API knows it. */
  bytes: z.number().optional(),
});
export type PageImage = z.infer<typeof PageImage>;

export const DescBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(PAGE_LIMITS.text) }),
  z.object({ kind: z.literal('image'), image: PageImage }),
]);
export type DescBlock = z.infer<typeof DescBlock>;

export const PageModel = z.object({
  url: Short,
  platform: Platform,
  /** Which extractor read the page: a platform layout name or 'readability'. */
  layout: z.string(),
  /** Set when the page is a platform block/verification page instead of a product. */
  blocked: z.string().optional(),
  title: Short,
  price: z.number().optional(),
  mainImages: z.array(PageImage).max(PAGE_LIMITS.images),
  skuOptions: z.array(Short).max(PAGE_LIMITS.skuOptions),
  specs: z.array(z.object({ label: Short, value: Short })).max(PAGE_LIMITS.specs),
  description: z
    .array(DescBlock)
    .max(PAGE_LIMITS.blocks)
    .refine((blocks) => descriptionChars(blocks) <= PAGE_LIMITS.text, `the description's text is longer than ${PAGE_LIMITS.text} characters`),
  /** The page held more than PAGE_LIMITS: the model is its first part, and the critique says so. */
  trimmed: z.boolean().optional(),
  reviews: z.object({ shown: z.boolean(), count: z.number().int().nonnegative().optional() }),
  qa: z.object({ shown: z.boolean(), count: z.number().int().nonnegative().optional() }),
  shopName: z.string().optional(),
  /** Browser only: milliseconds to load (Performance API). */
  loadMs: z.number().nonnegative().optional(),
});
export type PageModel = z.infer<typeof PageModel>;
