// 抖音商城 product pages (haohuo.jinritemai.com/views/product/…): a React H5 page with CSS-module class
// names such as `goods-title_goodsTitle__h6Tt2`, matched by their readable part.
import { byClassPart, descriptionBlocks, firstByClassPart, imagesIn, parseCount, parsePrice, textOf } from '../dom';
import { anchorBlocks, setAnchor, type SiteExtractor } from '../site';

export const douyin: SiteExtractor = {
  layout: 'douyin-item',
  platforms: ['douyin'],
  detect: (doc) => !!firstByClassPart(doc, 'goodsTitle') || !!firstByClassPart(doc, 'mainSwiper'),
  extract(doc, url, anchors) {
    const title = firstByClassPart(doc, 'goodsTitle');
    setAnchor(anchors, 'title', title);
    setAnchor(anchors, 'buy', firstByClassPart(doc, 'buyBar'));
    const swiper = firstByClassPart(doc, 'mainSwiper');
    setAnchor(anchors, 'mainImages', swiper);

    const params = byClassPart(doc, 'paramItem');
    setAnchor(anchors, 'specs', params[0]?.parentElement);
    const specs = params.flatMap((item) => {
      const label = textOf(firstByClassPart(item, 'paramName'));
      const value = textOf(firstByClassPart(item, 'paramValue'));
      return label && value ? [{ label, value }] : [];
    });

    const detail = firstByClassPart(doc, 'detailContent');
    setAnchor(anchors, 'desc', detail);
    const { blocks, elements } = descriptionBlocks(detail ? [detail] : [], url);
    anchorBlocks(anchors, elements);

    const comments = byClassPart(doc, 'commentItem');
    const header = firstByClassPart(doc, 'commentHeader');
    setAnchor(anchors, 'reviews', header ?? comments[0]);
    const reviewCount = header ? parseCount(textOf(header)) : comments.length || undefined;

    return {
      title: textOf(title),
      price: parsePrice(textOf(firstByClassPart(doc, 'priceAmount'))),
      mainImages: imagesIn(swiper ? [swiper] : [], url),
      skuOptions: byClassPart(doc, 'skuItem').map(textOf).filter(Boolean),
      specs,
      description: blocks,
      reviews: { shown: comments.length > 0 || (reviewCount ?? 0) > 0, ...(reviewCount !== undefined && { count: reviewCount }) },
      qa: { shown: false },
      shopName: textOf(firstByClassPart(doc, 'shopName')) || undefined,
    };
  },
};
