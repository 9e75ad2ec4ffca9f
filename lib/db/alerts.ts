// Recomputes the alerts and metrics from what is stored and keeps them in the `alerts` table, where
// the popup's live query picks them up. Called by the background (after imports, captures and on its
// alarm) and by the CLI.
//
// Two parts: the deadline rules judge the open orders at every call; the other rules judge whole China
// days (sales and paid orders up to yesterday, stats, products), so their alerts are kept until the
// day, the settings or their data change (`alertState`, lib/db/summaries.ts). Between two alarms
// without new data, and after an import of today's orders, only the deadlines are judged again.
import type { Alert, Metrics } from '../schemas/shop';
import { ShopSettings, type ShopSettingsInput } from '../schemas/settings';
import { computeAlerts } from '../shop/alerts/run';
import { mergeByUrgency } from '../shop/urgent';
import { computeMetrics, orderCount, orderDays, paidOrders } from '../shop/metrics';
import type { ShopSnapshot } from '../shop/snapshot';
import { chinaDay } from '../shop/time';
import { loadOpen, loadSnapshot } from './read';
import type { ShopDb } from './schema';

export interface RefreshResult {
  /** Every alert, most urgent first. */
  alerts: Alert[];
  metrics: Metrics;
  /** Whether the whole-day rules were judged again (false: their stored alerts still held). */
  full: boolean;
}

/** `full`: judge every rule whatever is stored (a new version of the rules). */
export async function refreshAlerts(db: ShopDb, now: number, settingsInput: ShopSettingsInput = {}, { full = false } = {}): Promise<RefreshResult> {
  const settings = ShopSettings.parse(settingsInput);
  const settingsKey = JSON.stringify(settings);
  const quick = full ? undefined : await deadlinesOnly(db, now, settings, settingsKey);
  if (quick) return quick;
  const { snapshot, stamp } = await loadSnapshot(db, now, settings);
  const deadlines = computeAlerts(snapshot, settings, 'deadline');
  const dayAlerts = computeAlerts(snapshot, settings, 'day');
  const metrics = computeMetrics(snapshot);
  return db.transaction('rw', db.alerts, db.alertState, async () => {
    await db.alerts.bulkPut([
      { key: 'current', computedAt: now, alerts: deadlines, metrics },
      { key: 'day', computedAt: now, alerts: dayAlerts },
    ]);
    // Kept only when nothing a whole-day rule reads was written since the snapshot was read.
    if ((await db.alertState.get('current'))?.stamp === stamp) {
      const paidBefore = paidOrders(snapshot) - (snapshot.days.find((d) => d.day === orderDays(now).today)?.orders ?? 0);
      await db.alertState.put({ key: 'current', stamp: stamp ?? crypto.randomUUID(), day: chinaDay(now), settings: settingsKey, paidBefore });
    }
    return { alerts: mergeByUrgency(deadlines, dayAlerts), metrics, full: true };
  });
}

/** The stored whole-day alerts with the deadline rules judged again, when they still hold. */
async function deadlinesOnly(db: ShopDb, now: number, settings: ShopSettings, settingsKey: string): Promise<RefreshResult | undefined> {
  return db.transaction('rw', [db.alertState, db.alerts, db.orderDays, db.shopDays], async () => {
    const state = await db.alertState.get('current');
    if (state?.day !== chinaDay(now) || state.settings !== settingsKey || state.paidBefore === undefined) return undefined;
    const [current, day] = await Promise.all([db.alerts.get('current'), db.alerts.get('day')]);
    if (current?.key !== 'current' || day?.key !== 'day') return undefined;
    const [open, today] = await Promise.all([loadOpen(db, settings), db.shopDays.get(state.day)]);
    // Deadline rules read only now, the open orders, their lines and the settings (AlertMeta.deadline).
    const snapshot: ShopSnapshot = { now, ...open, days: [], products: [], daily: [], productStats: [], adStats: [], commissions: [], trafficSources: [], changedListings: [], auditedListings: 0, settings };
    const deadlines = computeAlerts(snapshot, settings, 'deadline');
    const metrics = { ...current.metrics, orders: orderCount(state.paidBefore + (today?.orders ?? 0), now, open.orders) };
    // Only the deadline rules' row is written again: the whole-day alerts are thousands in a big shop.
    await db.alerts.put({ key: 'current', computedAt: now, alerts: deadlines, metrics });
    return { alerts: mergeByUrgency(deadlines, day.alerts), metrics, full: false };
  });
}
