// Visitors bought through ad channels (生意参谋 流量来源 rows marked `paid`) over the last full days: what
// paid-traffic-share-high judges and the popup and `shoplint alerts` show as 付费流量占比.
import type { TrafficSource } from '../schemas/shop';
import { fullDaysBefore } from './time';

export interface PaidTraffic {
  total: number;
  paid: number;
  /** Paid visitors per channel, most first. */
  channels: [channel: string, visitors: number][];
}

/** The `days` full China-time days before `now`; undefined when none of them has a 流量来源 row. */
export function paidTraffic(rows: readonly TrafficSource[], now: number, days: number): PaidTraffic | undefined {
  const window = new Set(fullDaysBefore(now, days).map((d) => d.day));
  const byChannel = new Map<string, number>();
  let total = 0;
  let seen = false;
  for (const s of rows) {
    if (!window.has(s.day)) continue;
    seen = true;
    total += s.uv;
    if (s.paid) byChannel.set(s.channel, (byChannel.get(s.channel) ?? 0) + s.uv);
  }
  if (!seen) return undefined;
  const channels = [...byChannel].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { total, paid: channels.reduce((n, [, uv]) => n + uv, 0), channels };
}
