// The listing audit as the popup reads it: worst first through the `rank` index, the counts from the
// daily summary each write keeps current — never a scan or count of every record. Apart from the
// writer (./audit.ts), so the popup does not load the rules that judge the rows.
import type { AuditDay, AuditRecord } from '../schemas/audit';
import type { ShopDb } from './schema';

/** The counts of one day's summary. */
export async function summarise(db: ShopDb, day: string): Promise<AuditDay> {
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
