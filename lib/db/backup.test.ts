import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DERIVED_TABLES, openShopDb, type ShopDb } from './schema';
import { buildDays } from '../shop/summaries';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readImport } from '../shop/import/index';
import { fileHash, writeImports } from './write';
import { refreshAlerts } from './alerts';
import { recordAudit } from './audit';
import { orderDay, rowKey } from './order-days';
import { storedLines, storedOrders } from './read';

// dexie-export-import expects a browser: `self` when it loads, FileReader to read blobs. Node has neither.
globalThis.self ??= globalThis as typeof self;
globalThis.FileReader ??= class {
    onload?: (ev: { target: { result: ArrayBuffer } }) => void;
    onerror?: (ev: unknown) => void;
    onabort?: () => void;
    readAsArrayBuffer(blob: Blob) {
      void blob.arrayBuffer().then((result) => this.onload?.({ target: { result } }), (e: unknown) => this.onerror?.({ target: { error: e } }));
    }
} as unknown as typeof FileReader;
const { BackupError, clearShopDb, createBackup, restoreBackup } = await import('./backup');

const freshDb = (name = 'backup-test'): ShopDb => openShopDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
/** The scratch database a restore reads the file into, at any schema version. */
const staging = () => {
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  return (upTo?: number) => openShopDb('staging', deps, upTo);
};

async function seed(db: ShopDb) {
  const lines = [{ lineId: '1', productId: '745812369012', title: '冰丝防晒衣', qty: 1, amount: 199 }];
  await db.orderDays.bulkAdd([
    orderDay(rowKey('2026-11-18', '3912345678901234567', true), [{ id: '3912345678901234567', platform: 'taobao', status: 'paid', createdAt: 1_795_000_000_000, paidAt: 1_795_000_100_000, amount: 199, afterSale: 'none', seenAt: 1_795_000_000_000, lines }]),
  ]);
  await db.products.bulkAdd([{ id: '745812369012', title: '冰丝防晒衣', stock: 3 }] as never);
  await db.daily.bulkAdd([{ day: '2026-11-19', uv: 100, buyers: 3, gmv: 300 }] as never);
}

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  words: { ...DEFAULT_SETTINGS.words, banned: ['我的禁词'], ownBrands: ['第一夫人'] },
  shop: { ...DEFAULT_SETTINGS.shop, capture: true },
  profiles: { ...DEFAULT_SETTINGS.profiles, taobao: { name: '小鹿家居旗舰店', promos: ['满200减30'], minMargin: 0.2 } },
};

/** Every table's rows, but those of `without`. */
async function dump(db: ShopDb, without: string[] = []) {
  return Object.fromEntries(await Promise.all(db.tables.filter((t) => !without.includes(t.name)).map(async (t) => [t.name, await t.toArray()] as const)));
}

const table = (backup: { database: { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } } }, name: string) => backup.database.data.data.find((t) => t.tableName === name)!.rows;

