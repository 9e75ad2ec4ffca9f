// Taobao and Tmall product pages in the React layouts with CSS-module class names (2023:
// `ItemHeader--mainTitle--3CIjqW5`; 2025: `mainTitle--R75fTcZL`). Classes are matched by their readable
// part, never by the hash. Evidence of the 2025 layout: the saved DOM in ../shared/field/taobao-item-2025/
// (2025-09) and read_file ids 10671346514 (2025-11), 67427729709, 69114183465 (2026-09): the price after
// discounts in highlightPrice--, the original in subPrice-- only when discounted, repeated in the sticky
// ItemHeadFixed-- bar; tabs tabTitleItem-- (用户评价 …); reviews Comment--…; Q&A askAnswerItem--.
import { byClassPart, descriptionBlocks, firstByClassPart, hasClassPart, imagesIn, parseCount, parsePrice, textOf } from '../dom';
import { anchorBlocks, setAnchor, type PageContent, type SiteExtractor } from '../site';
import type { Anchors } from '../site';

const REVIEW_TAB = /(?:用户评价|宝贝评价|累计评价|评价)\s*[(（]?\s*([\d.,]+\s*(?:万|千)?\s*\+?)/;
const QA_TAB = /问大家\s*[(（]?\s*([\d.,]+\s*(?:万|千)?\s*\+?)?/;
const BUY_BUTTON = /^(立即购买|领券购买|马上抢|加入购物车)$/;

/** Whether `el` sits in the sticky header bar, which repeats the price and title of the page. */
const inStickyBar = (el: Element) => {
  for (let node: Element | null = el; node; node = node.parentElement) if (hasClassPart(node, 'ItemHeadFixed')) return true;
  return false;
};
const outsideBar = (els: Element[]) => els.filter((el) => !inStickyBar(el));

/** 2023: Comment--root--x; 2025: Comment--x (the module's own root, no sub-part after it). */
const reviewItems = (doc: Document) =>
  [...byClassPart(doc, 'Comment--root'), ...byClassPart(doc, 'Comment').filter((el) => (el.getAttribute('class') ?? '').split(/\s+/).some((t) => /^Comment--(?!.*--)[\w-]+$/.test(t)))];

/**
 * The price the buyer pays: the highlighted (after-discount) price of the 2025 layout, else the 2023
 * priceText, else the simple rendering's block2-- (read_file id 67427729709, "状态A").
 */
function priceOf(doc: Document): number | undefined {
  const highlight = outsideBar(byClassPart(doc, 'highlightPrice'))[0];
  if (highlight) {
    const parts = byClassPart(highlight, 'text');
    const price = parsePrice((parts.length ? parts : [highlight]).map(textOf).join(''));
    if (price !== undefined) return price;
  }
  const priceText = parsePrice(textOf(outsideBar(byClassPart(doc, 'priceText'))[0]));
  if (priceText !== undefined) return priceText;
  // A page rendered in its simple form shows only block2-- (unit-- ¥ + text-- number) in the purchase panel.
  for (const block of outsideBar(byClassPart(doc, 'block2'))) {
    const unit = firstByClassPart(block, 'unit');
    const text = firstByClassPart(block, 'text');
    if (unit && text && /^[¥￥]$/.test(textOf(unit))) return parsePrice(textOf(text));
  }
  return undefined;
}

/** The SKU values: valueItemText-- where the layout has it, else each valueItem--'s own text (2025: a span with a title). */
function skuOptions(doc: Document): string[] {
  const texts = byClassPart(doc, 'valueItemText');
  return (texts.length ? texts : byClassPart(doc, 'valueItem')).map((el) => textOf(el) || el.querySelector('[title]')?.getAttribute('title')?.trim() || '').filter(Boolean);
}

function extract(doc: Document, url: string, anchors: Anchors): PageContent {
  const title = outsideBar(byClassPart(doc, 'mainTitle'))[0];
  setAnchor(anchors, 'title', title);
  const buy = [...doc.querySelectorAll('button, a')].find((el) => !inStickyBar(el) && BUY_BUTTON.test(textOf(el)));
  setAnchor(anchors, 'buy', firstByClassPart(doc, 'Actions--root') ?? buy?.parentElement);

  const thumbnails = byClassPart(doc, 'thumbnailPic');
  // The big picture heads the gallery: scrolling to it shows the thumbnails too.
  setAnchor(anchors, 'mainImages', firstByClassPart(doc, 'mainPic') ?? thumbnails[0]?.parentElement);
  const mainImages = imagesIn(thumbnails, url);

  const specs = [...byClassPart(doc, 'emphasisParamsInfoItem'), ...byClassPart(doc, 'generalParamsInfoItem')].flatMap((item) => {
    const label = textOf(firstByClassPart(item, 'emphasisParamsInfoItemSubTitle') ?? firstByClassPart(item, 'generalParamsInfoItemTitle'));
    const value = textOf(firstByClassPart(item, 'emphasisParamsInfoItemTitle') ?? firstByClassPart(item, 'generalParamsInfoItemSubTitle'));
    return label && value ? [{ label, value }] : [];
  });
  setAnchor(anchors, 'specs', (firstByClassPart(doc, 'generalParamsInfoItem') ?? firstByClassPart(doc, 'emphasisParamsInfoItem'))?.parentElement);

  const descRoot = doc.querySelector('#content, .descV8-container, [class*="desc-root"]');
  setAnchor(anchors, 'desc', descRoot);
  const { blocks, elements } = descriptionBlocks(descRoot ? [descRoot] : [], url);
  anchorBlocks(anchors, elements);

  const comments = reviewItems(doc);
  const tabElements = [...byClassPart(doc, 'Tabs--title'), ...byClassPart(doc, 'tabTitleItem')];
  const tabs = tabElements.map(textOf);
  const reviewTab = tabs.map((t) => REVIEW_TAB.exec(t)).find(Boolean);
  const reviewCount = reviewTab ? parseCount(reviewTab[1]!) : comments.length || undefined;
  setAnchor(anchors, 'reviews', comments[0]?.parentElement ?? tabElements.find((t) => /评价/.test(textOf(t))));

  const questions = [...byClassPart(doc, 'AskAnswer--item'), ...byClassPart(doc, 'askAnswerItem')];
  const qaTab = tabs.map((t) => QA_TAB.exec(t)).find(Boolean);
  setAnchor(anchors, 'qa', questions[0]?.parentElement);

  return {
    title: title?.getAttribute('title')?.trim() || textOf(title),
    price: priceOf(doc),
    mainImages,
    skuOptions: skuOptions(doc),
    specs,
    description: blocks,
    reviews: { shown: comments.length > 0 || (reviewCount ?? 0) > 0, ...(reviewCount !== undefined && { count: reviewCount }) },
    qa: {
      shown: questions.length > 0,
      ...(qaTab?.[1] ? { count: parseCount(qaTab[1]) } : questions.length ? { count: questions.length } : {}),
    },
    shopName: textOf(outsideBar(byClassPart(doc, 'shopName'))[0]) || undefined,
  };
}

/** The 2025 layout: the highlighted price, tabTitleItem tabs, Comment-- reviews. */
export const taobao2025: SiteExtractor = {
  layout: 'taobao-2025',
  platforms: ['taobao', 'tmall'],
  detect: (doc) => !!firstByClassPart(doc, 'highlightPrice') || !!firstByClassPart(doc, 'tabTitleItem'),
  extract,
};

export const taobao: SiteExtractor = {
  layout: 'taobao-2023',
  platforms: ['taobao', 'tmall'],
  detect: (doc) => !!firstByClassPart(doc, 'mainTitle') || !!firstByClassPart(doc, 'thumbnailPic'),
  extract,
};
