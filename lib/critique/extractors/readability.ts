// The fallback for a product page in a layout no extractor knows: Mozilla's Readability finds the main
// content (the description); the title and main images come from the page's own metadata.
import { Readability } from '@mozilla/readability';
import { descriptionBlocks, textOf } from '../dom';
import { anchorBlocks, type PageContent, type Anchors } from '../site';

/** Readability is ~11 KB gzipped: the critique content script loads this file only for a layout no extractor knows (entrypoints/page-fallback.ts). */
export function extractWithReadability(doc: Document, url: string, anchors: Anchors): PageContent {
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
  const h1 = doc.querySelector('h1');
  // Readability rewrites the document it reads: give it a copy, and take its result as an element.
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability<Element>(copy, { serializer: (node) => node as Element, charThreshold: 100 }).parse();
  const content = article?.content ?? undefined;
  const { blocks } = descriptionBlocks(content ? [content] : [], url);
  // The copy's elements are not on the page: point the description at the page's own main content.
  const main = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  if (main) anchors.set('desc', main);
  anchorBlocks(anchors, []);
  if (h1) anchors.set('title', h1);

  const ogImage = meta('og:image');
  const specs = [...doc.querySelectorAll('table tr')].flatMap((tr) => {
    const cells = [...tr.querySelectorAll('th, td')].map(textOf);
    return cells.length === 2 && cells[0] && cells[1] ? [{ label: cells[0], value: cells[1] }] : [];
  });
  return {
    title: meta('og:title') || textOf(h1) || article?.title?.trim() || textOf(doc.querySelector('title')),
    mainImages: ogImage ? [{ src: new URL(ogImage.startsWith('//') ? `https:${ogImage}` : ogImage, url).href }] : [],
    skuOptions: [],
    specs,
    description: blocks,
    reviews: { shown: false },
    qa: { shown: false },
  };
}
