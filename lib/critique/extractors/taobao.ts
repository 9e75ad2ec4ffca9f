// Taobao and Tmall product pages, the current layout (2023–): React with CSS-module class names such as
// `ItemHeader--mainTitle--3CIjqW5`. Classes are matched by their readable part, never by the hash.
import { byClassPart, descriptionBlocks, firstByClassPart, imagesIn, parseCount, parsePrice, textOf } from '../dom';
import { anchorBlocks, setAnchor, type SiteExtractor } from '../site';

const REVIEW_TAB = /(?:用户评价|宝贝评价|累计评价|评价)\s*[(（]?\s*([\d.,]+\s*(?:万|千)?\s*\+?)/;
const QA_TAB = /问大家\s*[(（]?\s*([\d.,]+\s*(?:万|千)?\s*\+?)?/;

export const taobao: SiteExtractor = {
  layout: 'taobao-2023',
  platforms: ['taobao', 'tmall'],
  detect: (doc) => !!firstByClassPart(doc, 'mainTitle') || !!firstByClassPart(doc, 'thumbnailPic'),
  extract(doc, url, anchors) {
    const title = firstByClassPart(doc, 'mainTitle');
    setAnchor(anchors, 'title', title);
    setAnchor(anchors, 'buy', firstByClassPart(doc, 'Actions--root') ?? doc.querySelector('#J_LinkBuy')?.parentElement);

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

    const comments = byClassPart(doc, 'Comment--root');
    const tabs = byClassPart(doc, 'Tabs--title').map(textOf);
    const reviewTab = tabs.map((t) => REVIEW_TAB.exec(t)).find(Boolean);
    const reviewCount = reviewTab ? parseCount(reviewTab[1]!) : comments.length || undefined;
    setAnchor(anchors, 'reviews', comments[0]?.parentElement ?? byClassPart(doc, 'Tabs--title').find((t) => REVIEW_TAB.test(textOf(t))));

    const questions = byClassPart(doc, 'AskAnswer--item');
    const qaTab = tabs.map((t) => QA_TAB.exec(t)).find(Boolean);
    setAnchor(anchors, 'qa', questions[0]?.parentElement);

    return {
      title: textOf(title),
      price: parsePrice(textOf(firstByClassPart(doc, 'priceText'))),
      mainImages,
      skuOptions: byClassPart(doc, 'valueItemText').map(textOf).filter(Boolean),
      specs,
      description: blocks,
      reviews: { shown: comments.length > 0 || (reviewCount ?? 0) > 0, ...(reviewCount !== undefined && { count: reviewCount }) },
      qa: {
        shown: questions.length > 0,
        ...(qaTab?.[1] ? { count: parseCount(qaTab[1]) } : questions.length ? { count: questions.length } : {}),
      },
      shopName: textOf(firstByClassPart(doc, 'shopName')) || undefined,
    };
  },
};
