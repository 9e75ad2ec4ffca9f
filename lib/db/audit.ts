// The listing audit in the shop database: records written by the background as list rows arrive,
// each write keeping today's summary current (the popup's side is ./audit-read.ts).
import { auditKey, auditRow, DEFAULT_JUDGE, verdictOf, type AuditJudge } from '../audit/audit';
import type { Platform } from '../schemas/common';
import type { AuditRecord, AuditVerdict, ListRow } from '../schemas/audit';
import { chinaDay } from '../shop/time';
import type { ShopDb } from './schema';
import { summarise } from './audit-read';
import { invalidateDayAlerts } from './summaries';

export interface AuditWrite {
  verdicts: AuditVerdict[];
  /** Listings judged (new, changed, or judged by an older rule set or other settings). */
  rechecked: number;
}

/** Audits `rows` of one platform's list with the seller's settings (`judge`), stores what changed, and updates today's summary. */
export async function recordAudit(db: ShopDb, platform: Platform, rows: readonly ListRow[], now: number, judge: AuditJudge = DEFAULT_JUDGE): Promise<AuditWrite> {
  return db.transaction('rw', db.audits, db.auditDays, db.alertState, async () => {
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
      // The drop alerts explain themselves with the listings changed lately.
      await invalidateDayAlerts(db);
    }
    return { verdicts, rechecked };
  });
}
