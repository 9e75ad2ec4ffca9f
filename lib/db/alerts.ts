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
import { byUrgency, computeAlerts, inPart } from '../shop/alerts/run';
import { alertRules } from '../shop/alerts/index';
import type { AlertRule } from '../shop/alerts/define-alert';
import { computeMetrics, orderCount, orderDays, paidOrders } from '../shop/metrics';
import type { ShopSnapshot } from '../shop/snapshot';
import { chinaDay } from '../shop/time';
import { loadOpen, loadSnapshot } from './read';
import type { ShopDb, StoredAlerts } from './schema';

const DEADLINE_TYPES = new Set<string>((alertRules as readonly AlertRule[]).filter((r) => inPart(r, 'deadline')).map((r) => r.meta.id));

export interface RefreshResult {
  alerts: Alert[];
  metrics: Metrics;
  previous?: StoredAlerts;
  /** Whether the whole-day rules were judged again (false: their stored alerts still held). */
  full: boolean;
}

/** `full`: judge every rule whatever is stored (a new version of the rules). */
export async function refreshAlerts(db: ShopDb, now: number, settingsInput: ShopSettingsInput = {}, { full = false } = {}): Promise<RefreshResult> {
  const settings = ShopSettings.parse(settingsInput);
  const settingsKey = JSON.stringify(settings);
  const quick = full ? undefined : await deadlinesOnly(db, now, settings, settingsKey);
  if (quick) {
    await db.alerts.put({ key: 'current', computedAt: now, alerts: quick.alerts, metrics: quick.metrics });
    return { ...quick, full: false };
  }
  const { snapshot, stamp } = await loadSnapshot(db, now, settings);
  const alerts = computeAlerts(snapshot, settings);
  const metrics = computeMetrics(snapshot);
  return db.transaction('rw', db.alerts, db.alertState, async () => {
    const previous = await db.alerts.get('current');
    await db.alerts.put({ key: 'current', computedAt: now, alerts, metrics });
    // Kept only when nothing a whole-day rule reads was written since the snapshot was read.
    if ((await db.alertState.get('current'))?.stamp === stamp) {
      const paidBefore = paidOrders(snapshot) - (snapshot.days.find((d) => d.day === orderDays(now).today)?.orders ?? 0);
      await db.alertState.put({ key: 'current', stamp: stamp ?? crypto.randomUUID(), day: chinaDay(now), settings: settingsKey, paidBefore });
    }
    return { alerts, metrics, ...(previous && { previous }), full: true };
  });
}

/** The stored whole-day alerts with the deadline rules judged again, when they still hold. */
async function deadlinesOnly(db: ShopDb, now: number, settings: ShopSettings, settingsKey: string): Promise<{ alerts: Alert[]; metrics: Metrics; previous: StoredAlerts } | undefined> {
  const read = await db.transaction('r', [db.alertState, db.alerts, db.orders, db.lines, db.shopDays], async () => {
    const state = await db.alertState.get('current');
    if (state?.day !== chinaDay(now) || state.settings !== settingsKey || state.paidBefore === undefined) return undefined;
    const previous = await db.alerts.get('current');
    if (!previous) return undefined;
    const [open, today] = await Promise.all([loadOpen(db, settings), db.shopDays.get(state.day)]);
    return { previous, open, paid: state.paidBefore + (today?.orders ?? 0) };
  });
  if (!read) return undefined;
  const { previous, open, paid } = read;
  // Deadline rules read only now, the open orders, their lines and the settings (AlertMeta.deadline).
  const snapshot: ShopSnapshot = { now, ...open, days: [], products: [], daily: [], productStats: [], adStats: [], commissions: [], trafficSources: [], changedListings: [], auditedListings: 0, settings };
  const deadlines = computeAlerts(snapshot, settings, 'deadline');
  const alerts = [...previous.alerts.filter((a) => !DEADLINE_TYPES.has(a.type)), ...deadlines].sort(byUrgency);
  return { alerts, metrics: { ...previous.metrics, orders: orderCount(paid, now, open.orders) }, previous };
}
