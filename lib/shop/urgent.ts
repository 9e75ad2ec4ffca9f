// Which alerts are urgent now: the popup's count and the toolbar badge agree on this one definition.
import type { Alert } from '../schemas/shop';
import { HOUR } from './time';

export const URGENT_HOURS = 12;

/** Due within the next `hours`, or overdue. */
export const dueSoon = (dueAt: number, now: number, hours = URGENT_HOURS): boolean => dueAt - now <= hours * HOUR;

/** Errors, and anything due within the next `hours`. */
export function urgentAlerts(alerts: readonly Alert[], now: number, hours = URGENT_HOURS): Alert[] {
  return alerts.filter((a) => a.severity === 'error' || (a.dueAt !== undefined && dueSoon(a.dueAt, now, hours)));
}
