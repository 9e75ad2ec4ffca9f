// settings/: everything the seller configures, in ONE versioned value — their own words, rule switches
// and thresholds per platform, the shop's alert settings and capture consent, and the shop profile per
// platform (promotions, cost, margin). Validated on every read and write; an older version or an older
// storage key is migrated (migrate.ts), a broken part falls back to its defaults with a notice (never a
// blank page). Stored by the extension (extension/settings.ts, storage.local); pure data here.
import { z } from 'zod';
import { UserWords } from '../lexicon/schema';
import { RuleConfig } from '../engine/config';
import { ShopSettings } from '../schemas/settings';
import { EMPTY_PROFILE, ShopProfile } from '../schemas/shop-profile';

export const SETTINGS_VERSION = 2;

const perPlatform = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.object({ taobao: schema.default(fallback as never), tmall: schema.default(fallback as never), douyin: schema.default(fallback as never) });

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  words: UserWords.default(UserWords.parse({})),
  /** Per platform, over the platform preset. */
  rules: perPlatform(RuleConfig, {}).default({ taobao: {}, tmall: {}, douyin: {} }),
  /** Capture consent, 千牛 shop kind, GMV target and per-alert switches/thresholds. */
  shop: ShopSettings.default(ShopSettings.parse({})),
  /** What the price checks assume on each platform: running promotions, unit cost, minimum margin. */
  profiles: perPlatform(ShopProfile, EMPTY_PROFILE).default({ taobao: EMPTY_PROFILE, tmall: EMPTY_PROFILE, douyin: EMPTY_PROFILE }),
});
export type Settings = z.infer<typeof Settings>;
export type SettingsInput = z.input<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({ version: SETTINGS_VERSION });

export interface Notice {
  zh: string;
  en: string;
}

export interface LoadedSettings {
  settings: Settings;
  /** Why some stored value was not used as it was (reset to defaults), for a visible notice. */
  notice?: Notice;
}

/** Shown when a part of the settings could not be read; `where` names the part. */
export function brokenNotice(where: string, error: z.ZodError): Notice {
  const issue = error.issues[0]!;
  const path = [where, ...issue.path].join('.');
  return {
    zh: `设置无法读取（${path}：${issue.message}），该部分已恢复默认设置`,
    en: `Settings could not be read (${path}: ${issue.message}); that part was reset to defaults`,
  };
}

export function newerNotice(version: number): Notice {
  return { zh: `设置来自更新版本（v${version}），已改用默认设置`, en: `Settings are from a newer version (v${version}); defaults are used` };
}

export { loadSettings } from './migrate';
