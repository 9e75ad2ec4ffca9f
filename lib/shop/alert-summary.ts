// The alerts as the popup first shows them (AlertSummary): grouped by severity, then by type in the
// order the list has them, with the first few of each type. Built by the background next to the full
// list, so opening the popup reads and renders a bounded amount whatever the size of the shop.
import type { Alert, AlertSummary, AlertType, Metrics } from '../schemas/shop';
import type { Severity } from '../schemas/common';
import { dueSoon, URGENT_HOURS } from './urgent';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warn', 'info'];
/** Alerts shown per type before the rest folds; a type with one more than this shows them all. */
export const HEAD = 3;

/** How many of a type's `count` alerts are shown unfolded. */
export const headLength = (count: number): number => (count > HEAD + 1 ? HEAD : count);

/** The alerts of one severity, by type, in the order of their first appearance. */
export function byType(alerts: readonly Alert[], severity: Severity): Map<AlertType, Alert[]> {
  const types = new Map<AlertType, Alert[]>();
  for (const a of alerts) if (a.severity === severity) (types.get(a.type) ?? types.set(a.type, []).get(a.type)!).push(a);
  return types;
}

/** Anything imported or captured: without it the popup invites the seller to import. */
export const hasShopData = (metrics: Metrics): boolean => metrics.orders + metrics.products + metrics.series.length > 0 || metrics.ads !== undefined || metrics.paidShare !== undefined;

export function summarizeAlerts(alerts: readonly Alert[], metrics: Metrics, computedAt: number): AlertSummary {
  const groups = SEVERITY_ORDER.flatMap((severity) => {
    const types = [...byType(alerts, severity)].map(([type, list]) => ({ type, count: list.length, head: list.slice(0, headLength(list.length)) }));
    return types.length ? [{ severity, count: types.reduce((n, t) => n + t.count, 0), types }] : [];
  });
  const dueAts = alerts.flatMap((a) => (a.severity !== 'error' && a.dueAt !== undefined ? [a.dueAt] : []));
  return { computedAt, total: alerts.length, groups, dueAts, metrics };
}

/** The same number as `urgentAlerts(alerts, now).length`, from the summary. */
export function urgentCount(summary: AlertSummary, now: number, hours = URGENT_HOURS): number {
  const errors = summary.groups.find((g) => g.severity === 'error')?.count ?? 0;
  return errors + summary.dueAts.filter((dueAt) => dueSoon(dueAt, now, hours)).length;
}
