// One file with everything ShopLint keeps: the settings and every table of the shop database
// (dexie-export-import's format inside). Restoring is all-or-nothing: the file is checked (format,
// versions, settings), its rows are read into a staging database by dexie-export-import (which clears
// and reads the file outside any one transaction, so it cannot be pointed at the real tables), and only
// then, every row checked against its table's schema (lib/db/rows.ts), are the real tables cleared and
// filled in ONE transaction. A failure anywhere leaves the database
// as it was. A backup from an older ShopLint is read into a staging database of its own layout, which
// is then opened at the current version: the schema's upgrade functions bring its rows up to date, as
// they do for a seller's own database after an update. Settings are migrated the same way, and are
// returned for the caller to store once the tables are in.
import { z } from 'zod';
import { exportDB, importInto } from 'dexie-export-import';
import { loadSettings, SETTINGS_VERSION, type Settings } from '../settings/schema';
import { DERIVED_TABLES, type ShopDb } from './schema';
import { TABLE_ROWS, type TableName } from './rows';
import { buildDays } from '../shop/summaries';
import { ordersAndLines, type OrderDay } from './order-days';

export const BACKUP_FORMAT = 'shoplint-backup';

const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  /** The extension version that wrote it (package.json version). */
  app: z.string(),
  exportedAt: z.number(),
  settingsVersion: z.number().int().positive(),
  settings: z.unknown(),
  // Loose: the rest is dexie-export-import's to read.
  database: z.looseObject({
    formatName: z.literal('dexie'),
    data: z.looseObject({ databaseVersion: z.number(), tables: z.array(z.looseObject({ name: z.string() })) }),
  }),
});

export type BackupProblem = 'not-backup' | 'newer' | 'settings' | 'row' | 'import';

/** Why a restore was refused; `detail` carries the version or the underlying message for the notice. */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

export async function createBackup(db: ShopDb, settings: Settings, app: string, now = Date.now()): Promise<string> {
  // The summaries are made from the orders: a restore makes them again rather than trust a file.
  const database: unknown = JSON.parse(await (await exportDB(db, { filter: (table) => !DERIVED_TABLES.includes(table) })).text());
  return JSON.stringify({ format: BACKUP_FORMAT, app, exportedAt: now, settingsVersion: SETTINGS_VERSION, settings, database });
}

/**
 * Checks the whole file, then replaces every table with its rows; returns the settings it holds.
 * `staging(version)` opens one empty scratch database (the same name every call) with the schema up to
 * `version`, or the current one; it is deleted afterwards.
 */
export async function restoreBackup(db: ShopDb, text: string, staging: (upTo?: number) => ShopDb): Promise<{ settings: Settings; app: string; exportedAt: number }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('not-backup');
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) throw new BackupError('not-backup');
  const backup = parsed.data;
  if (!db.isOpen()) await db.open();
  const dbVersion = backup.database.data.databaseVersion;
  if (backup.settingsVersion > SETTINGS_VERSION || dbVersion > db.verno) throw new BackupError('newer', backup.app);
  if (!Number.isInteger(dbVersion) || dbVersion < 1) throw new BackupError('not-backup');
  const { settings, notice } = loadSettings(backup.settings);
  if (notice) throw new BackupError('settings', notice.en);
  try {
    const asWritten = staging(dbVersion);
    // The tables of the version that wrote it (v7 replaced `orders` and `lines` with `orderDays`).
    const known = new Set(asWritten.tables.map((t) => t.name));
    const unknown = backup.database.data.tables.find((t) => !known.has(t.name));
    if (unknown) throw new BackupError('not-backup', unknown.name);
    await importInto(asWritten, new Blob([JSON.stringify(backup.database)]), { clearTablesBeforeImport: true, acceptNameDiff: true });
    asWritten.close();
    const current = staging();
    await current.open();
    const tables = current.tables.filter((t) => !DERIVED_TABLES.includes(t.name));
    const rows = await Promise.all(tables.map(async (t) => checkRows(t.name as TableName, t.schema.primKey.keyPath, await t.toArray())));
    current.close();
    const rowsOf = (name: TableName) => rows[tables.findIndex((t) => t.name === name)] ?? [];
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      for (const [i, table] of tables.entries()) await db.table(table.name).bulkAdd(rows[i]!);
      const { orders, lines } = ordersAndLines(rowsOf('orderDays') as OrderDay[]);
      await db.shopDays.bulkAdd(buildDays(orders, lines));
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('import', (error as Error).message);
  } finally {
    await staging().delete();
  }
  return { settings, app: backup.app, exportedAt: backup.exportedAt };
}

/** The rows as their table's schema reads them; the first it refuses names the table, the row (by its key) and the field. */
function checkRows(table: TableName, keyPath: string | string[] | null | undefined, rows: unknown[]): unknown[] {
  const schema = TABLE_ROWS[table];
  const keyOf = (row: unknown) => [keyPath ?? []].flat().map((k) => String((row as Record<string, unknown>)[k])).join('+');
  return rows.map((row) => {
    const checked = schema.safeParse(row);
    if (checked.success) return checked.data;
    const [issue] = checked.error.issues;
    throw new BackupError('row', `${table} ${keyOf(row)} ${issue?.path.join('.') || '(row)'}: ${issue?.message ?? 'invalid'}`);
  });
}

/** Empties every table in one transaction (the database stays open for the background). */
export async function clearShopDb(db: ShopDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
