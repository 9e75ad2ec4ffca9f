import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { titleWidth } from '../text/width';
import { normaliseTerm } from '../text/normalise';
import { wordBank } from '../lexicon/bank';
import { compileKeywordBank, type CompiledKeywordBank } from './compile';
import { testBank as bankOf } from './test-bank';
import { appendWord, keywordScore, suggestFill } from './fill';
import { readKeywordFile } from './parse';
import { analyseTitle, coverage, topTerms } from './title';

const NOW = new Date('2026-05-09T10:00:00+08:00');

let sycm: CompiledKeywordBank;
beforeAll(async () => {
  const file = new URL('../../test/fixtures/keywords/sycm-fangshaiyi-2026-04.csv', import.meta.url);
  sycm = compileKeywordBank(await readKeywordFile(new Uint8Array(readFileSync(file)), 'sycm.csv', { now: NOW }));
});

describe('coverage', () => {
  const bank = bankOf([
    { term: '防晒衣女', popularity: 400 },
    { term: '冰丝防晒衣', popularity: 300 },
    { term: '防晒衣女薄款', popularity: 200 },
    { term: '防晒服女', popularity: 150 },
    { term: '连衣裙女', popularity: 900 },
    { term: '冰丝薄款', popularity: 50 },
    { term: '冰丝防晒袖', popularity: 80 },
    { term: '优衣库防晒衣', popularity: 999 },
    { term: '防晒衣男', popularity: 120 },
  ]);

  it('lists the terms that fit the listing by value, covered when the title holds every word in any order', () => {
    expect(coverage('薄款冰丝防晒衣女', bank)).toEqual([
      // 100 is 连衣裙女 (900), the bank's best usable term; 优衣库防晒衣 (999) is another's brand.
      { term: '防晒衣女', value: 44.4, covered: true },
      { term: '冰丝防晒衣', value: 33.3, covered: true },
      { term: '防晒衣女薄款', value: 22.2, covered: true },
      { term: '防晒服女', value: 16.7, covered: false },
      { term: '冰丝薄款', value: 5.6, covered: true },
    ]);
  });

  it.each([
    ['another product of the category (连衣裙)', '连衣裙女'],
    ['an unknown word that may be another product (防晒袖)', '冰丝防晒袖'],
    ['another brand (优衣库)', '优衣库防晒衣'],
    ['the other side of the title (男 for a 女 title)', '防晒衣男'],
  ])('leaves out %s', (_, term) => {
    expect(coverage('冰丝防晒衣女', bank).map((e) => e.term)).not.toContain(term);
  });

  it('counts a synonym of the core word (防晒服 for 防晒衣) and a term the seller marked', () => {
    expect(coverage('防晒衣', bank).map((e) => e.term)).toContain('防晒服女');
    const marked = bankOf([{ term: '防晒衣', popularity: 10 }, { term: '冰袖', popularity: 5, relevant: true }]);
    expect(coverage('防晒衣', marked).map((e) => e.term)).toContain('冰袖');
  });

  it('matches through normalisation (full width, 繁体, spaces)', () => {
    expect(coverage('ＵＰＦ50+ 冰絲防曬衣', bankOf([{ term: 'upf50+防晒衣', popularity: 1 }, { term: '冰丝防晒衣', popularity: 1 }])).every((e) => e.covered)).toBe(true);
  });
});

describe('topTerms', () => {
  const bank = bankOf([
    { term: '防晒衣女', popularity: 400 },
    { term: '冰丝防晒衣', popularity: 300 },
    { term: '防晒衣女薄款', popularity: 200 },
    { term: 'UPF50+防晒衣', popularity: 100 },
    { term: '防晒衣男', popularity: 120 },
  ]);

  it('lists the best terms that count, with the words each uncovered one lacks, up to the limit', () => {
    const state = analyseTitle('防晒衣女', bank);
    expect(topTerms(bank, state, 3)).toEqual([
      { term: '防晒衣女', value: 100, covered: true },
      { term: '冰丝防晒衣', value: 75, covered: false, add: '冰丝' },
      { term: '防晒衣女薄款', value: 50, covered: false, add: '薄款' },
    ]);
    expect(topTerms(bank, state, 10).map((t) => t.term)).toEqual(['防晒衣女', '冰丝防晒衣', '防晒衣女薄款', 'UPF50+防晒衣']);
  });
});

