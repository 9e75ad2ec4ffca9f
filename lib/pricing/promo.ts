// pricing/promo: promotions as sellers write them (满200减30, 每满100减10, 店铺券30, 满199用券20,
// 8.5折, 立减15, 第二件半价, 2件9折, 买2送1 …) read into typed Promos. Text it cannot read is a
// PromoError quoting the text — never silently ignored.
import { z } from 'zod';
import type { Localized } from '../schemas/common';
import { MAX_YUAN, yuanToFen } from './money';

const Fen = z.number().int().nonnegative();
/** A 折 in ‰ of the price: 8.5折 = 850. */
const Permille = z.number().int().min(0).max(999);
const Count = z.number().int().min(1).max(99);

export const Promo = z.discriminatedUnion('kind', [
  /** 单品折扣: every unit at `permille`‰ of its price (8折). */
  z.object({ kind: z.literal('discount'), text: z.string(), permille: Permille.min(1) }),
  /** 单品立减: `amountFen` off every unit (立减15). */
  z.object({ kind: z.literal('reduce'), text: z.string(), amountFen: Fen.min(1) }),
  /** 多件优惠: from `minQty` units on, every unit at `permille`‰ (2件9折). */
  z.object({ kind: z.literal('multi-discount'), text: z.string(), minQty: Count.min(2), permille: Permille.min(1) }),
  /** 多件优惠: every `nth` unit at `permille`‰ (第二件半价: nth 2, 500‰; 第二件0元: 0‰). */
  z.object({ kind: z.literal('nth-discount'), text: z.string(), nth: Count.min(2), permille: Permille }),
  /** 多件优惠: in every group of buy + free units, `free` are free (买2送1). */
  z.object({ kind: z.literal('buy-get'), text: z.string(), buy: Count, free: Count }),
  /** 店铺满减: `amountFen` off once the running total reaches `thresholdFen`; `every`: per full threshold (每满). */
  z.object({ kind: z.literal('full-reduce'), text: z.string(), thresholdFen: Fen.min(1), amountFen: Fen.min(1), every: z.boolean() }),
  /** 店铺满折: the order at `permille`‰ once the running total reaches `thresholdFen` (满300打9折). */
  z.object({ kind: z.literal('full-discount'), text: z.string(), thresholdFen: Fen.min(1), permille: Permille.min(1) }),
  /** 店铺券 / 满X用券: `amountFen` off when the running total reaches `thresholdFen` (0: 无门槛). */
  z.object({ kind: z.literal('coupon'), text: z.string(), thresholdFen: Fen, amountFen: Fen.min(1) }),
]);
export type Promo = z.infer<typeof Promo>;
export type PromoKind = Promo['kind'];

