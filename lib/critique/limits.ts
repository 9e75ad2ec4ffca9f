// Zod-free: the critique content script trims the page it reads with it; the schema enforces it.
import type { DescBlock, PageImage, PageModel } from '../schemas/page';

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

export function descriptionChars(blocks: readonly DescBlock[]): number {
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
