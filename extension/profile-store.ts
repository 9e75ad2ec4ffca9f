// The editor overlay's view of the shop profile: the `profiles[platform]` part of the one settings value
// (extension/settings.ts), read and watched without zod so the content script stays light. The value is
// `unknown` here; the background validates it (readProfile) before using it, and writes it (saveProfile).
import { storage } from '@wxt-dev/storage';
import type { Platform } from '@/lib/schemas/common';
import { SETTINGS_KEY } from '@/lib/settings/keys';

const settingsRaw = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

// null, not undefined, when there is none: the value crosses a message, where undefined keys vanish.
const profileOf = (settings: unknown, platform: Platform): unknown =>
  (settings as { profiles?: Record<string, unknown> } | null | undefined)?.profiles?.[platform] ?? null;

export const storedProfile = {
  async get(platform: Platform): Promise<unknown> {
    return profileOf(await settingsRaw.getValue(), platform);
  },
  watch(platform: Platform, onChange: (profile: unknown) => void): () => void {
    return settingsRaw.watch((value) => onChange(profileOf(value, platform)));
  },
};
