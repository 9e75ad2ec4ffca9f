import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { UserWords } from '../lexicon/schema';
import type { Keyword, KeywordBank } from '../keywords/schema';
import { wordBank } from '../lexicon/bank';
import { lintListing } from './lint';
import { ListingChecker, type StoredBank } from './listing-checker';

const NOW = new Date('2026-05-09T10:00:00+08:00');

const withSettings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const ids = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId);

function stored(category: string, keywords: Keyword[], dataDate = '2026-05-01'): StoredBank {
  const bank: KeywordBank = { category, dataDate, importedAt: '2026-05-02T08:00:00.000Z', source: 'list', keywords };
  return { key: `|${category}`, category, dataDate, bank };
}

describe('ListingChecker', () => {
  it('gives the score and findings `shoplint lint` gives, split into title and price findings', () => {
    const listing = { title: '最好的冰丝防晒衣女夏季薄款', platform: 'taobao' as const, price: 99, compareAt: 399 };
    const check = new ListingChecker(DEFAULT_SETTINGS).check(listing, null, NOW);
    const lint = lintListing(listing);
    expect(check.score).toBe(lint.score);
    expect([...ids(check.titleFindings), ...ids(check.priceFindings)].sort()).toEqual(ids(lint.findings).sort());
    expect(ids(check.titleFindings)).toContain('banned-word');
    expect(check.priceFindings.every((f) => f.ruleId.startsWith('price-'))).toBe(true);
  });

  it("applies the seller's own words and rule switches for the listing's platform", () => {
    const title = '冰丝防晒衣女夏季薄款爆款';
    const words = UserWords.parse({ banned: ['爆款'] });
    expect(ids(new ListingChecker(DEFAULT_SETTINGS).check({ title, platform: 'taobao' }, null).titleFindings)).not.toContain('banned-word');
    expect(ids(new ListingChecker(withSettings({ words })).check({ title, platform: 'taobao' }, null).titleFindings)).toContain('banned-word');

    const off = withSettings({ words, rules: { ...DEFAULT_SETTINGS.rules, taobao: { 'banned-word': 'off' } } });
    expect(ids(new ListingChecker(off).check({ title, platform: 'taobao' }, null).titleFindings)).not.toContain('banned-word');
    expect(ids(new ListingChecker(off).check({ title, platform: 'douyin' }, null).titleFindings)).toContain('banned-word');
  });

  it('stacks the profile promotions on the price, lists the unreadable ones, and reads a broken profile as empty', () => {
    const checker = new ListingChecker(DEFAULT_SETTINGS);
    const check = checker.check({ title: '冰丝防晒衣女', platform: 'taobao', price: 199 }, { promos: ['满199减20', '买一送天'] });
    expect(check.price?.finalUnitPrice).toBe(179);
    expect(check.unreadablePromos).toEqual(['买一送天']);
    expect(check.profile.promos).toEqual(['满199减20', '买一送天']);

    const broken = checker.check({ title: '冰丝防晒衣女', platform: 'taobao', price: 199 }, { promos: 'not a list' });
    expect(broken.profile).toEqual({ promos: [] });
    expect(broken.price?.finalUnitPrice).toBe(199);
    expect(checker.check({ title: '冰丝防晒衣女', platform: 'taobao' }, null).price).toBeUndefined();
  });

  it("checks the profile's minimum margin, unless the seller turned the rule off", () => {
    const listing = { title: '冰丝防晒衣女', platform: 'taobao' as const, price: 100 };
    const profile = { promos: [], cost: 80, minMargin: 0.3 };
    expect(ids(new ListingChecker(DEFAULT_SETTINGS).check(listing, profile).priceFindings)).toContain('price-below-cost');
    expect(ids(new ListingChecker(DEFAULT_SETTINGS).check(listing, { ...profile, minMargin: 0.1 }).priceFindings)).not.toContain('price-below-cost');
    const off = withSettings({ rules: { ...DEFAULT_SETTINGS.rules, taobao: { 'price-below-cost': 'off' } } });
    expect(ids(new ListingChecker(off).check(listing, profile).priceFindings)).not.toContain('price-below-cost');
  });

  it("uses the keyword bank of the listing's category, the newest of equals, and none of another category", () => {
    const apparel = stored('apparel', [{ term: '防晒衣女', popularity: 400 }, { term: '冰丝防晒衣', popularity: 300 }]);
    const older = stored('apparel', [{ term: '连衣裙女', popularity: 900 }], '2026-03-01');
    const food = stored('food', [{ term: '坚果礼盒', popularity: 500 }]);
    const checker = new ListingChecker(DEFAULT_SETTINGS, [{ ...older, key: 'old|apparel' }, food, apparel]);

    const check = checker.check({ title: '冰丝防晒衣女夏季薄款', platform: 'taobao' }, null, NOW);
    expect(check.keywords).toMatchObject({ category: 'apparel', label: wordBank().categories.find((c) => c.id === 'apparel')!.name, dataDate: '2026-05-01', covered: 2, total: 2 });
    expect(check.keywords!.age.days).toBe(8);
    expect(check.keywords!.top.map((t) => t.term)).toEqual(['防晒衣女', '冰丝防晒衣']);

    expect(checker.check({ title: '保温杯大容量', platform: 'taobao' }, null, NOW).keywords).toBeUndefined();
    expect(new ListingChecker(DEFAULT_SETTINGS).check({ title: '冰丝防晒衣女', platform: 'taobao' }, null).keywords).toBeUndefined();
  });

  it('says where the bank comes from and when its figures are ranges', () => {
    const exact = stored('apparel', [{ term: '防晒衣女', popularity: 400 }]);
    const ranges: StoredBank = { ...exact, bank: { ...exact.bank, source: 'compass', approximate: true, keywords: [{ term: '防晒衣女', popularity: 750, ranges: { popularity: [500, 1000] } }] } };
    const title = { title: '冰丝防晒衣女', platform: 'taobao' as const };
    expect(new ListingChecker(DEFAULT_SETTINGS, [exact]).check(title, null, NOW).keywords).toMatchObject({ source: 'list', sourceName: { zh: '词表' } });
    expect(new ListingChecker(DEFAULT_SETTINGS, [exact]).check(title, null, NOW).keywords!.approximate).toBeUndefined();
    expect(new ListingChecker(DEFAULT_SETTINGS, [ranges]).check(title, null, NOW).keywords).toMatchObject({ source: 'compass', approximate: { text: { zh: '区间估算' } } });
  });
});
