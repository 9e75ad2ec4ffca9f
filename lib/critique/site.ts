// What a site extractor gives back: the page's content as plain data, plus where on the page each
// part is (so the panel can scroll to it). One extractor per layout, in lib/critique/extractors/.
import type { Platform } from '../schemas/common';
import type { PageModel } from '../schemas/page';

export type PageContent = Omit<PageModel, 'url' | 'platform' | 'layout' | 'blocked' | 'loadMs'>;

/**
 * Where keys: 'title', 'mainImages', 'specs', 'reviews', 'qa', 'desc', 'desc:<block index>', and 'buy'
 * (the buy buttons, which our badge must never cover).
 */
export type Anchors = Map<string, Element>;

/** The layout of a page no extractor knows, read the generic way (extractors/readability.ts). */
export const READABILITY_LAYOUT = 'readability';

/** Reads a page of a layout no extractor knows. */
export type FallbackExtractor = (doc: Document, url: string, anchors: Anchors) => PageContent;
/** Where the critique content script finds the fallback once it has loaded it (entrypoints/page-fallback.ts). */
export const PAGE_FALLBACK = '__shoplintPageFallback';
export const PAGE_FALLBACK_FILE = '/page-fallback.js' as const;

export interface SiteExtractor {
  layout: string;
  platforms: readonly Platform[];
  /** Whether `doc` is in this layout (cheap: a few selectors). */
  detect(doc: Document): boolean;
  extract(doc: Document, url: string, anchors: Anchors): PageContent;
}

/** Records the element of every description block as an anchor ('desc:<i>'). */
export function anchorBlocks(anchors: Anchors, elements: readonly Element[]): void {
  elements.forEach((el, i) => anchors.set(`desc:${i}`, el));
}

export function setAnchor(anchors: Anchors, where: string, el: Element | null | undefined): void {
  if (el) anchors.set(where, el);
}
