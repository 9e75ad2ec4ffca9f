// A product detail page reduced to plain data (lib/critique builds it from a Document).
import { z } from 'zod';
import { Platform } from './common';

/**
 * What the background accepts from a content script (it judges any page a seller opens, so the page
 * decides the size). Saved product pages in ../shared/field stay far below: descriptions of a few
 * hundred blocks and a few thousand characters; the extractor trims anything larger to these bounds
 * and says so (`trimmed`), and the scan cost at the text bound is printed by `npm run bench` (1 MB).
 */
export const PAGE_LIMITS = {
  /** A URL, a title, an alt text, a SKU name, a spec label or value. */
  short: 4_000,
  images: 200,
  skuOptions: 2_000,
  specs: 1_000,
  blocks: 5_000,
  /** All the description's text together. */
  text: 1_000_000,
} as const;
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

function descriptionChars(blocks: readonly DescBlock[]): number {
  return blocks.reduce((n, b) => n + (b.kind === 'text' ? b.text.length : 0), 0);
}

/** The model within PAGE_LIMITS: the first of everything, `trimmed` when something was left out. */
export function trimPage(model: PageModel): PageModel {
  let trimmed = false;
  const cut = (text: string, max: number) => {
    if (text.length <= max) return text;
    trimmed = true;
    return text.slice(0, max);
  };
  const first = <T>(items: readonly T[], max: number) => {
    if (items.length <= max) return [...items];
    trimmed = true;
    return items.slice(0, max);
  };
  const image = (i: PageImage): PageImage => ({ ...i, src: cut(i.src, PAGE_LIMITS.short), ...(i.alt !== undefined && { alt: cut(i.alt, PAGE_LIMITS.short) }) });
  let budget = PAGE_LIMITS.text;
  const description: DescBlock[] = [];
  for (const block of first(model.description, PAGE_LIMITS.blocks)) {
    if (block.kind === 'image') description.push({ kind: 'image', image: image(block.image) });
    else if (budget > 0) {
      const text = cut(block.text, budget);
      budget -= text.length;
      description.push({ kind: 'text', text });
    } else trimmed = true;
  }
  const fitted: PageModel = {
    ...model,
    url: cut(model.url, PAGE_LIMITS.short),
    title: cut(model.title, PAGE_LIMITS.short),
    mainImages: first(model.mainImages, PAGE_LIMITS.images).map(image),
    skuOptions: first(model.skuOptions, PAGE_LIMITS.skuOptions).map((o) => cut(o, PAGE_LIMITS.short)),
    specs: first(model.specs, PAGE_LIMITS.specs).map(({ label, value }) => ({ label: cut(label, PAGE_LIMITS.short), value: cut(value, PAGE_LIMITS.short) })),
    description,
  };
  return trimmed ? { ...fitted, trimmed } : fitted;
}
