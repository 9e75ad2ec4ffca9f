// The alert summary taken from the full list in the database: only for a popup opened before the
// background wrote a summary to storage (the first moments after an update from a version without it).
import type { AlertSummary } from '@/lib/schemas/shop';
import { summarizeAlerts } from '@/lib/shop/alert-summary';
import { db } from './db';

export async function summaryFromDb(): Promise<AlertSummary | null> {
  const stored = await db.alerts.get('current');
  return stored ? summarizeAlerts(stored.alerts, stored.metrics, stored.computedAt) : null;
}
