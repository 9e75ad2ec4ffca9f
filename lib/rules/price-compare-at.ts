// 划线价 (compareAt) is a price comparison the law regulates. Not above the price it compares nothing
// and the platforms reject or hide it; far above the price it is the classic 虚构原价. 《明码标价和禁止
// 价格欺诈规定》 (市场监管总局, 2022): the compared price must be true — unless explained, the lowest
// price actually charged in the 7 days before — and a made-up one is 价格欺诈.
import { z } from 'zod';
import { defineRule } from '../engine/define-rule';
import { formatYuan, yuanToFen } from '../pricing/money';

export default defineRule({
  meta: {
    id: 'price-compare-at',
    input: 'price',
    severity: 'warn',
    description: { zh: '划线价不高于售价（无意义），或远高于售价（价格欺诈风险）', en: 'Compare-at price not above the price (meaningless) or far above it (price-fraud risk)' },
    options: z.object({ maxRatio: z.number().gt(1).default(2) }),
    sources: {
      maxRatio: '《明码标价和禁止价格欺诈规定》：划线价（被比较价格）须真实，未说明时为前 7 日内最低成交价；运营手册：超过售价 2 倍视为虚高',
      rule: '淘宝/天猫/抖店 价格发布规范：划线价须高于售价',
    },
    messages: {
      notAbove: {
        zh: '划线价 {compareAt} 不高于售价 {price}，起不到比价作用，平台会不展示或驳回；删掉划线价或填真实的原价',
        en: 'The compare-at price {compareAt} is not above the price {price}: it compares nothing and platforms hide or reject it',
      },
      tooHigh: {
        zh: '划线价 {compareAt} 是售价 {price} 的 {ratio} 倍（超过 {max} 倍）：《明码标价和禁止价格欺诈规定》要求划线价是真实成交过的价格（一般为前 7 日最低成交价），虚高有价格欺诈风险',
        en: 'The compare-at price {compareAt} is {ratio}× the price {price} (over {max}×): under the PRC price-labelling and anti-price-fraud rules it must be a price actually charged (normally the lowest of the past 7 days); an inflated one risks a price-fraud finding',
      },
    },
  },
  check(listing, options, context) {
    if (listing.compareAt === undefined || listing.price === undefined) return;
    const compareFen = yuanToFen(listing.compareAt);
    const priceFen = yuanToFen(listing.price);
    const data = { compareAt: formatYuan(compareFen), price: formatYuan(priceFen), max: options.maxRatio };
    if (compareFen <= priceFen) context.report({ messageId: 'notAbove', severity: 'error', data });
    else if (compareFen > options.maxRatio * priceFen) context.report({ messageId: 'tooHigh', data: { ...data, ratio: Math.round((compareFen / priceFen) * 10) / 10 } });
  },
});
