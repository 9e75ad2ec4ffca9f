// The stored alerts as one list, for the popup, the options page and the background's summary: the
// deadline rules' (`current`, rewritten at every recompute) and the whole-day rules' (`day`, rewritten
// only when they are judged again), merged most urgent first. Small on purpose: the popup imports it.
import { mergeByUrgency } from '../shop/urgent';
import type { ShopDb, StoredAlerts } from './schema';

export async function readStoredAlerts(db: ShopDb): Promise<StoredAlerts | undefined> {
  const [current, day] = await db.transaction('r', db.alerts, () => Promise.all([db.alerts.get('current'), db.alerts.get('day')]));
  if (current?.key !== 'current') return undefined;
  // A database from before v6 has one row with every alert in it.
  return day?.key === 'day' ? { ...current, alerts: mergeByUrgency(current.alerts, day.alerts) } : current;
}
