// Which rules run on which platform, with which options. A rule not named runs with its defaults.
import type { Platform } from '../schemas/common';
import type { RuleConfig } from './config';

/**
 * The price rules, named on every platform so a seller can see (and the options page can list) what
 * judges the price: the same money maths and the same thresholds on 淘宝, 天猫 and 抖店 — each
 * platform's 划线价 and SKU-bait rules say the same thing.
 */
const PRICE: RuleConfig = {
  'price-below-cost': {},
  'price-compare-at': {},
  'price-new-product': {},
  'price-no-event-room': {},
  'price-sku-spread': {},
  'price-unreadable-promo': {},
};

export const presets: Record<Platform, RuleConfig> = {
  taobao: { ...PRICE },
  // 天猫 refunds and compare-at rules are stricter in places; titles follow the same 60-character limit.
  tmall: { ...PRICE },
  // 抖店's title box refuses fewer than 15 characters (8 汉字): lib/rules/title-length.ts.
  douyin: { ...PRICE, 'title-length': { options: { floor: 15 } } },
};
