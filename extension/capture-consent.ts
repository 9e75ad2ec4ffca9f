// The capture consent as a content script reads it: `shop.capture` of the one settings value, without the
// settings schema (zod stays out of content scripts). The background checks it again before it writes.
import { storage } from '#imports';
import { SETTINGS_KEY } from '@/lib/settings/keys';

const settings = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

const allowed = (value: unknown) => (value as { shop?: { capture?: unknown } } | null | undefined)?.shop?.capture === true;

export async function captureAllowed(): Promise<boolean> {
  return allowed(await settings.getValue());
}

/** Calls back with the consent whenever the seller changes it; returns the unwatch function. */
export function watchCaptureConsent(onChange: (allowed: boolean) => void): () => void {
  return settings.watch((value) => onChange(allowed(value)));
}
