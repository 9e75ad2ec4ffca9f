// Which alerts are urgent now: the popup's count and the toolbar badge agree on this one definition.
import type { Alert } from '../schemas/shop';
import { HOUR } from './time';

/** Errors, and anything due within the next `hours`. */
export function urgentAlerts(alerts: readonly Alert[], now: number, hours = 12): Alert[] {
  return alerts.filter((a) => a.severity === 'error' || (a.dueAt !== undefined && a.dueAt - now <= hours * HOUR));
}
