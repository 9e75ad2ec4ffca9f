import { describe, expect, it } from 'vitest';
import { lintListing } from '../engine/lint';
import { profileConfig, profileListing, readProfile } from './shop-profile';
import { splitPromos } from '../pricing/promo-list';

describe('shop profile', () => {
  it('reads a stored profile and treats anything else as empty', () => {
    expect(readProfile({ promos: ['满200减30'], cost: 80 })).toEqual({ promos: ['满200减30'], cost: 80 });
    expect(readProfile(undefined)).toEqual({ promos: [] });
    expect(readProfile({ promos: 'x', cost: -1 })).toEqual({ promos: [] });
  });

  it('splits promotions as sellers type them', () => {
    expect(splitPromos('满200减30，店铺券30、 8折')).toEqual(['满200减30', '店铺券30', '8折']);
    expect(splitPromos('  ')).toEqual([]);
  });

  it('feeds cost, promotions and the minimum margin to the price rules', () => {
    const profile = readProfile({ promos: ['满200减30', '店铺券30'], cost: 150, minMargin: 0.2 });
    const lint = (p = profile) =>
      lintListing({ title: '冰丝防晒衣', price: 229, ...profileListing(p) }, { config: profileConfig(p) }).findings.filter((f) => f.ruleId === 'price-below-cost');
    // 229 − 30 − 30 = 169: above the cost of 150, but an 11% margin is under the 20% minimum.
    expect(lint().map((f) => f.messageId)).toEqual(['lowMargin']);
    expect(lint({ ...profile, minMargin: undefined })).toEqual([]);
    expect(lint({ ...profile, cost: 180 }).map((f) => f.messageId)).toEqual(['belowCost']);
  });

  it("puts the minimum margin over the seller's own rule settings without undoing them", () => {
    const profile = readProfile({ promos: [], minMargin: 0.2 });
    expect(profileConfig(profile, { 'price-below-cost': { severity: 'warn' }, 'title-length': 'off' })).toEqual({
      'price-below-cost': { severity: 'warn', options: { minMargin: 0.2 } },
      'title-length': 'off',
    });
    expect(profileConfig(profile, { 'price-below-cost': 'off' })).toEqual({ 'price-below-cost': 'off' });
    expect(profileConfig(readProfile({ promos: [] }), { 'title-length': 'off' })).toEqual({ 'title-length': 'off' });
    expect(profileConfig(readProfile({ promos: [] }))).toBeUndefined();
  });
});
