// What the editor overlay remembers for itself, in extension storage (not the seller site's origin):
// whether the panels are collapsed (a view state, not a setting). The shop profile is part of the one
// settings value; the content script reads it through extension/profile-store.ts (no zod).
import { storage } from '@wxt-dev/storage';

export const collapsedItem = storage.defineItem<boolean>('local:overlay.collapsed', { fallback: false });
