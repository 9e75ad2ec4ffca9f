// Reading a Document the way the extractors need: class names by their readable part (never by the
// hash a build adds), lazy image sources, text in reading order. Works on any Document (the browser's,
// or linkedom's in Node): no DOM globals, only the nodes passed in.
import type { DescBlock, PageImage } from '../schemas/page';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * How deep a page may nest elements. Chrome's HTML parser stops nesting at 512 and adds deeper elements
 * as siblings (Blink html_construction_site.cc, kMaximumHTMLParserDOMTreeDepth; read_file id 11994196566,
 * 2026-12-02), so no page a browser parsed is deeper; the 28 saved seller and product pages in
 * test/fixtures and shared/field nest at most 26 deep. The walkers here and Readability recurse and
 * slow down with depth (a 2,000-deep page took Readability 72 s), so a deeper document is refused.
 */
export const MAX_NESTING = 512;

/** Whether elements under `root` nest deeper than MAX_NESTING, walked without recursion. */
export function nestsTooDeep(root: Element): boolean {
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return true;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return false;
}

const partCache = new Map<string, RegExp>();
/**
 * Whether a class token carries `name` as one of its readable parts: CSS-module names such as
 * `ItemHeader--mainTitle--3CIjqW5`, `mainTitle--a1B2c` or `index_mainTitle__x8Y2`. `name` may be
 * several parts (`Comment--root`). `mainTitle` does not match `mainTitleWrap--…` or `submainTitle--…`.
 */
export function tokenHasPart(token: string, name: string): boolean {
  let re = partCache.get(name);
  if (!re) partCache.set(name, (re = new RegExp(`(?:^|--|_)${name.replace(/[-_]/g, '\\$&')}(?:--|__|$)`)));
  return re.test(token);
}

export function hasClassPart(el: Element, name: string): boolean {
  const classes = el.getAttribute('class');
  return !!classes && classes.split(/\s+/).some((token) => tokenHasPart(token, name));
}

/** Elements under `root` with a class whose readable part is `name`, in document order. */
export function byClassPart(root: ParentNode, name: string): Element[] {
  return [...root.querySelectorAll(`[class*="${name}"]`)].filter((el) => hasClassPart(el, name));
}

export function firstByClassPart(root: ParentNode, name: string): Element | undefined {
  for (const el of root.querySelectorAll(`[class*="${name}"]`)) if (hasClassPart(el, name)) return el;
  return undefined;
}

/** Visible-ish text of an element, whitespace collapsed (scripts and styles left out). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE && !SKIP.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

const PLACEHOLDER = /^data:|spaceball\.gif|\/s\.gif$|\/blank\.gif$|\/placeholder/i;
const LAZY_ATTRIBUTES = ['data-src', 'data-ks-lazyload', 'data-lazyload', 'data-original', 'data-lazy-src', 'src'];

/** An image's real source: lazy attributes before a placeholder `src`; `//host/…` made https. */
export function imageSource(img: Element, base: string): string | undefined {
  for (const attribute of LAZY_ATTRIBUTES) {
    const raw = img.getAttribute(attribute)?.trim();
    if (!raw || PLACEHOLDER.test(raw)) continue;
    try {
      return new URL(raw.startsWith('//') ? `https:${raw}` : raw, base).href;
    } catch {
      continue;
    }
  }
  return undefined;
}

export function pageImage(img: Element, base: string): PageImage | undefined {
  const src = imageSource(img, base);
  if (!src) return undefined;
  const image: PageImage = { src };
  const alt = (img.getAttribute('alt') || img.getAttribute('title') || '').trim();
  if (alt) image.alt = alt;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0) image.width = width;
  if (height > 0) image.height = height;
  return image;
}

/** The images under `root` (or `root` itself when it is an img), one per source, in order. */
export function imagesIn(roots: readonly Element[], base: string): PageImage[] {
  const seen = new Set<string>();
  const out: PageImage[] = [];
  for (const root of roots) {
    const imgs = root.tagName.toUpperCase() === 'IMG' ? [root] : [...root.querySelectorAll('img')];
    for (const img of imgs) {
      const image = pageImage(img, base);
      // Thumbnails and the big picture are often the same file at different sizes (…_60x60.jpg).
      const key = image?.src.replace(/_\d+x\d+(q\d+)?\.(jpe?g|png|webp)(_\.webp)?$/i, '');
      if (image && key && !seen.has(key)) {
        seen.add(key);
        out.push(image);
      }
    }
  }
  return out;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const hidden = (el: Element) => el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/**
 * A description in reading order: text blocks (split at block elements and images) and images, each
 * with the element it came from, so a finding can point back at it.
 */
export function descriptionBlocks(roots: readonly Element[], base: string): { blocks: DescBlock[]; elements: Element[] } {
  const blocks: DescBlock[] = [];
  const elements: Element[] = [];
  let text = '';
  let textElement: Element | undefined;
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean && textElement) {
      blocks.push({ kind: 'text', text: clean });
      elements.push(textElement);
    }
    text = '';
    textElement = undefined;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? '';
        if (value.trim() && !textElement) textElement = child.parentElement ?? undefined;
        text += value;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || hidden(el)) continue;
      if (tag === 'IMG') {
        const image = pageImage(el, base);
        if (!image) continue;
        flush();
        blocks.push({ kind: 'image', image });
        elements.push(el);
      } else if (BLOCK.has(tag)) {
        flush();
        walk(el);
        flush();
      } else walk(el);
    }
  };
  for (const root of roots) {
    walk(root);
    flush();
  }
  return { blocks, elements };
}

/** A count as platforms print it: 2000+, 1.2万, 3万+, 12,345 → a whole number (lower bound). */
export function parseCount(text: string): number | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(万|w|千|k)?\s*\+?/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(/,/g, ''));
  const unit = m[2]?.toLowerCase();
  return Math.round(n * (unit === '万' || unit === 'w' ? 10_000 : unit === '千' || unit === 'k' ? 1_000 : 1));
}

/** A price as shown (¥129.00, 129-159, ￥ 99): the first number, in 元. */
export function parsePrice(text: string): number | undefined {
  const m = /(\d+(?:\.\d{1,2})?)/.exec(text.replace(/,/g, ''));
  const n = m ? Number(m[1]) : NaN;
  return n > 0 ? n : undefined;
}

/** `label：value` or `label: value` as the older layouts write a parameter. */
export function splitParam(text: string): { label: string; value: string } | undefined {
  const m = /^\s*([^:：]{1,30})[:：]\s*(.+?)\s*$/.exec(text);
  return m ? { label: m[1]!.trim(), value: m[2]! } : undefined;
}
