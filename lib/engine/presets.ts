// Which rules run on which platform, with which options. A rule not named runs with its defaults.
import type { Platform } from '../schemas/common';
import type { RuleConfig } from './config';

export const presets: Record<Platform, RuleConfig> = {
  taobao: {},
  // 天猫 refunds and compare-at rules are stricter in places; titles follow the same 60-character limit.
  tmall: {},
  douyin: {},
};
