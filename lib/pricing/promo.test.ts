import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YUAN } from './money';
import { parsePromo, parsePromos, Promo, PromoError } from './promo';
import { promoForm, promoText } from '../../test/hostile';

describe('parsePromo: the forms sellers write', () => {
  it.each([
    ['满200减30', { kind: 'full-reduce', thresholdFen: 20000, amountFen: 3000, every: false }],
    ['每满100减10', { kind: 'full-reduce', thresholdFen: 10000, amountFen: 1000, every: true }],
    ['满199用券20', { kind: 'coupon', thresholdFen: 19900, amountFen: 2000 }],
    ['满199元可用20元券', { kind: 'coupon', thresholdFen: 19900, amountFen: 2000 }],
    ['满199减20券', { kind: 'coupon', thresholdFen: 19900, amountFen: 2000 }],
    ['店铺券30', { kind: 'coupon', thresholdFen: 0, amountFen: 3000 }],
    ['30元店铺券', { kind: 'coupon', thresholdFen: 0, amountFen: 3000 }],
    ['无门槛券10', { kind: 'coupon', thresholdFen: 0, amountFen: 1000 }],
    ['10元无门槛券', { kind: 'coupon', thresholdFen: 0, amountFen: 1000 }],
    ['8折', { kind: 'discount', permille: 800 }],
    ['8.5折', { kind: 'discount', permille: 850 }],
    ['85折', { kind: 'discount', permille: 850 }],
    ['打9.5折', { kind: 'discount', permille: 950 }],
    ['8.75折', { kind: 'discount', permille: 875 }],
    ['立减15', { kind: 'reduce', amountFen: 1500 }],
    ['立减15元', { kind: 'reduce', amountFen: 1500 }],
    ['直降9.9', { kind: 'reduce', amountFen: 990 }],
    ['第二件半价', { kind: 'nth-discount', nth: 2, permille: 500 }],
    ['第2件5折', { kind: 'nth-discount', nth: 2, permille: 500 }],
    ['第三件0元', { kind: 'nth-discount', nth: 3, permille: 0 }],
    ['第二件免费', { kind: 'nth-discount', nth: 2, permille: 0 }],
    ['2件9折', { kind: 'multi-discount', minQty: 2, permille: 900 }],
    ['3件7.5折', { kind: 'multi-discount', minQty: 3, permille: 750 }],
    ['满2件打9折', { kind: 'multi-discount', minQty: 2, permille: 900 }],
    ['买2送1', { kind: 'buy-get', buy: 2, free: 1 }],
    ['买二送一', { kind: 'buy-get', buy: 2, free: 1 }],
    ['满300打9折', { kind: 'full-discount', thresholdFen: 30000, permille: 900 }],
    // Full-width digits, spaces, 元 and ¥ as they are pasted from the backend.
    ['满２００减３０', { kind: 'full-reduce', thresholdFen: 20000, amountFen: 3000 }],
    [' 满 200 减 30 元 ', { kind: 'full-reduce', thresholdFen: 20000, amountFen: 3000 }],
    ['满¥200减¥30', { kind: 'full-reduce', thresholdFen: 20000, amountFen: 3000 }],
    ['店铺券￥３０', { kind: 'coupon', thresholdFen: 0, amountFen: 3000 }],
    ['满199.9减20.5', { kind: 'full-reduce', thresholdFen: 19990, amountFen: 2050 }],
    ['８．５折', { kind: 'discount', permille: 850 }],
  ] as const)('%s', (text, want) => {
    expect(parsePromo(text)).toMatchObject({ ...want, text: text.trim() });
  });

  it.each([
    ['', 'empty'],
    ['包邮', 'not a promotion'],
    ['满减', 'no numbers'],
    ['满abc减30', 'letters for digits'],
    ['满30减30', 'reduction not below threshold'],
    ['满30减50', 'reduction above threshold'],
    ['满0减0', 'zero'],
    ['10折', 'no discount'],
    ['0折', 'zero 折'],
    ['12.5折', 'over 10折'],
    ['1件9折', 'a multi-buy of one'],
    ['满200减30.001', 'below the 分'],
    ['满199用券199', 'coupon as large as its threshold'],
    ['第一件半价', 'the first unit'],
    ['满200减30，店铺券10', 'two promotions in one'],
    ['8折起', 'a "from" price'],
    ['满-200减30', 'negative'],
  ])('rejects %s (%s) with a PromoError quoting it', (text) => {
    let error: unknown;
    try {
      parsePromo(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PromoError);
    expect((error as PromoError).text).toBe(text);
    expect((error as PromoError).message).toContain(`"${text}"`);
    expect((error as PromoError).reason.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('parsePromos reads all or throws on the first unreadable one', () => {
    expect(parsePromos(['满200减30', '店铺券30']).map((p) => p.kind)).toEqual(['full-reduce', 'coupon']);
    expect(() => parsePromos(['满200减30', '送运费险'])).toThrow(/"送运费险"/);
  });
});

describe('parsePromo (property)', () => {
  /** What parsePromo made of the text: a Promo its schema accepts, carrying the text; or a PromoError quoting it. Anything else throws. */
  const readOrRefuse = (text: string) => {
    let promo: Promo;
    try {
      promo = parsePromo(text);
    } catch (error) {
      if (!(error instanceof PromoError)) throw error;
      expect(error.text).toBe(text);
      return;
    }
    expect(Promo.parse(promo)).toEqual(promo);
    expect(promo.text).toBe(text.trim());
    for (const fen of [('amountFen' in promo && promo.amountFen) || 0, ('thresholdFen' in promo && promo.thresholdFen) || 0]) expect(fen).toBeLessThanOrEqual(MAX_YUAN * 100);
  };

  it('any string: a Promo or PromoError, nothing else', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })), readOrRefuse), { numRuns: 500 });
  });

  it('text built from promotion pieces (满/减/券/折/立减/店铺券, 0, 20-digit numbers …): a Promo or PromoError', () => {
    fc.assert(fc.property(fc.oneof(promoText, promoForm), readOrRefuse), { numRuns: 1000 });
  });
});
