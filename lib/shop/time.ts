// Export times carry no zone and are China Standard Time (UTC+8, no daylight saving) whatever zone the
// machine is in, so every conversion here is explicit arithmetic, never the local-time Date methods.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const CST = 8 * HOUR;

const TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?)?$/;

/** Parses `2026/11/18 10:50`, `2026-11-18 10:50:23`, `2026-11-18T10:50:23`, `2026-11-18` as China time; NaN when unreadable, undefined when empty. */
export function parseChinaTime(raw: string): number | undefined {
  const text = raw.replace(/[\t"']/g, '').trim();
  if (text === '' || text === '-' || text === '--' || text === 'null' || text === '0') return undefined;
  const m = TIME.exec(text);
  if (!m) return NaN;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return wallClock(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)) - CST;
}

/**
 * A wall-clock time as if it were UTC, or NaN when it is not a real time: Date.UTC rolls 2026-02-31
 * over to 3 March, and an export cell or a --now that says 31 February is a mistake to report.
 */
function wallClock(year: number, month: number, date: number, hour: number, minute: number, second: number): number {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  return utc(year, month - 1, date) + ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Date.UTC, but for every year: Date.UTC reads years 0–99 as 1900–1999 (0026-01-01 would be 1926). */
function utc(year: number, monthIndex: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, date);
  return d.getTime();
}

const daysInMonth = (year: number, month: number) => new Date(utc(year, month, 0)).getUTCDate();

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 instant (`--now`): `2026-11-20T10:00:00+08:00`, `…Z`, or without an offset — then China
 * time, as the exports' times are, not the zone of the machine running the command. NaN when it is not
 * one (31 February included).
 */
export function parseInstant(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s = '0', ms = '', zone] = m;
  const local = wallClock(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  const offset = zone === undefined ? CST : zone.toUpperCase() === 'Z' ? 0 : zoneOffset(zone);
  return local + Math.round(Number(ms || 0) * 1000) - offset;
}

function zoneOffset(zone: string): number {
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  if (Number(hh) > 14 || Number(mm) > 59) return NaN;
  return (sign === '-' ? -1 : 1) * (Number(hh) * HOUR + Number(mm) * MINUTE);
}

/** The China-time calendar day of an instant, `YYYY-MM-DD`. */
export function chinaDay(time: number): string {
  return new Date(time + CST).toISOString().slice(0, 10);
}

/** Midnight China time at the start of the day holding `time`. */
export function chinaDayStart(time: number): number {
  return Math.floor((time + CST) / DAY) * DAY - CST;
}

/** The `count` full China-time days before the day holding `now`, oldest first. */
export function fullDaysBefore(now: number, count: number): { day: string; start: number; end: number }[] {
  const today = chinaDayStart(now);
  const days = [];
  for (let i = count; i >= 1; i--) {
    const start = today - i * DAY;
    days.push({ day: chinaDay(start), start, end: start + DAY });
  }
  return days;
}

/** `days` working days after `start`: Saturdays and Sundays (China time) do not count. Public holidays are not known here. */
export function addWorkingDays(start: number, days: number): number {
  let t = start;
  let left = days;
  while (left > 0) {
    t += DAY;
    const weekday = new Date(t + CST).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return t;
}

/** Formats an instant as China wall-clock time, `YYYY-MM-DD HH:mm`. */
export function formatChinaTime(time: number): string {
  return new Date(time + CST).toISOString().slice(0, 16).replace('T', ' ');
}
