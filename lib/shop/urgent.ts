// Which alerts are urgent now: the popup's count and the toolbar badge agree on this one definition;
// and the order alerts are listed in, most urgent first.
import type { Alert } from '../schemas/shop';
import { HOUR } from './time';

export const URGENT_HOURS = 12;

/** Due within the next `hours`, or overdue. */
export const dueSoon = (dueAt: number, now: number, hours = URGENT_HOURS): boolean => dueAt - now <= hours * HOUR;

/** Errors, and anything due within the next `hours`. */
export function urgentAlerts(alerts: readonly Alert[], now: number, hours = URGENT_HOURS): Alert[] {
  return alerts.filter((a) => a.severity === 'error' || (a.dueAt !== undefined && dueSoon(a.dueAt, now, hours)));
}

const SEVERITY_ORDER = { error: 0, warn: 1, info: 2 } as const;

export function byUrgency(a: Alert, b: Alert): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || compare(a.type, b.type) || compare(a.entityId, b.entityId);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Two lists each sorted `byUrgency`, as one. */
export function mergeByUrgency(a: readonly Alert[], b: readonly Alert[]): Alert[] {
  const out: Alert[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(byUrgency(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  return out.concat(a.slice(i), b.slice(j));
}
