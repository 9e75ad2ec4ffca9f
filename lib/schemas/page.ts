// A product detail page reduced to plain data (lib/critique builds it from a Document).
import { z } from 'zod';
import { Platform } from './common';

export const PageImage = z.object({
  src: z.string(),
  alt: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
  /** Transfer size in bytes, when the browser's Performance API knows it. */
  bytes: z.number().optional(),
});
export type PageImage = z.infer<typeof PageImage>;

export const DescBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('image'), image: PageImage }),
]);
export type DescBlock = z.infer<typeof DescBlock>;

export const PageModel = z.object({
  url: z.string(),
  platform: Platform,
  /** Which extractor read the page: a platform layout name or 'readability'. */
  layout: z.string(),
  /** Set when the page is a platform block/verification page instead of a product. */
  blocked: z.string().optional(),
  title: z.string(),
  price: z.number().optional(),
  mainImages: z.array(PageImage),
  skuOptions: z.array(z.string()),
  specs: z.array(z.object({ label: z.string(), value: z.string() })),
  description: z.array(DescBlock),
  reviews: z.object({ shown: z.boolean(), count: z.number().int().nonnegative().optional() }),
  qa: z.object({ shown: z.boolean(), count: z.number().int().nonnegative().optional() }),
  shopName: z.string().optional(),
  /** Browser only: milliseconds to load (Performance API). */
  loadMs: z.number().nonnegative().optional(),
});
export type PageModel = z.infer<typeof PageModel>;
