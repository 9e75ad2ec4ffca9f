// Reads stored settings of any age into the current shape. Two kinds of history meet here:
// - versions of the settings value itself (v1: words + rules only), stepped forward by MIGRATIONS;
// - the storage keys that held settings before there was one value: `shopSettings` (the popup's shop
//   settings) and `shopProfile.<platform>` (the editor overlay's shop profile).
// Every part is parsed on its own, so one broken part resets only itself, with a notice.
import type { z } from 'zod';
import { PLATFORMS } from '../schemas/common';
import { brokenNotice, DEFAULT_SETTINGS, newerNotice, Settings, SETTINGS_VERSION, type LoadedSettings, type Notice } from './schema';

/** The storage key (without its `local:` area) of the settings, and the keys it replaced. */
import { SETTINGS_KEY } from './keys';

export { SETTINGS_KEY };
export const LEGACY_SHOP_SETTINGS_KEY = 'shopSettings';
export const legacyProfileKey = (platform: string) => `shopProfile.${platform}`;
export const LEGACY_KEYS = [LEGACY_SHOP_SETTINGS_KEY, ...PLATFORMS.map(legacyProfileKey)];

type Raw = Record<string, unknown>;

/** From version n to n + 1. */
const MIGRATIONS: Record<number, (value: Raw) => Raw> = {
  // v1 had words and rules; shop settings and profiles lived under their own keys (see migrateStored).
  1: (value) => ({ ...value, version: 2 }),
};

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses `value` with `schema`; on failure the schema's default and a notice naming `where`. */
function part<T extends z.ZodType>(schema: T, value: unknown, where: string, notices: Notice[]): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  notices.push(brokenNotice(where, parsed.error));
  return schema.parse(undefined);
}

function parseParts(value: Raw, notices: Notice[]): Settings {
  const shape = Settings.shape;
  const platforms = <K extends 'rules' | 'profiles'>(key: K) => {
    const raw = isRecord(value[key]) ? value[key] : value[key] === undefined ? {} : undefined;
    if (!raw) notices.push(brokenNotice(key, Settings.shape[key].safeParse(value[key]).error!));
    const inner = shape[key].unwrap().shape;
    return Object.fromEntries(PLATFORMS.map((p) => [p, part(inner[p], raw?.[p], `${key}.${p}`, notices)])) as Settings[K];
  };
  return {
    version: SETTINGS_VERSION,
    words: part(shape.words, value.words, 'words', notices),
    rules: platforms('rules'),
    shop: part(shape.shop, value.shop, 'shop', notices),
    profiles: platforms('profiles'),
  };
}

/** Reads the value stored under SETTINGS_KEY, whatever its version, into valid settings. */
export function loadSettings(stored: unknown): LoadedSettings {
  if (stored === undefined || stored === null) return { settings: DEFAULT_SETTINGS };
  const version = isRecord(stored) ? stored.version : undefined;
  if (typeof version === 'number' && version > SETTINGS_VERSION) return { settings: DEFAULT_SETTINGS, notice: newerNotice(version) };
  if (!isRecord(stored) || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const error = Settings.safeParse(stored).error!;
    return { settings: DEFAULT_SETTINGS, notice: brokenNotice('settings', error) };
  }
  let value = stored;
  for (let v = version; v < SETTINGS_VERSION; v++) value = MIGRATIONS[v]!(value);
  const notices: Notice[] = [];
  const settings = parseParts(value, notices);
  return notices[0] ? { settings, notice: notices[0] } : { settings };
}

export interface MigratedSettings extends LoadedSettings {
  /** True when a legacy key or an older version was read: the caller writes the result back and removes LEGACY_KEYS. */
  migrated: boolean;
}

/** Reads the settings from everything stored under SETTINGS_KEY and LEGACY_KEYS (keys without their area). */
export function migrateStored(stored: Record<string, unknown>): MigratedSettings {
  const current = stored[SETTINGS_KEY];
  const loaded = loadSettings(current);
  const notices: Notice[] = loaded.notice ? [loaded.notice] : [];
  const settings: Settings = { ...loaded.settings, profiles: { ...loaded.settings.profiles } };
  const legacyShop = stored[LEGACY_SHOP_SETTINGS_KEY];
  if (legacyShop !== undefined) settings.shop = part(Settings.shape.shop, legacyShop, LEGACY_SHOP_SETTINGS_KEY, notices);
  for (const platform of PLATFORMS) {
    const legacy = stored[legacyProfileKey(platform)];
    if (legacy !== undefined) settings.profiles[platform] = part(Settings.shape.profiles.unwrap().shape[platform], legacy, legacyProfileKey(platform), notices);
  }
  const migrated =
    LEGACY_KEYS.some((key) => stored[key] !== undefined) || (isRecord(current) && typeof current.version === 'number' && current.version < SETTINGS_VERSION);
  return { settings, ...(notices[0] && { notice: notices[0] }), migrated };
}
