// extension/: the thin layer over browser APIs that several entrypoints share (settings in extension
// storage, typed messages). lib/ stays free of it.
//
// The ONE place settings are read and written — background, popup, options and content scripts. They
// live in storage.local (not IndexedDB) so content scripts read the capture consent and the shop profile
// without a round trip. Reads migrate older keys once (lib/settings/migrate.ts) and never throw.
import { storage } from '#imports';
import type { Platform } from '@/lib/schemas/common';
import type { ShopSettings, ShopSettingsInput } from '@/lib/schemas/settings';
import type { ShopProfile } from '@/lib/schemas/shop-profile';
import { Settings, type LoadedSettings } from '@/lib/settings/schema';
import { LEGACY_KEYS, loadSettings, migrateStored, SETTINGS_KEY } from '@/lib/settings/migrate';

const area = (key: string) => `local:${key}` as const;

export const settingsItem = storage.defineItem<unknown>(area(SETTINGS_KEY));

/** The settings, migrated from older keys the first time (and written back, so it happens once). */
export async function readSettings(): Promise<LoadedSettings> {
  const keys = [SETTINGS_KEY, ...LEGACY_KEYS];
  const values = await storage.getItems(keys.map(area));
  const stored: Record<string, unknown> = {};
  values.forEach(({ value }, i) => {
    if (value !== null && value !== undefined) stored[keys[i]!] = value;
  });
  const { migrated, ...loaded } = migrateStored(stored);
  if (migrated) {
    await settingsItem.setValue(loaded.settings);
    await storage.removeItems(LEGACY_KEYS.map(area));
  }
  return loaded;
}

/** Validates and stores the whole value (a value that does not parse throws: a caller bug, not seller data). */
export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(settings));
}

/** Read, change, write. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = Settings.parse(change((await readSettings()).settings));
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the settings whenever any page of the extension changes them. */
export function watchSettings(onChange: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(loadSettings(value)));
}

// The shop part, as the popup and background have used it.
export const loadShopSettings = async (): Promise<ShopSettings> => (await readSettings()).settings.shop;

export async function saveShopSettings(patch: Partial<ShopSettingsInput>): Promise<void> {
  await updateSettings((s) => ({ ...s, shop: Settings.shape.shop.parse({ ...s.shop, ...patch }) }));
}

// The profile part, as the editor overlay uses it.
export const loadProfile = async (platform: Platform): Promise<ShopProfile> => (await readSettings()).settings.profiles[platform];

export async function saveProfile(platform: Platform, profile: ShopProfile): Promise<void> {
  await updateSettings((s) => ({ ...s, profiles: { ...s.profiles, [platform]: profile } }));
}

export const watchProfile = (platform: Platform, onChange: (profile: ShopProfile) => void): (() => void) =>
  watchSettings(({ settings }) => onChange(settings.profiles[platform]));
