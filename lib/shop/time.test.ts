import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, chinaDay, chinaDayStart, formatChinaTime, fullDaysBefore, parseChinaTime } from './time';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('China time, whatever the machine zone', () => {
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('in %s', (tz) => {
    process.env.TZ = tz;
    const t = parseChinaTime('2026/11/18 10:50')!;
    expect(new Date(t).toISOString()).toBe('2026-11-18T02:50:00.000Z');
    expect(parseChinaTime('2026-11-18 10:50:00')).toBe(t);
    expect(parseChinaTime('2026-11-18T10:50')).toBe(t);
    expect(chinaDay(Date.parse('2026-11-18T16:30:00Z'))).toBe('2026-11-19');
    expect(chinaDayStart(t)).toBe(Date.parse('2026-11-18T00:00:00+08:00'));
    expect(formatChinaTime(t)).toBe('2026-11-18 10:50');
  });
});

describe('parseChinaTime', () => {
  it.each(['', '-', '--', '\t', 'null'])('"%s" is empty', (raw) => expect(parseChinaTime(raw)).toBeUndefined());
  it.each(['昨天', '2026-13-01 00:00', '2026-11-18 25:00', '18/11/2026'])('"%s" is unreadable', (raw) => expect(parseChinaTime(raw)).toBeNaN());
  it('reads 2026年11月18日 and tab-prefixed cells', () => {
    expect(parseChinaTime('2026年11月18日')).toBe(Date.parse('2026-11-18T00:00:00+08:00'));
    expect(parseChinaTime('\t2026-11-18 10:50:23')).toBe(Date.parse('2026-11-18T10:50:23+08:00'));
  });
});

describe('days', () => {
  it('the 7 full days before now, oldest first', () => {
    const days = fullDaysBefore(Date.parse('2026-11-20T00:30:00+08:00'), 7);
    expect(days.map((d) => d.day)).toEqual(['2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']);
    expect(days[6]!.end).toBe(Date.parse('2026-11-20T00:00:00+08:00'));
  });
  it('working days skip Saturday and Sunday (China time)', () => {
    // Friday 23:00 China time is Friday 15:00 UTC.
    expect(addWorkingDays(Date.parse('2026-11-20T23:00:00+08:00'), 1)).toBe(Date.parse('2026-11-23T23:00:00+08:00'));
    expect(addWorkingDays(Date.parse('2026-11-19T09:00:00+08:00'), 3)).toBe(Date.parse('2026-11-24T09:00:00+08:00'));
  });
});