describe('keywordScore', () => {
  it('is 0–100 of what the best title of the width could capture, null when nothing fits', () => {
    const low = keywordScore('防晒衣', sycm);
    const high = keywordScore('冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', sycm);
    expect(low.score).toBeGreaterThanOrEqual(0);
    expect(high.score!).toBeGreaterThan(low.score!);
    expect(high.score!).toBeLessThanOrEqual(100);
    expect(keywordScore('316不锈钢保温杯', sycm).score).toBeNull();
  });

  it('gives 100 to the best title ShopLint builds', () => {
    const best = suggestFill('防晒衣', sycm);
    expect(keywordScore('防晒衣' + best.text, sycm).score).toBeGreaterThanOrEqual(keywordScore('防晒衣', sycm).score!);
    const empty = bankOf([{ term: '防晒衣女', popularity: 10 }, { term: '冰丝防晒衣', popularity: 10 }]);
    expect(keywordScore('冰丝防晒衣女', empty).score).toBe(100);
  });
});

describe('suggestFill', () => {
  it('fills the space with the words of the most valuable terms, without repeats or synonyms of title words', () => {
    const bank = bankOf([
      { term: '防晒衣女', popularity: 100 },
      { term: '防晒衣女冰丝', popularity: 90 },
      { term: '防晒衣女薄款', popularity: 80 },
      { term: '防晒服女长款', popularity: 500 },
      { term: '防晒衣女短款', popularity: 60 },
      { term: '防晒衣女长款', popularity: 50 },
    ]);
    const fill = suggestFill('防晒衣女', bank);
    expect(fill.terms).toEqual(expect.arrayContaining(['冰丝', '薄款']));
    // 防晒服 is a synonym of 防晒衣 (堆砌); 短款 and 长款 are different products: only one of them.
    expect(fill.terms).not.toContain('防晒服');
    expect(fill.terms.filter((t) => t === '短款' || t === '长款')).toHaveLength(1);
    expect(fill.text).toBe(fill.terms.join(''));
    expect(fill.widthLeft).toBe(60 - titleWidth('防晒衣女' + fill.text));
  });

  it('respects the width: a full title gets nothing; a nearly full one only what fits', () => {
    const bank = bankOf([{ term: '防晒衣冰丝', popularity: 100 }, { term: '防晒衣女', popularity: 10 }]);
    const full = '防晒衣' + '夏'.repeat(27);
    expect(suggestFill(full, bank)).toEqual({ terms: [], text: '', addedValue: 0, widthLeft: 0, covers: [] });
    const tight = '防晒衣' + '夏'.repeat(25) + 'ab';
    expect(suggestFill(tight, bank).terms).toEqual(['女']);
  });

  it('never suggests a banned word or a brand, nor a core word when the title has none', () => {
    const bank = bankOf([{ term: '防晒衣最好', popularity: 900 }, { term: '防晒衣香奈儿风', popularity: 800 }, { term: '冰丝薄款', popularity: 10 }, { term: '冰丝防晒衣', popularity: 700 }]);
    expect(suggestFill('防晒衣', bank).terms).toEqual(['冰丝', '薄款']);
    expect(suggestFill('冰丝', bank, { category: 'apparel' }).terms).toEqual(['薄款']);
  });

  it('spaces two Latin words that would run together', () => {
    expect(appendWord('UPF50', 'SPF')).toBe('UPF50 SPF');
    expect(appendWord('防晒衣', 'UPF50')).toBe('防晒衣UPF50');
  });

  const titles = fc.array(
    fc.constantFrom('防晒衣', '女', '冰丝', '薄款', '夏季', '连帽', '户外', 'UPF50+', '骑行', '长款', '男', '外套', ' ', '透气', '宽松', '修身', '大码', '皮肤衣', '最好', '优衣库', '通勤', 'abc'),
    { maxLength: 14 },
  ).map((words) => words.join(''));

  it('never exceeds the width and never lowers the keyword score (property)', () => {
    fc.assert(
      fc.property(titles, fc.constantFrom('taobao', 'douyin') as fc.Arbitrary<'taobao' | 'douyin'>, (title, platform) => {
        const fill = suggestFill(title, sycm, { platform });
        const before = keywordScore(title, sycm, { platform });
        const filled = title + fill.text;
        if (titleWidth(title) <= 60) expect(titleWidth(filled)).toBeLessThanOrEqual(60);
        else expect(fill.terms).toEqual([]);
        expect(fill.addedValue).toBeGreaterThanOrEqual(0);
        const after = keywordScore(filled, sycm, { platform });
        if (before.score !== null) expect(after.score!).toBeGreaterThanOrEqual(before.score);
        // No word the title already has, and no banned word or brand added.
        const norm = normaliseTerm(title);
        for (const term of fill.terms) expect(norm.includes(normaliseTerm(term))).toBe(false);
        const words = wordBank();
        expect(words.scan(filled).banned.length).toBe(words.scan(title).banned.length);
        expect(words.scan(filled).brands.length).toBe(words.scan(title).brands.length);
      }),
      { numRuns: 300 },
    );
  });
});
