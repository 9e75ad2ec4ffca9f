// extension/: the thin layer over browser APIs that several entrypoints share (settings in extension
// storage, typed messages). lib/ stays free of it.
import { storage } from '#imports';
import { ShopSettings, type ShopSettingsInput } from '@/lib/schemas/settings';

/** In extension storage, not IndexedDB: content scripts read the capture consent without a round trip. */
export const shopSettingsItem = storage.defineItem<ShopSettingsInput>('local:shopSettings', { fallback: {} });

export async function loadShopSettings(): Promise<ShopSettings> {
  const parsed = ShopSettings.safeParse(await shopSettingsItem.getValue());
  // A stored value from an older version that no longer parses falls back to the defaults.
  return parsed.success ? parsed.data : ShopSettings.parse({});
}

export async function saveShopSettings(patch: Partial<ShopSettingsInput>): Promise<void> {
  const current = await loadShopSettings();
  await shopSettingsItem.setValue(ShopSettings.parse({ ...current, ...patch }));
}

/**
 * The seller's own words and rule settings per platform (lib/settings), which the engine in the
 * background applies to every check. Read with `loadSettings`: a broken value falls back to defaults.
 */
export const ruleSettingsItem = storage.defineItem<unknown>('local:settings', { fallback: undefined });

