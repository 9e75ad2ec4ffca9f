// The generic reader of product pages (Readability), as its own file: the critique content script imports
// it into its isolated world only on a page of a layout no extractor knows (extension/isolated-import.ts).
import { extractWithReadability } from '@/lib/critique/extractors/readability';
import { PAGE_FALLBACK } from '@/lib/critique/site';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_FALLBACK] = extractWithReadability;
});
