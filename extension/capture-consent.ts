// The capture consent as a content script reads it: the one boolean, without the settings schema
// (zod stays out of content scripts). The background checks it again before it writes anything.
import { storage } from '#imports';

// The same storage key as extension/settings.ts (shopSettingsItem); only `capture` is read here.
const shopSettings = storage.defineItem<{ capture?: unknown } | null>('local:shopSettings');

const allowed = (value: { capture?: unknown } | null) => value?.capture === true;

export async function captureAllowed(): Promise<boolean> {
  return allowed(await shopSettings.getValue());
}

/** Calls back with the consent whenever the seller changes it; returns the unwatch function. */
export function watchCaptureConsent(onChange: (allowed: boolean) => void): () => void {
  return shopSettings.watch((value) => onChange(allowed(value)));
}
