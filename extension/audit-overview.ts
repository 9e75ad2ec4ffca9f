// The popup's view of the listing audit (counts, the worst listings, the daily trend), kept in
// storage.local by the background after every audit write and every recompute: the popup shows it
// without opening the database (lib/db/audit-read.ts computes it from the indexes).
import { storage } from '#imports';
import { auditOverview, type AuditOverview } from '@/lib/db/audit-read';
import type { ShopDb } from '@/lib/db/schema';

/** The worst listings the popup lists. */
export const AUDIT_WORST = 10;

export const auditOverviewItem = storage.defineItem<AuditOverview>('local:auditOverview');

/** Stores the current overview; nothing while no listing has been audited (a shop deleted keeps nothing). */
export async function storeAuditOverview(db: ShopDb): Promise<void> {
  const overview = await auditOverview(db, { worst: AUDIT_WORST });
  if (overview.listings) await auditOverviewItem.setValue(overview);
  else await auditOverviewItem.removeValue();
}