describe('backup', () => {
  it('restores every row and the settings into a fresh profile', async () => {
    const source = freshDb();
    await seed(source);
    const file = await createBackup(source, SETTINGS, '0.1.0', 1_795_000_000_000);
    const target = freshDb();
    const restored = await restoreBackup(target, file, staging());
    expect(restored).toEqual({ settings: SETTINGS, app: '0.1.0', exportedAt: 1_795_000_000_000 });
    // The seed wrote no summaries (not through writeImports): the restore makes them from the orders.
    expect(await dump(target, [...DERIVED_TABLES])).toEqual(await dump(source, [...DERIVED_TABLES]));
    expect(await target.shopDays.toArray()).toEqual(buildDays(await storedOrders(source), await storedLines(source)));
    expect(await target.alertState.count()).toBe(0);
    expect((await storedOrders(target))[0]!.id).toBe('3912345678901234567');
  });

  it('restores a whole demo shop exactly: every row its writers store passes its table schema unchanged', async () => {
    const source = freshDb();
    // The demo shop's exports and its promotion reports (every table the writers fill).
    const dirs = ['shop', 'promo'].map((d) => resolve(import.meta.dirname, '../../test/fixtures', d));
    const paths = dirs.flatMap((dir) => readdirSync(dir).filter((name) => !name.endsWith('.md')).map((name) => join(dir, name)));
    const files = await Promise.all(paths.map(async (path) => {
      const name = path.split('/').at(-1)!;
      const bytes = new Uint8Array(readFileSync(path));
      return { parsed: await readImport(bytes, name), hash: await fileHash(bytes) };
    }));
    const now = Date.UTC(2026, 10, 20, 2);
    await writeImports(source, files, now);
    await refreshAlerts(source, now);
    await recordAudit(source, 'taobao', [{ id: '1', title: '全网最好的冰丝防晒衣女夏季薄款', price: 129 }, { id: '2', title: '防晒衣', price: 59 }], now);
    const bank = { category: 'apparel', dataDate: '2026-11-01', importedAt: '2026-11-02T00:00:00.000Z', source: 'sycm' as const, keywords: [{ term: '防晒衣', popularity: 1200 }] };
    await source.keywordBanks.put({ key: '|apparel', category: 'apparel', dataDate: bank.dataDate, bank });
    const written = await dump(source);
    for (const [name, rows] of Object.entries(written)) expect(rows.length, name).toBeGreaterThan(0);
    const target = freshDb();
    const file = await createBackup(source, SETTINGS, '0.1.0');
    const tableRows = (name: string) => (JSON.parse(file) as { database: { data: { data: { tableName: string; rows: unknown[] }[] } } }).database.data.data.find((t) => t.tableName === name)?.rows ?? [];
    expect(tableRows('orderDays').length).toBeGreaterThan(0);
    expect([...tableRows('shopDays'), ...tableRows('alertState')]).toEqual([]);
    await restoreBackup(target, file, staging());
    // The summaries made again from the restored orders equal those the writes kept; what the stored
    // alerts were judged from is not restored (the next recompute judges everything).
    const { alertState, ...rest } = written;
    expect(alertState!.length).toBe(1);
    expect(await dump(target, ['alertState'])).toEqual(rest);
    expect(await target.alertState.count()).toBe(0);
  });

  it('replaces what was there (restore, not merge)', async () => {
    const source = freshDb();
    await seed(source);
    const file = await createBackup(source, SETTINGS, '0.1.0');
    const target = freshDb();
    await target.products.add({ id: 'other', title: '别的商品', stock: 1 } as never);
    await restoreBackup(target, file, staging());
    expect((await target.products.toArray()).map((p) => p.id)).toEqual(['745812369012']);
  });

  it('restores a backup from an older ShopLint: its rows go through the schema upgrades', async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = openShopDb('old', deps, 1);
    const lines = [{ lineId: '1', productId: '745812369012', title: '冰丝防晒衣', qty: 2, amount: 398 }];
    await v1.table('orders').bulkAdd([{ id: '3912345678901234567', platform: 'taobao', status: 'paid', createdAt: 1_795_000_000_000, paidAt: 1_795_000_100_000, amount: 398, afterSale: 'none', seenAt: 1_795_000_000_000, lines }]);
    await v1.products.bulkAdd([{ id: '745812369012', title: '冰丝防晒衣', stock: 3 }] as never);
    const file = await createBackup(v1, SETTINGS, '0.0.9');
    expect(JSON.parse(file).database.data.databaseVersion).toBe(1);

    const target = freshDb();
    await target.products.add({ id: 'other', title: '别的商品', stock: 1 } as never);
    expect(await restoreBackup(target, file, staging())).toMatchObject({ app: '0.0.9', settings: SETTINGS });
    expect(await storedOrders(target)).toEqual([{ id: '3912345678901234567', platform: 'taobao', status: 'paid', createdAt: 1_795_000_000_000, paidAt: 1_795_000_100_000, amount: 398, afterSale: 'none', seenAt: 1_795_000_000_000 }]);
    expect(await storedLines(target)).toEqual([{ ...lines[0], orderId: '3912345678901234567', status: 'paid', paidAt: 1_795_000_100_000 }]);
    expect((await target.products.toArray()).map((p) => p.id)).toEqual(['745812369012']);
    expect(await target.keywordBanks.count()).toBe(0);
  });

  it('refuses a backup from a newer version and writes nothing', async () => {
    const source = freshDb();
    await seed(source);
    const backup = JSON.parse(await createBackup(source, SETTINGS, '0.1.0'));
    const target = freshDb();
    await target.products.add({ id: 'keep', title: '保留', stock: 1 } as never);
    for (const newer of [{ ...backup, app: '9.0.0', settingsVersion: 99 }, { ...backup, app: '9.0.0', database: { ...backup.database, data: { ...backup.database.data, databaseVersion: 99 } } }]) {
      await expect(restoreBackup(target, JSON.stringify(newer), staging())).rejects.toMatchObject({ problem: 'newer', detail: '9.0.0' });
    }
    expect((await target.products.toArray()).map((p) => p.id)).toEqual(['keep']);
  });

  it('is all-or-nothing: a bad row in the last table leaves every table as it was', async () => {
    const source = freshDb();
    await seed(source);
    const backup = JSON.parse(await createBackup(source, SETTINGS, '0.1.0'));
    const products = backup.database.data.data.find((t: { tableName: string }) => t.tableName === 'products');
    products.rows.push({ title: 'no primary key', stock: 1 });
    const target = freshDb();
    await seed(target);
    await target.products.add({ id: 'keep', title: '保留', stock: 1 } as never);
    const before = await dump(target);
    await expect(restoreBackup(target, JSON.stringify(backup), staging())).rejects.toBeInstanceOf(BackupError);
    expect(await dump(target)).toEqual(before);
  });

  it('checks every row against its table schema: a refused row names table, row and field, and nothing is written', async () => {
    const source = freshDb();
    await seed(source);
    const target = freshDb();
    await seed(target);
    const before = await dump(target);
    const cases: [string, (rows: Record<string, unknown>[]) => void, RegExp][] = [
      ['orderDays', (rows) => ((rows[0]!.orders as Record<string, unknown>[])[0]!.status = 'hacked'), /^orderDays 2026-11-18\/open-\d+ orders\.0\.status: /],
      ['products', (rows) => rows.push({ id: '2', title: '负库存', stock: -1 }), /^products 2 stock: /],
      ['orderDays', (rows) => ((rows[0]!.orders as { lines: Record<string, unknown>[] }[])[0]!.lines[0]!.qty = 1.5), /^orderDays 2026-11-18\/open-\d+ orders\.0\.lines\.0\.qty: /],
      ['daily', (rows) => (rows[0]!.day = '19/11/2026'), /^daily 19\/11\/2026 day: /],
    ];
    for (const [name, spoil, detail] of cases) {
      const backup = JSON.parse(await createBackup(source, SETTINGS, '0.1.0'));
      spoil(table(backup, name));
      const refused = restoreBackup(target, JSON.stringify(backup), staging());
      await expect(refused).rejects.toMatchObject({ problem: 'row', detail: expect.stringMatching(detail) });
      expect(await dump(target)).toEqual(before);
    }
  });

  it('makes again what the order rows index: an edited backup cannot hide an open order', async () => {
    const source = freshDb();
    await seed(source);
    const backup = JSON.parse(await createBackup(source, SETTINGS, '0.1.0'));
    const [row] = table(backup, 'orderDays');
    delete row!.open;
    row!.ids = [];
    row!.paidTo = 0;
    const target = freshDb();
    await restoreBackup(target, JSON.stringify(backup), staging());
    expect(await target.orderDays.toArray()).toEqual(await source.orderDays.toArray());
    expect(await target.orderDays.where('open').equals(1).count()).toBe(1);
  });

  it('refuses files that are not backups, and broken settings inside one', async () => {
    const db = freshDb();
    await expect(restoreBackup(db, 'not json', staging())).rejects.toMatchObject({ problem: 'not-backup' });
    await expect(restoreBackup(db, JSON.stringify({ format: 'something-else' }), staging())).rejects.toMatchObject({ problem: 'not-backup' });
    const backup = JSON.parse(await createBackup(freshDb(), SETTINGS, '0.1.0'));
    await expect(restoreBackup(db, JSON.stringify({ ...backup, settings: { version: 2, words: { banned: 'x' } } }), staging())).rejects.toMatchObject({ problem: 'settings' });
  });

  it('clears every table', async () => {
    const db = freshDb();
    await seed(db);
    await clearShopDb(db);
    for (const rows of Object.values(await dump(db))) expect(rows).toEqual([]);
  });
});
