// How a keyword bank is named to the seller (popup, overlay, CLI): where its figures come from, and
// that they are estimates when the export gave ranges.
import type { Localized } from '../schemas/common';
import type { KeywordSource } from './schema';

export const SOURCE_NAMES: Record<KeywordSource, Localized> = {
  sycm: { zh: '生意参谋', en: 'Business Advisor' },
  compass: { zh: '抖店罗盘', en: 'Doudian Compass' },
  ads: { zh: '推广关键词报表', en: 'ad keyword report' },
  list: { zh: '词表', en: 'word list' },
};

/** The export showed ranges (or a plugin's estimates): values are computed from range midpoints. */
export const APPROXIMATE: Localized = { zh: '区间估算', en: 'approximate' };
export const APPROXIMATE_HINT: Localized = {
  zh: '导出的数据是区间（如 5000 ~ 1万）或插件的预估值：搜索价值按区间中值估算',
  en: 'The export shows ranges (such as 5000 ~ 10000) or a plugin\'s estimates: values are computed from range midpoints',
};
