// What the editor overlay remembers, in extension storage (not the seller site's origin): the shop
// profile per platform (part of the one settings value, extension/settings.ts) and whether the panels
// are collapsed (a view state, not a setting).
import { storage } from '@wxt-dev/storage';

export { loadProfile, saveProfile, watchProfile } from '@/extension/settings';

export const collapsedItem = storage.defineItem<boolean>('local:overlay.collapsed', { fallback: false });
