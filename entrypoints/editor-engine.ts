// The listing engine for the editor pages, as its own file (see extension/page-engine-api.ts): the
// editor content script imports it into its isolated world, where it leaves its factory.
import { createPageEngine } from '@/extension/page-engine';
import { PAGE_ENGINE } from '@/extension/page-engine-api';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PAGE_ENGINE] = createPageEngine;
});
