// A/B verdicts on 支付转化率 (支付买家数 ÷ 访客数): two main images, two titles, two periods, two listings.
// The manual's main-image test runs two versions for 7 days and keeps the better one; a two-proportion
// z-test says whether "better" is more than chance, and if not, about how many more days of the same
// traffic it would take. Pure: the arms come from the daily stats or the seller's own numbers.
import type { DailyStat } from '../schemas/shop';

export interface Arm {
  visitors: number;
  buyers: number;
  /** Days the figures cover: the traffic per day that more days would bring. */
  days: number;
}

export interface AbVerdict {
  rateA: number;
  rateB: number;
  /** (rateA − rateB) ÷ its standard error under "no difference" (pooled). */
  z: number;
  /** |z| ≥ 1.96: the difference is significant at 95% (two-sided). */
  significant: boolean;
  /** The arm with the higher rate when the difference is significant. */
  winner?: 'A' | 'B';
  /**
   * Not significant yet: days more of both arms, at their current visitors per day and rates, until it
   * would be. Undefined when the rates are equal or it would take more than `MAX_DAYS`.
   */
  moreDays?: number;
}

/** Two-sided 95%: Φ⁻¹(0.975). */
export const Z95 = 1.959964;
/** Past a year the shop, the season and the listing are not the ones measured. */
export const MAX_DAYS = 365;

function zOf(visitorsA: number, rateA: number, visitorsB: number, rateB: number): number {
  const pooled = (rateA * visitorsA + rateB * visitorsB) / (visitorsA + visitorsB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / visitorsA + 1 / visitorsB));
  return se > 0 ? (rateA - rateB) / se : 0;
}

export function abVerdict(a: Arm, b: Arm): AbVerdict {
  if (a.visitors <= 0 || b.visitors <= 0) throw new RangeError('each arm needs visitors');
  if (a.buyers < 0 || b.buyers < 0 || a.buyers > a.visitors || b.buyers > b.visitors) throw new RangeError('buyers must be between 0 and the visitors');
  if (a.days <= 0 || b.days <= 0) throw new RangeError('each arm needs at least one day');
  const rateA = a.buyers / a.visitors;
  const rateB = b.buyers / b.visitors;
  const z = zOf(a.visitors, rateA, b.visitors, rateB);
  // Swapping the arms negates z exactly (the same sums, the same difference with its sign turned).
  const significant = Math.abs(z) >= Z95;
  if (significant) return { rateA, rateB, z, significant, winner: rateA > rateB ? 'A' : 'B' };
  if (rateA === rateB) return { rateA, rateB, z, significant };
  // Visitors grow with the days, rates stay: |z| grows like √visitors, so the first day past Z95 is found by walking.
  for (let t = 1; t <= MAX_DAYS; t++) {
    const more = zOf(a.visitors * (1 + t / a.days), rateA, b.visitors * (1 + t / b.days), rateB);
    if (Math.abs(more) >= Z95) return { rateA, rateB, z, significant, moreDays: t };
  }
  return { rateA, rateB, z, significant };
}

/** The arm of the days `from` … `to` (inclusive, YYYY-MM-DD) of the daily stats; days without a row do not count. */
export function periodArm(daily: readonly DailyStat[], from: string, to: string): Arm {
  const days = daily.filter((d) => d.day >= from && d.day <= to);
  return { visitors: days.reduce((n, d) => n + d.uv, 0), buyers: days.reduce((n, d) => n + d.buyers, 0), days: days.length };
}
