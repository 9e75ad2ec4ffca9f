import { describe, expect, it } from 'vitest';
import type { Rule } from '../engine/define-rule';
import { rules } from '../rules/index';
import { critiquePage } from './index';
import { GOOD_PAGE, testPage } from './test-page';

describe('page score', () => {
  it('page rules that score add up to 100 points', () => {
    const weights = (rules as readonly Rule[]).filter((r) => r.meta.input === 'page' && r.meta.score).reduce((sum, r) => sum + r.meta.score!.weight, 0);
    expect(weights).toBe(100);
  });

  it('a page with nothing wrong scores 100; every lost point has a finding', () => {
    expect(critiquePage(GOOD_PAGE)!.score).toBe(100);
    const weak = critiquePage(testPage({ mainImages: [], specs: [], reviews: { shown: false } }))!;
    const lost = weak.breakdown.parts.flatMap((p) => p.lost);
    expect(lost.map((l) => l.ruleId).sort()).toEqual(['page-main-images', 'page-reviews', 'page-spec-table']);
    expect(weak.score).toBe(Math.round(((90 - 15 - 10 - 10) / 90) * 100));
  });

  it('leaves unmeasured load time out instead of giving its points away', () => {
    const unmeasured = critiquePage(testPage({ mainImages: [] }))!;
    expect(unmeasured.breakdown.parts.map((p) => p.part)).not.toContain('speed');
    const fast = critiquePage(testPage({ mainImages: [], loadMs: 1200 }))!;
    expect(fast.breakdown.parts.find((p) => p.part === 'speed')).toMatchObject({ points: 10, max: 10 });
    expect(fast.score).toBeGreaterThan(unmeasured.score);
    const slow = critiquePage(testPage({ loadMs: 9000 }))!;
    expect(slow.breakdown.parts.find((p) => p.part === 'speed')).toMatchObject({ points: 0 });
  });

  it('fewer main images lose points in proportion', () => {
    const four = critiquePage(testPage({ mainImages: GOOD_PAGE.mainImages.slice(0, 4) }))!;
    const one = critiquePage(testPage({ mainImages: GOOD_PAGE.mainImages.slice(0, 1) }))!;
    expect(four.score).toBeGreaterThan(one.score);
    expect(four.breakdown.parts.find((p) => p.part === 'content')!.lost[0]!.points).toBe(3);
  });
});
