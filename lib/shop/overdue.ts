// Which overdue shipments the seller has not been told about yet: the background shows one desktop
// notification for them and remembers them, so a recompute every 15 minutes does not repeat it.
import type { Alert } from '../schemas/shop';

export interface OverdueNews {
  /** Past their ship deadline now, and not notified before (most overdue first). */
  fresh: Alert[];
  /** What to remember as notified: every shipment overdue now. One that shipped drops out, so the list stays small. */
  notified: string[];
}

export function overdueNews(alerts: readonly Alert[], notifiedBefore: readonly string[], now: number): OverdueNews {
  const overdue = alerts.filter((a) => a.type === 'order-ship-deadline' && a.dueAt !== undefined && a.dueAt <= now);
  const told = new Set(notifiedBefore);
  return {
    fresh: overdue.filter((a) => !told.has(a.entityId)).sort((a, b) => a.dueAt! - b.dueAt!),
    notified: overdue.map((a) => a.entityId),
  };
}
