// The score ranks titles as an operator would: a clean, full, well-structured title above a stuffed,
// too-short, noisy, over-length or non-compliant one; and every lost point is explained.
import { describe, expect, it } from 'vitest';
import { lintListing } from './lint';

const score = (title: string) => lintListing({ title }).score;
const good = [
  '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套',
  '儿童保温杯带吸管 316不锈钢 幼儿园小学生水杯 男女孩',
  '纯棉四件套全棉床单被套学生宿舍三件套简约北欧风床上用品',
];
const bad = {
  stuffed: '防晒衣防晒衣女防晒衣夏季防晒衣薄款防晒衣户外防晒衣',
  tooShort: '防晒衣',
  noisy: '【新品】★★★防晒衣女夏季薄款！！！户外骑行通勤~~~🔥🔥',
  overLength: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套宽松大码',
  nonCompliant: '全网最好的冰丝防晒衣女夏季薄款UPF50+户外骑行通勤外套',
  borrowedBrand: '优衣库同款冰丝防晒衣女夏季薄款UPF50+户外骑行通勤外套',
  noCore: '冰丝 女 夏季 薄款 UPF50+ 户外 骑行 通勤 防紫外线 连帽 宽松',
};

describe('title score', () => {
  it.each(Object.entries(bad))('a %s title scores below every clean, full title', (_, title) => {
    const worst = Math.min(...good.map(score));
    expect(score(title)).toBeLessThan(worst);
  });

  it('gives a clean, full title a pass of at least 90', () => {
    for (const title of good) expect(score(title)).toBeGreaterThanOrEqual(90);
  });

  it('fails (below 60) any title with an error', () => {
    for (const title of [bad.overLength, bad.nonCompliant, bad.borrowedBrand]) {
      const result = lintListing({ title });
      expect(result.score).toBeLessThan(60);
      expect(result.breakdown.cappedAt).toBe(59);
    }
  });

  it('explains every lost point with a finding', () => {
    for (const title of [...good, ...Object.values(bad)]) {
      const { breakdown } = lintListing({ title });
      for (const part of breakdown.parts) {
        const lost = part.lost.reduce((sum, l) => sum + l.points, 0);
        expect(part.points + lost).toBeCloseTo(part.max, 0);
        for (const l of part.lost) expect(l.findings.length).toBeGreaterThan(0);
      }
    }
  });

  it('goes up when a finding is fixed', () => {
    expect(score('最好的冰丝防晒衣女夏季薄款户外骑行通勤防紫外线连帽外套')).toBeLessThan(score('冰丝防晒衣女夏季薄款户外骑行通勤防紫外线连帽外套'));
    expect(score('冰丝防晒衣')).toBeLessThan(score('冰丝防晒衣女夏季薄款'));
  });
});

describe('an empty title', () => {
  it('scores 0, with the finding that says so', () => {
    const result = lintListing({ title: '  ' });
    expect(result.score).toBe(0);
    expect(result.findings.map((f) => f.messageId)).toContain('empty');
  });
});
