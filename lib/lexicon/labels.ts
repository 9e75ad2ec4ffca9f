// Names of the banned-word categories as a seller reads them.
import type { Localized } from '../schemas/common';
import type { BannedCategory } from './schema';

export const CATEGORY_LABELS: Record<BannedCategory, Localized> = {
  absolute: { zh: '绝对化用语', en: 'an absolute claim' },
  authority: { zh: '权威/国家机关用语', en: 'an authority claim' },
  superstition: { zh: '迷信用语', en: 'a superstitious claim' },
  medical: { zh: '医疗功效用语', en: 'a medical claim' },
  guarantee: { zh: '保证/承诺用语', en: 'a guarantee of results' },
  inducement: { zh: '虚假紧迫/诱导用语', en: 'false urgency or inducement' },
  trademark: { zh: '驰名商标宣传', en: 'a well-known-trademark claim' },
  vulgar: { zh: '低俗用语', en: 'vulgar language' },
  user: { zh: '自定义违禁词', en: 'one of your banned words' },
};
