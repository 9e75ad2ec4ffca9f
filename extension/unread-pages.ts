// The pages ShopLint served but did not understand (lib/sites/unread.ts), as the background keeps them
// for the popup's line: by page, the parts missing and when. Only the page kind is kept, no address.
import { storage } from '#imports';
import type { UnreadPage, UnreadPart } from '@/lib/sites/unread';

export type UnreadPages = Partial<Record<UnreadPage, { missing: UnreadPart[]; at: number }>>;

export const unreadPagesItem = storage.defineItem<UnreadPages>('local:unreadPages', { fallback: {} });

/** A report older than this is no longer news (the seller may not have opened that page since). */
export const UNREAD_SHOWN_MS = 24 * 3600e3;
