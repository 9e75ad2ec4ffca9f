// settings/: what the seller configures — their own words, rule switches and thresholds per platform.
// Validated on every read and write; an older version is migrated, a broken one falls back to defaults
// with a notice (never a blank page). Stored by the extension (storage.local); pure data here.
import { z } from 'zod';
import { UserWords } from '../lexicon/schema';
import { RuleConfig } from '../engine/config';

export const SETTINGS_VERSION = 1;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  words: UserWords.default(UserWords.parse({})),
  /** Per platform, over the platform preset. */
  rules: z
    .object({ taobao: RuleConfig.default({}), tmall: RuleConfig.default({}), douyin: RuleConfig.default({}) })
    .default({ taobao: {}, tmall: {}, douyin: {} }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({ version: SETTINGS_VERSION });

export interface LoadedSettings {
  settings: Settings;
  /** Why the stored value was not used as it was (migrated or reset), for a visible notice. */
  notice?: { zh: string; en: string };
}

/** Reads a stored value of any age or shape into valid settings. */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const parsed = Settings.safeParse(stored);
  if (parsed.success) return { settings: parsed.data };
  const version = typeof stored === 'object' && stored !== null && 'version' in stored ? (stored as { version: unknown }).version : undefined;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.join('.') || '(root)';
  return {
    settings: DEFAULT_SETTINGS,
    notice:
      typeof version === 'number' && version > SETTINGS_VERSION
        ? { zh: `设置来自更新版本（v${version}），已改用默认设置`, en: `Settings are from a newer version (v${version}); defaults are used` }
        : { zh: `设置无法读取（${where}：${issue.message}），已恢复默认设置`, en: `Settings could not be read (${where}: ${issue.message}); defaults restored` },
  };
}
