// A product detail page → PageModel: the platform from the URL, the layout's extractor (or the fallback,
// Readability, for a layout nobody knows), block pages recognised, and — in the browser — what was measured.
// Free of zod on purpose: the critique content script runs this, and the model is validated where it
// crosses into the engine (the background's message schema).
import type { PageModel } from '../schemas/page';
import { trimPage } from './limits';
import { productPagePlatform } from './url';
import { blockedKind } from './blocked';
import { MAX_NESTING, nestsTooDeep } from './dom';
import { READABILITY_LAYOUT, type Anchors, type FallbackExtractor, type SiteExtractor } from './site';
import { taobao, taobao2025 } from './extractors/taobao';
import { taobaoLegacy } from './extractors/taobao-legacy';
import { douyin } from './extractors/douyin';

// Most specific first: the 2025 signals (highlightPrice, tabTitleItem) before the class parts both React layouts share.
export const extractors: readonly SiteExtractor[] = [taobao2025, taobao, taobaoLegacy, douyin];

/** What only a browser can measure (content script: Performance API). */
export interface Measured {
  loadMs?: number;
  /** Transfer size of loaded resources by URL. */
  resourceBytes?: ReadonlyMap<string, number>;
}

export interface Extraction {
  model: PageModel;
  /** The element each `where` of a finding points at. */
  anchors: Anchors;
}

export class NotAProductPage extends Error {
  override name = 'NotAProductPage';
}

/** A document nested deeper than any parsed page can be (dom.ts MAX_NESTING): a page built to hang us. */
export class PageTooDeep extends Error {
  override name = 'PageTooDeep';
  constructor() {
    super(`elements nest more than ${MAX_NESTING} deep (a browser's parser stops nesting at 512; saved product pages nest under 30)`);
  }
}

/** No extractor knows the page's layout, and no fallback was given: load one and ask again. */
export class UnknownLayout extends Error {
  override name = 'UnknownLayout';
}

/**
 * `fallback` reads a page of a layout no extractor knows (extractors/readability.ts). The critique content
 * script leaves it out until it meets such a page, and loads it then: most pages never need it.
 */
export function extractPage(doc: Document, url: string, measured: Measured, fallback: FallbackExtractor | undefined): Extraction {
  const platform = productPagePlatform(url);
  if (!platform) throw new NotAProductPage(`${url} is not a Taobao, Tmall or 抖音商城 product page`);
  if (doc.documentElement && nestsTooDeep(doc.documentElement)) throw new PageTooDeep();
  const anchors: Anchors = new Map();
  const extractor = extractors.find((e) => e.platforms.includes(platform) && e.detect(doc));
  if (!extractor && !fallback) throw new UnknownLayout(`${url}: no extractor knows this layout`);
  const content = extractor ? extractor.extract(doc, url, anchors) : fallback!(doc, url, anchors);
  const blocked = blockedKind(doc, url, !!extractor && !!content.title);
  const withBytes = (images: PageModel['mainImages']) =>
    measured.resourceBytes ? images.map((image) => ({ ...image, ...(measured.resourceBytes!.get(image.src) && { bytes: measured.resourceBytes!.get(image.src) }) })) : images;
  const model = trimPage({
    ...content,
    mainImages: withBytes(content.mainImages),
    description: content.description.map((b) => (b.kind === 'image' ? { kind: 'image', image: withBytes([b.image])[0]! } : b)),
    url,
    platform,
    layout: extractor?.layout ?? READABILITY_LAYOUT,
    ...(blocked && { blocked }),
    ...(measured.loadMs !== undefined && { loadMs: measured.loadMs }),
  });
  return { model, anchors };
}
