// The last full China-time day before `now` against the average of the days before it.
import type { DailyStat } from '../schemas/shop';
import { fullDaysBefore } from './time';

export interface Trend {
  day: string;
  value: number;
  average: number;
  /** (value − average) / average: −0.3 is a 30% drop. */
  change: number;
}

export function lastDayTrend(daily: readonly DailyStat[], now: number, value: (d: DailyStat) => number | undefined, trailing = 7, minTrailing = 3): Trend | undefined {
  const byDay = new Map(daily.map((d) => [d.day, d]));
  const days = fullDaysBefore(now, trailing + 1);
  const last = byDay.get(days.at(-1)!.day);
  const current = last && value(last);
  if (!last || current === undefined) return undefined;
  const before = days
    .slice(0, -1)
    .map((d) => byDay.get(d.day))
    .map((d) => (d ? value(d) : undefined))
    .filter((v): v is number => v !== undefined);
  if (before.length < minTrailing) return undefined;
  const average = before.reduce((a, b) => a + b, 0) / before.length;
  if (average <= 0) return undefined;
  return { day: last.day, value: current, average, change: (current - average) / average };
}

export const conversionOf = (d: DailyStat) => (d.uv > 0 ? d.buyers / d.uv : undefined);
