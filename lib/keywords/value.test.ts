import { describe, expect, it } from 'vitest';
import { keywordValues, rawValues } from './value';

describe('keyword value (选词公式: demand × click rate × conversion ÷ competition)', () => {
  it('is the operators\' formula when every figure is there', () => {
    expect(rawValues([{ term: 'a', popularity: 10000, clickRate: 0.8, conversion: 0.05, competition: 2000 }])[0]).toBeCloseTo(0.2, 9);
  });

  it.each([
    ['more demand is worth more', [{ term: 'a', popularity: 200 }, { term: 'b', popularity: 100 }], [100, 50]],
    ['more competition is worth less', [{ term: 'a', popularity: 100, competition: 100 }, { term: 'b', popularity: 100, competition: 400 }], [100, 25]],
    ['a missing rate takes the column median (neither favoured nor buried)', [
      { term: 'a', popularity: 100, conversion: 0.02 },
      { term: 'b', popularity: 100, conversion: 0.04 },
      { term: 'c', popularity: 100, conversion: 0.06 },
      { term: 'd', popularity: 100 },
    ], [100 / 3, 200 / 3, 100, 200 / 3]],
    ['a missing demand is the smallest the bank shows ("-" = too small)', [{ term: 'a', popularity: 400 }, { term: 'b', popularity: 100 }, { term: 'c' }], [100, 25, 25]],
    ['搜索热度 is the demand when no term has 搜索人气', [{ term: 'a', heat: 300 }, { term: 'b', heat: 600 }], [50, 100]],
    ['a list without numbers values every term alike', [{ term: 'a' }, { term: 'b' }], [100, 100]],
    ['no competitors counts as one', [{ term: 'a', popularity: 10, competition: 0 }, { term: 'b', popularity: 10, competition: 1 }], [100, 100]],
  ])('%s', (_, keywords, want) => {
    keywordValues(keywords).forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 6));
  });

  it('scales to the best usable term', () => {
    expect(keywordValues([{ term: 'a', popularity: 900 }, { term: 'b', popularity: 300 }], (i) => i !== 0)).toEqual([300, 100]);
  });

  it('does not mix 搜索人气 and 搜索热度 within one bank', () => {
    // b has only a 热度 (a different, larger index): it gets the smallest 人气 instead.
    expect(rawValues([{ term: 'a', popularity: 50 }, { term: 'b', heat: 100000 }])).toEqual([50, 50]);
  });
});
