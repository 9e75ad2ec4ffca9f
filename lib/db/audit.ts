// The listing audit in the shop database: records written by the background as list rows arrive,
// and the overview the popup reads (worst first through the `rank` index, the counts from the daily
// summary each write keeps current) — never a scan or count of every record.
import { auditKey, auditRow, DEFAULT_JUDGE, verdictOf, type AuditJudge } from '../audit/audit';
import type { Platform } from '../schemas/common';
import type { AuditDay, AuditRecord, AuditVerdict, ListRow } from '../schemas/audit';
import { chinaDay } from '../shop/time';
import type { ShopDb } from './schema';

export interface AuditWrite {
  verdicts: AuditVerdict[];
  /** Listings judged (new, changed, or judged by an older rule set or other settings). */
  rechecked: number;
}

/** Audits `rows` of one platform's list with the seller's settings (`judge`), stores what changed, and updates today's summary. */
export async function recordAudit(db: ShopDb, platform: Platform, rows: readonly ListRow[], now: number, judge: AuditJudge = DEFAULT_JUDGE): Promise<AuditWrite> {
  return db.transaction('rw', db.audits, db.auditDays, async () => {
    const stored = await db.audits.bulkGet(rows.map((r) => auditKey(platform, r.id)));
    const writes = new Map<string, AuditRecord>();
    let rechecked = 0;
    const verdicts = rows.map((row, i) => {
      const { record, rechecked: again, dirty } = auditRow(platform, row, writes.get(auditKey(platform, row.id)) ?? stored[i], now, judge);
      if (dirty) writes.set(record.key, record);
      if (again) rechecked++;
      return verdictOf(record);
    });
    if (writes.size) {
      await db.audits.bulkPut([...writes.values()]);
      await db.auditDays.put(await summarise(db, chinaDay(now)));
    }
    return { verdicts, rechecked };
  });
}

async function summarise(db: ShopDb, day: string): Promise<AuditDay> {
  const [listings, withErrors, withWarnings] = await Promise.all([
    db.audits.count(),
    db.audits.where('level').equals('error').count(),
    db.audits.where('level').equals('warn').count(),
  ]);
  return { day, listings, withErrors, withWarnings };
}

export interface AuditOverview {
  listings: number;
  withErrors: number;
  withWarnings: number;
  worst: AuditRecord[];
  /** Oldest first, at most `days`. */
  days: AuditDay[];
}

export async function auditOverview(db: ShopDb, { worst = 20, days = 30 } = {}): Promise<AuditOverview> {
  return db.transaction('r', db.audits, db.auditDays, async () => {
    const [list, recent] = await Promise.all([db.audits.orderBy('rank').limit(worst).toArray(), db.auditDays.orderBy('day').reverse().limit(days).toArray()]);
    // Every write leaves the current counts in the latest day's summary: the popup reads them there
    // (an IndexedDB count walks its range; over 10k records that is most of the popup's budget).
    const counts = recent[0] ?? (await summarise(db, ''));
    return { listings: counts.listings, withErrors: counts.withErrors, withWarnings: counts.withWarnings, worst: list.filter((r) => r.level !== 'ok'), days: recent.reverse() };
  });
}

/** Every record, worst first: what the export writes. */
export function allAudits(db: ShopDb): Promise<AuditRecord[]> {
  return db.audits.orderBy('rank').toArray();
}