/** The platform's stacking order: 单品折扣/立减 → 多件优惠 → 店铺满减 → 店铺券. */
export const TIERS = ['item', 'multi', 'shop', 'coupon'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_OF: Record<PromoKind, Tier> = {
  discount: 'item',
  reduce: 'item',
  'multi-discount': 'multi',
  'nth-discount': 'multi',
  'buy-get': 'multi',
  'full-reduce': 'shop',
  'full-discount': 'shop',
  coupon: 'coupon',
};
export const TIER_NAME: Record<Tier, Localized> = {
  item: { zh: '单品优惠', en: 'item discount' },
  multi: { zh: '多件优惠', en: 'multi-buy offer' },
  shop: { zh: '店铺满减', en: 'shop spend-and-save' },
  coupon: { zh: '店铺券', en: 'shop coupon' },
};

export const EXAMPLES = '满200减30, 每满100减10, 店铺券30, 满199用券20, 8折, 立减15, 第二件半价, 2件9折, 买2送1';

export class PromoError extends Error {
  override name = 'PromoError';
  constructor(
    readonly text: string,
    readonly reason: Localized,
  ) {
    super(`"${text}" is not a promotion shoplint can read: ${reason.en}`);
  }
}

const M = '(\\d+(?:\\.\\d+)?|\\.\\d+)'; // an amount in 元
const N = '(\\d+|[一二两三四五六七八九十])'; // a count of units
const R = '(\\d+(?:\\.\\d+)?)'; // a 折
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A Promo without its text (distributes over the kinds). */
type Bare = Promo extends infer P ? (P extends Promo ? Omit<P, 'text'> : never) : never;
type Build = (m: string[]) => Bare;
/** Patterns tried in order, over the text after normalising (full-width → ASCII, no spaces, 元/¥ removed). */
const PATTERNS: [RegExp, Build][] = [
  [re(`每满${M}减${M}`), (m) => fullReduce(m[1]!, m[2]!, true)],
  // Coupons with a threshold come before 满减, as 满199减20券 would read as 满减 otherwise.
  [re(`满${M}(?:可用|用|使用)(?:优惠券|店铺券|券)${M}`), (m) => coupon(m[1]!, m[2]!)],
  [re(`满${M}(?:可用|用|使用|减)${M}(?:的)?(?:优惠券|店铺券|券)`), (m) => coupon(m[1]!, m[2]!)],
  [re(`满${N}件(?:打|享)?${R}折`), (m) => multiDiscount(m[1]!, m[2]!)],
  [re(`满${M}减${M}`), (m) => fullReduce(m[1]!, m[2]!, false)],
  [re(`满${M}(?:打|享)${R}折`), (m) => ({ kind: 'full-discount', thresholdFen: money(m[1]!), permille: permille(m[2]!) })],
  [re(`(?:无门槛(?:优惠券|店铺券|券)?|店铺(?:优惠)?券|优惠券|券)${M}`), (m) => ({ kind: 'coupon', thresholdFen: 0, amountFen: money(m[1]!, { positive: true }) })],
  [re(`${M}(?:无门槛)?(?:优惠券|店铺券|券)|无门槛${M}(?:优惠券|店铺券|券)`), (m) => ({ kind: 'coupon', thresholdFen: 0, amountFen: money((m[1] ?? m[2])!, { positive: true }) })],
  [re(`(?:单品|限时|全店)?(?:打)?${R}折`), (m) => ({ kind: 'discount', permille: permille(m[1]!) })],
  [re(`(?:单品)?(?:立减|直降|立省|减)${M}`), (m) => ({ kind: 'reduce', amountFen: money(m[1]!, { positive: true }) })],
  [re(`第${N}件(半价|免费|0|${R}折)`), (m) => nth(m[1]!, m[2]!, m[3])],
  [re(`${N}件(?:打|享)?${R}折`), (m) => multiDiscount(m[1]!, m[2]!)],
  [re(`买${N}(?:件)?送${N}(?:件)?`), (m) => ({ kind: 'buy-get', buy: count(m[1]!), free: count(m[2]!) })],
];

function re(source: string): RegExp {
  return new RegExp(`^(?:${source})$`);
}

class Unreadable extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/**
 * An amount in 分. `positive`: what a promotion takes off (立减0, 券0 take nothing off: a typo, not an
 * offer); thresholds may be 0 (无门槛). Up to MAX_YUAN, the bound of any price here, so that sums and
 * products stay exact in 分.
 */
function money(text: string, { positive = false } = {}): number {
  if (/\.\d{3,}/.test(text)) throw new Unreadable({ zh: `金额 ${text} 超过两位小数（分）`, en: `the amount ${text} has more than two decimals` });
  const fen = Number(text) <= MAX_YUAN ? yuanToFen(text) : NaN;
  if (Number.isNaN(fen)) throw new Unreadable({ zh: `金额 ${text} 超过 ${MAX_YUAN} 元`, en: `the amount ${text} is more than ${MAX_YUAN} 元` });
  if (positive && fen === 0) throw new Unreadable({ zh: `金额 ${text} 为 0，不是优惠`, en: `the amount ${text} takes nothing off` });
  return fen;
}

function count(text: string): number {
  const n = CN_DIGITS[text] ?? Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Unreadable({ zh: `件数 ${text} 不在 1–99 之间`, en: `the unit count ${text} is not between 1 and 99` });
  return n;
}

/** 8折 → 800‰, 8.5折 → 850‰, 85折 → 850‰ (how sellers write 8.5折), 8.75折 → 875‰. */
function permille(text: string): number {
  const [whole, frac = ''] = text.split('.');
  let value: number | undefined;
  if (frac === '' && whole!.length === 1) value = Number(whole) * 100;
  else if (frac === '' && whole!.length === 2 && !whole!.endsWith('0')) value = Number(whole) * 10;
  else if (whole!.length === 1 && frac.length <= 2) value = Number(whole + frac.padEnd(2, '0'));
  if (value === undefined || value <= 0 || value >= 1000)
    throw new Unreadable({ zh: `${text}折 不是有效折扣（应在 0.1折 到 9.9折 之间）`, en: `${text}折 is not a discount (between 0.1折 and 9.9折)` });
  return value;
}

function fullReduce(threshold: string, amount: string, every: boolean): Bare {
  const thresholdFen = money(threshold);
  const amountFen = money(amount);
  if (thresholdFen === 0 || amountFen === 0) throw new Unreadable({ zh: '门槛和减额都应大于 0', en: 'the threshold and the amount must be above 0' });
  if (amountFen >= thresholdFen) throw new Unreadable({ zh: `减 ${amount} 不小于门槛 ${threshold}`, en: `the reduction ${amount} is not below the threshold ${threshold}` });
  return { kind: 'full-reduce', thresholdFen, amountFen, every };
}

function coupon(threshold: string, amount: string): Bare {
  const thresholdFen = money(threshold);
  const amountFen = money(amount);
  if (amountFen === 0) throw new Unreadable({ zh: '券面额应大于 0', en: 'the coupon must be worth more than 0' });
  if (thresholdFen > 0 && amountFen >= thresholdFen) throw new Unreadable({ zh: `券 ${amount} 不小于门槛 ${threshold}`, en: `the coupon ${amount} is not below its threshold ${threshold}` });
  return { kind: 'coupon', thresholdFen, amountFen };
}

function multiDiscount(n: string, rate: string): Bare {
  const minQty = count(n);
  if (minQty < 2) throw new Unreadable({ zh: '多件优惠至少 2 件；1 件打折请写成「8折」', en: 'a multi-buy needs at least 2 units; for one unit write 8折' });
  return { kind: 'multi-discount', minQty, permille: permille(rate) };
}

function nth(n: string, what: string, rate: string | undefined): Bare {
  const index = count(n);
  if (index < 2) throw new Unreadable({ zh: '第几件优惠从第 2 件起', en: 'an nth-unit offer starts at the 2nd unit' });
  const value = what === '半价' ? 500 : what === '免费' || what === '0' ? 0 : permille(rate!);
  return { kind: 'nth-discount', nth: index, permille: value };
}

/** Full-width digits and letters → ASCII, spaces, 元, ¥ and a trailing 。removed. */
export function normalisePromoText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s元¥￥]/g, '')
    .replace(/[。.，,]+$/, '');
}

/** Reads one promotion; throws PromoError quoting the text when it cannot. */
export function parsePromo(text: string): Promo {
  const clean = normalisePromoText(text);
  if (!clean) throw new PromoError(text, { zh: '优惠为空', en: 'it is empty' });
  for (const [pattern, build] of PATTERNS) {
    const m = pattern.exec(clean);
    if (!m) continue;
    let built: Bare;
    try {
      built = build(m);
    } catch (error) {
      if (error instanceof Unreadable) throw new PromoError(text, error.reason);
      throw error;
    }
    const promo = Promo.safeParse({ ...built, text: text.trim() });
    if (!promo.success) throw new PromoError(text, { zh: `数值不对：${promo.error.issues[0]!.message}`, en: promo.error.issues[0]!.message });
    return promo.data;
  }
  throw new PromoError(text, { zh: `无法识别，可写成：${EXAMPLES}`, en: `write it like ${EXAMPLES}` });
}

/** Reads every promotion; the first unreadable one throws. */
export function parsePromos(texts: readonly string[]): Promo[] {
  return texts.map(parsePromo);
}
