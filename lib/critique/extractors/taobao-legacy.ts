// Taobao and Tmall product pages, the older server-rendered layout (#J_Title, #J_AttrUL, #J_DivItemDesc),
// still served for some items, shops and saved pages. Ids are stable here, so plain selectors do.
import { descriptionBlocks, imagesIn, parseCount, parsePrice, splitParam, textOf } from '../dom';
import { anchorBlocks, setAnchor, type SiteExtractor } from '../site';

export const taobaoLegacy: SiteExtractor = {
  layout: 'taobao-legacy',
  platforms: ['taobao', 'tmall'],
  detect: (doc) => !!doc.querySelector('#J_Title, #J_AttrUL, #J_DivItemDesc, #J_UlThumb, .tb-detail-hd'),
  extract(doc, url, anchors) {
    // In order of preference (a selector list would return the first in document order: #J_Title itself).
    const titleEl = ['#J_Title .tb-main-title', '.tb-detail-hd h1', '#J_Title h3', '#J_Title'].map((s) => doc.querySelector(s)).find(Boolean);
    setAnchor(anchors, 'title', titleEl);
    setAnchor(anchors, 'buy', doc.querySelector('.tb-action, #J_juValid') ?? doc.querySelector('#J_LinkBuy')?.parentElement);
    const title = titleEl?.getAttribute('data-title')?.trim() || textOf(titleEl);

    const thumbs = doc.querySelector('#J_UlThumb');
    setAnchor(anchors, 'mainImages', thumbs);

    const attrs = doc.querySelector('#J_AttrUL, .attributes-list');
    setAnchor(anchors, 'specs', attrs);
    // <li title="&nbsp;冰丝">材质:&nbsp;冰丝</li>
    const specs = [...(attrs?.querySelectorAll('li') ?? [])].flatMap((li) => splitParam(textOf(li)) ?? []);

    const descRoot = doc.querySelector('#J_DivItemDesc, #description .content');
    setAnchor(anchors, 'desc', descRoot);
    const { blocks, elements } = descriptionBlocks(descRoot ? [descRoot] : [], url);
    anchorBlocks(anchors, elements);

    const reviewRoot = doc.querySelector('#J_Reviews, #J_Reviews .J_KgRate_ReviewList, .tm-rate-list, #J_ItemRates');
    setAnchor(anchors, 'reviews', reviewRoot);
    const reviewItems = doc.querySelectorAll('.J_KgRate_ReviewItem, .tm-rate-content, .rate-item').length;
    const counter = textOf(doc.querySelector('#J_RateCounter, #J_ItemRates .tm-count, .J_ReviewsCount'));
    const reviewCount = counter ? parseCount(counter) : reviewItems || undefined;

    const qaItems = doc.querySelectorAll('#J_AskAround li, .ask-item').length;
    setAnchor(anchors, 'qa', doc.querySelector('#J_AskAround'));

    return {
      title,
      price: parsePrice(textOf(doc.querySelector('#J_PromoPriceNum, #J_StrPrice .tb-rmb-num, .tm-price'))),
      mainImages: imagesIn(thumbs ? [thumbs] : [], url),
      skuOptions: [...doc.querySelectorAll('.J_TSaleProp li')].map((li) => textOf(li) || li.getAttribute('title') || '').filter(Boolean),
      specs,
      description: blocks,
      reviews: { shown: reviewItems > 0 || (reviewCount ?? 0) > 0, ...(reviewCount !== undefined && { count: reviewCount }) },
      qa: { shown: qaItems > 0, ...(qaItems > 0 && { count: qaItems }) },
      shopName: textOf(doc.querySelector('.tb-shop-name a, .tb-shop-name, .slogo-shopname')) || undefined,
    };
  },
};
