// Loads the listing engine into this content script's world (see extension/page-engine-api.ts).
import { browser } from 'wxt/browser';
import { PAGE_ENGINE, PAGE_ENGINE_FILE, type CreatePageEngine, type PageEngine, type PageEngineHost } from '@/extension/page-engine-api';

export async function loadPageEngine(host: PageEngineHost): Promise<PageEngine> {
  // The same file again (an SPA route back to the editor) is not fetched twice: modules are cached.
  await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_ENGINE_FILE as '/editor-engine.js'));
  const create = (globalThis as Record<string, unknown>)[PAGE_ENGINE] as CreatePageEngine | undefined;
  if (!create) throw new Error(`${PAGE_ENGINE_FILE} did not load`);
  return create(host);
}
