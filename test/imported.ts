// The metrics and alerts of fixture files imported as the popup imports them (an in-memory database):
// what popup component tests render, so that they show the figures `shoplint alerts` prints.
import { readFileSync } from 'node:fs';
import { readImport } from '../lib/shop/import/index';
import { fileHash, writeImports } from '../lib/db/write';
import { memoryShopDb } from '../lib/db/memory';
import { refreshAlerts } from '../lib/db/alerts';

/** `names` relative to test/fixtures/ (`shop/products.csv`), judged at `now`. */
export async function importFixtures(names: string[], now: number) {
  const db = memoryShopDb();
  try {
    const files = await Promise.all(
      names.map(async (name) => {
        const bytes = new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
        return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
      }),
    );
    await writeImports(db, files, now);
    return await refreshAlerts(db, now);
  } finally {
    db.close();
  }
}
