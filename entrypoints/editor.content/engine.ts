// Loads the listing engine into this content script's world (see extension/page-engine-api.ts).
import { PAGE_ENGINE, PAGE_ENGINE_FILE, type CreatePageEngine, type PageEngine, type PageEngineHost } from '@/extension/page-engine-api';
import { importIsolated } from '@/extension/isolated-import';

export async function loadPageEngine(host: PageEngineHost): Promise<PageEngine> {
  return (await importIsolated<CreatePageEngine>(PAGE_ENGINE_FILE, PAGE_ENGINE))(host);
}
