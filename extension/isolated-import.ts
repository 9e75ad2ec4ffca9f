// A file of the extension imported into the content script's own (isolated) world, where it leaves one
// value under a global name: how a content script loads what most of its pages never need, so that
// those pages never parse it. The file must be web-accessible on the pages that load it (wxt.config.ts).
import { browser, type PublicPath } from 'wxt/browser';

export async function importIsolated<T>(file: PublicPath, name: string): Promise<T> {
  // The same file again (an SPA route back) is not fetched twice: modules are cached.
  await import(/* @vite-ignore */ browser.runtime.getURL(file));
  const value = (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (!value) throw new Error(`${file} did not load`);
  return value;
}
