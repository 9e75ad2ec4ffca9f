// What the editor overlay remembers for itself, in extension storage (not the seller site's origin):
// whether the panels are collapsed. The shop profile is in extension/profile-store.ts.
import { storage } from '@wxt-dev/storage';

export const collapsedItem = storage.defineItem<boolean>('local:overlay.collapsed', { fallback: false });
