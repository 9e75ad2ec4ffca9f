import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abVerdict, MAX_DAYS, periodArm, type Arm } from './ab';
import { day } from './alerts/test-alert';

describe('abVerdict', () => {
  // By hand: pooled p = (x₁ + x₂) ÷ (n₁ + n₂), se = √(p(1−p)(1/n₁ + 1/n₂)), z = (p₁ − p₂) ÷ se.
  it.each([
    // 3% vs 5% on 1000 each: p = 0.04, se = √(0.04·0.96·0.002) = 0.0087636, z = −0.02 ÷ 0.0087636 = −2.2822 → B wins.
    ['B wins at 95%', { visitors: 1000, buyers: 30, days: 7 }, { visitors: 1000, buyers: 50, days: 7 }, { z: -2.2822, significant: true, winner: 'B' }],
    // 3% vs 4% on 500 each: p = 0.035, se = √(0.035·0.965·0.004) = 0.0116233, z = −0.01 ÷ 0.0116233 = −0.8603. With k = (7 + t) ÷ 7 times
    // the visitors z grows by √k: k ≥ (1.96 ÷ 0.8603)² = 5.190 → 7 + t ≥ 36.33 → t = 30 more days.
    ['not yet: 30 more days', { visitors: 500, buyers: 15, days: 7 }, { visitors: 500, buyers: 20, days: 7 }, { z: -0.8603, significant: false, moreDays: 30 }],
    // 4.8% vs 3% on 2500 vs 1000: p = 150 ÷ 3500 = 0.042857, se = √(0.042857·0.957143·0.0014) = 0.0075782, z = 0.018 ÷ 0.0075782 = 2.3752 → A wins.
    ['A wins with more visitors', { visitors: 2500, buyers: 120, days: 7 }, { visitors: 1000, buyers: 30, days: 7 }, { z: 2.3752, significant: true, winner: 'A' }],
  ] as const)('%s', (_, a, b, want) => {
    const v = abVerdict(a, b);
    expect(Math.round(v.z * 10_000) / 10_000).toBe(want.z);
    expect(v.significant).toBe(want.significant);
    expect(v.winner).toBe('winner' in want ? want.winner : undefined);
    expect(v.moreDays).toBe('moreDays' in want ? want.moreDays : undefined);
  });

  it('equal rates: not significant, and no number of days would make them differ', () => {
    expect(abVerdict({ visitors: 1000, buyers: 30, days: 7 }, { visitors: 2000, buyers: 60, days: 7 })).toEqual({ rateA: 0.03, rateB: 0.03, z: 0, significant: false });
  });

  it(`a difference that would take more than ${MAX_DAYS} days gets no estimate`, () => {
    expect(abVerdict({ visitors: 100, buyers: 3, days: 7 }, { visitors: 100, buyers: 3.1, days: 7 }).moreDays).toBeUndefined();
  });

  it('refuses arms without visitors or with more buyers than visitors', () => {
    expect(() => abVerdict({ visitors: 0, buyers: 0, days: 7 }, { visitors: 10, buyers: 1, days: 7 })).toThrow(RangeError);
    expect(() => abVerdict({ visitors: 10, buyers: 11, days: 7 }, { visitors: 10, buyers: 1, days: 7 })).toThrow(RangeError);
  });

  it('swapping A and B flips the verdict and keeps the rest', () => {
    const arm = fc.integer({ min: 1, max: 50_000 }).chain((visitors) => fc.record({ visitors: fc.constant(visitors), buyers: fc.integer({ min: 0, max: visitors }), days: fc.integer({ min: 1, max: 30 }) }));
    fc.assert(
      fc.property(arm, arm, (a: Arm, b: Arm) => {
        const ab = abVerdict(a, b);
        const ba = abVerdict(b, a);
        // Equal as numbers (0 and −0 are the same z).
        expect(ba.z === -ab.z).toBe(true);
        expect(ba.significant).toBe(ab.significant);
        expect(ba.winner).toBe(ab.winner === 'A' ? 'B' : ab.winner === 'B' ? 'A' : undefined);
        expect(ba.moreDays).toBe(ab.moreDays);
      }),
    );
  });
});

describe('periodArm', () => {
  it('sums the visitors and buyers of the days in the range and counts the days with a row', () => {
    const daily = [day('2026-11-12', 500, 15), day('2026-11-13', 600, 20), day('2026-11-15', 400, 10), day('2026-11-16', 999, 99)];
    expect(periodArm(daily, '2026-11-12', '2026-11-15')).toEqual({ visitors: 1500, buyers: 45, days: 3 });
  });
});
