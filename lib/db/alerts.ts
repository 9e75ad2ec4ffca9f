// Recomputes the alerts and metrics from what is stored and keeps them in the `alerts` table, where
// the popup's live query picks them up. Called by the background (after imports, captures and on its
// alarm) and by the CLI.
import type { Alert, Metrics } from '../schemas/shop';
import { ShopSettings, type ShopSettingsInput } from '../schemas/settings';
import { computeAlerts } from '../shop/alerts/run';
import { computeMetrics } from '../shop/metrics';
import { loadSnapshot } from './read';
import type { ShopDb, StoredAlerts } from './schema';

export async function refreshAlerts(db: ShopDb, now: number, settingsInput: ShopSettingsInput = {}): Promise<{ alerts: Alert[]; metrics: Metrics; previous?: StoredAlerts }> {
  const settings = ShopSettings.parse(settingsInput);
  const snapshot = await loadSnapshot(db, now, settings);
  const alerts = computeAlerts(snapshot, settings);
  const metrics = computeMetrics(snapshot);
  const previous = await db.alerts.get('current');
  await db.alerts.put({ key: 'current', computedAt: now, alerts, metrics });
  return { alerts, metrics, previous };
}
