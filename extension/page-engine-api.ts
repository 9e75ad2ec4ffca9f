// How the editor content script and its engine meet. The engine (extension/page-engine.ts: the rules,
// the word lists, zod) is a separate file the content script imports into its own world once it has
// found a listing form, so seller pages without one never parse it; the loaded file leaves its
// factory under this name. Types only besides the name: the content script stays light.
import type { EditorListing, ListingCheck, StoredBank } from '@/lib/engine/listing-checker';

export const PAGE_ENGINE = '__shoplintListingEngine';
/** Where the engine file is, inside the extension (web-accessible on the editor pages only). */
export const PAGE_ENGINE_FILE = '/editor-engine.js';

export interface PageEngine {
  /** The listing as the overlay shows it, checked at once (no message: a keystroke cannot wait for one). */
  check(listing: EditorListing, storedProfile: unknown): ListingCheck;
  stop(): void;
}

export interface PageEngineHost {
  /** The stored keyword banks, from the background (undefined when it could not answer). */
  banks(): Promise<readonly StoredBank[] | undefined>;
  /** The seller changed their settings or keyword banks: check again. */
  changed(): void;
}

export type CreatePageEngine = (host: PageEngineHost) => Promise<PageEngine>;
