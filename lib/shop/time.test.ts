import fc from 'fast-check';
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

describe('parseChinaTime (property)', () => {
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const wallClock = fc.record({ y: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 2000, max: 2100 })), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.integer({ min: 0, max: 60 }), sep: fc.constantFrom('-', '/', '.') });

  it('a time as the exports write it reads back as itself; a day or time that does not exist (2026-02-31, 24:00, month 13) is NaN, never rolled over', () => {
    fc.assert(
      fc.property(wallClock, ({ y, m, d, h, mi, s, sep }) => {
        const text = `${p(y, 4)}${sep}${p(m)}${sep}${p(d)} ${p(h)}:${p(mi)}:${p(s)}`;
        const t = parseChinaTime(text);
        const real = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && h < 24 && mi < 60 && s < 60;
        if (!real) {
          expect(t).toBeNaN();
          return;
        }
        // Back to the wall clock in China time, year included (Date.UTC reads years 0–99 as 1900–1999).
        const back = new Date(t! + 8 * 3_600_000);
        expect([back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate(), back.getUTCHours(), back.getUTCMinutes(), back.getUTCSeconds()]).toEqual([y, m, d, h, mi, s]);
      }),
      { numRuns: 1000 },
    );
  });
});
