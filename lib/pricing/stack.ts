// pricing/stack: what the buyer pays. Promotions stack in the platform's order (单品折扣/立减 →
// 多件优惠 → 店铺满减 → 店铺券), each threshold compared with the running total after the earlier
// steps. Within one step the platform applies one promotion (one 单品宝 price, one 满减 tier, one
// 店铺券 per order), so of several in a step the combination cheapest for the buyer is taken and the
// others are reported as skipped, with the reason. All arithmetic in integer 分.
import { z } from 'zod';
import { Localized, Yuan } from '../schemas/common';
import { applyPermille, divRoundHalfUp, fenToYuan, formatYuan, MAX_QTY, yuanToFen } from './money';
import { parsePromo, Promo, TIER_NAME, TIER_OF, TIERS, type PromoKind, type Tier } from './promo';

export const PriceInput = z.object({
  /** 一口价 of one unit, in 元. */
  unitPrice: Yuan,
  qty: z.number().int().min(1).max(MAX_QTY).default(1),
  promos: z.array(z.union([z.string(), Promo])).default([]),
});
export type PriceInput = z.input<typeof PriceInput>;

export const AppliedStep = z.object({
  promo: z.string(),
  kind: z.string(),
  /** What this step took off the order, in 元. */
  saving: z.number(),
  /** The running total for the order after this step, in 元. */
  after: z.number(),
});
export const SkippedPromo = z.object({ promo: z.string(), reason: Localized });

export const PriceResult = z.object({
  unitPrice: z.number(),
  qty: z.number().int(),
  /** unitPrice × qty, before any promotion, in 元. */
  total: z.number(),
  /** What the buyer pays for qty units, in 元. */
  payable: z.number(),
  /** payable / qty rounded half-up to the 分 (到手价 per unit). */
  finalUnitPrice: z.number(),
  applied: z.array(AppliedStep),
  /** Promotions that did not apply: threshold not reached, or another of the same step was better. */
  skipped: z.array(SkippedPromo),
});
export type PriceResult = z.infer<typeof PriceResult>;
export type AppliedStep = z.infer<typeof AppliedStep>;
export type SkippedPromo = z.infer<typeof SkippedPromo>;

/** The outcome of one promotion on a running amount: the new amount, or why it did not apply. */
type Outcome = { ok: true; fen: number } | { ok: false; reason: Localized };

/** 单品 step: on the unit price. */
function onUnit(promo: Promo, unitFen: number): Outcome {
  if (promo.kind === 'discount') return { ok: true, fen: applyPermille(unitFen, promo.permille) };
  if (promo.kind === 'reduce') return { ok: true, fen: Math.max(0, unitFen - promo.amountFen) };
  throw new Error(`not an item promotion: ${promo.kind}`);
}

/** 多件 step: on qty units of unitFen each; returns the order total. */
function onUnits(promo: Promo, unitFen: number, qty: number): Outcome {
  const short = (need: number): Outcome => ({
    ok: false,
    reason: { zh: `需买满 ${need} 件（当前 ${qty} 件）`, en: `needs ${need} units (${qty} in the order)` },
  });
  switch (promo.kind) {
    case 'multi-discount':
      return qty >= promo.minQty ? { ok: true, fen: applyPermille(unitFen, promo.permille) * qty } : short(promo.minQty);
    case 'nth-discount': {
      const groups = Math.floor(qty / promo.nth);
      return groups ? { ok: true, fen: unitFen * (qty - groups) + applyPermille(unitFen, promo.permille) * groups } : short(promo.nth);
    }
    case 'buy-get': {
      const groups = Math.floor(qty / (promo.buy + promo.free));
      return groups ? { ok: true, fen: unitFen * (qty - groups * promo.free) } : short(promo.buy + promo.free);
    }
    default:
      throw new Error(`not a multi-buy promotion: ${promo.kind}`);
  }
}

/** 满减 and 券 steps: on the running order total. */
function onTotal(promo: Promo, totalFen: number): Outcome {
  if (promo.kind !== 'full-reduce' && promo.kind !== 'full-discount' && promo.kind !== 'coupon') throw new Error(`not an order promotion: ${promo.kind}`);
  if (totalFen < promo.thresholdFen || totalFen === 0) {
    const left = formatYuan(promo.thresholdFen - totalFen);
    return {
      ok: false,
      reason: {
        zh: `满 ${formatYuan(promo.thresholdFen)} 才可用，前面优惠后为 ${formatYuan(totalFen)}，还差 ${left}`,
        en: `needs ${formatYuan(promo.thresholdFen)}; the order is ${formatYuan(totalFen)} after the earlier steps, ${left} short`,
      },
    };
  }
  if (promo.kind === 'full-discount') return { ok: true, fen: applyPermille(totalFen, promo.permille) };
  const off = promo.kind === 'full-reduce' && promo.every ? Math.floor(totalFen / promo.thresholdFen) * promo.amountFen : promo.amountFen;
  return { ok: true, fen: Math.max(0, totalFen - off) };
}

interface Step {
  promo: Promo;
  outcome: Outcome;
  /** The order total before and after this step. */
  beforeFen: number;
  afterFen: number;
}

interface Run {
  payableFen: number;
  steps: Step[];
  /** The unit price and order total as each step began, by tier index. */
  before: { unit: number; total: number }[];
}

/** The outcome of a promotion at a step, given the unit price and the order total before it. */
function outcomeAt(promo: Promo, unit: number, total: number, qty: number): Outcome {
  const tier = TIER_OF[promo.kind];
  if (tier === 'item') {
    const outcome = onUnit(promo, unit);
    return outcome.ok ? { ok: true, fen: outcome.fen * qty } : outcome;
  }
  return tier === 'multi' ? onUnits(promo, unit, qty) : onTotal(promo, total);
}

/** Runs one choice of at most one promotion per step. */
function runChoice(unitFen: number, qty: number, choice: (Promo | undefined)[]): Run {
  const steps: Step[] = [];
  const before: Run['before'] = [];
  let unit = unitFen;
  let total = unitFen * qty;
  for (const [i, tier] of TIERS.entries()) {
    before.push({ unit, total });
    const promo = choice[i];
    if (!promo) continue;
    const outcome = outcomeAt(promo, unit, total, qty);
    const beforeFen = total;
    if (outcome.ok) {
      total = outcome.fen;
      // After a 单品 step every unit costs the same; later 多件 steps work on that unit price.
      if (tier === 'item') unit = outcome.fen / qty;
    }
    steps.push({ promo, outcome, beforeFen, afterFen: total });
  }
  return { payableFen: total, steps, before };
}

/** Every choice of one promotion per non-empty step (the buyer gets the cheapest; ties: earliest given). */
function* choices(byTier: Promo[][]): Generator<(Promo | undefined)[]> {
  const sizes = byTier.map((list) => Math.max(1, list.length));
  const index = sizes.map(() => 0);
  for (;;) {
    yield byTier.map((list, t) => list[index[t]!]);
    let t = sizes.length - 1;
    while (t >= 0 && ++index[t]! === sizes[t]) index[t--] = 0;
    if (t < 0) return;
  }
}

export function toPromo(promo: string | Promo): Promo {
  return typeof promo === 'string' ? parsePromo(promo) : Promo.parse(promo);
}

/** The payable for qty units in 分, and the steps taken — the engine behind stackPrice. */
export function stackFen(unitFen: number, qty: number, promos: readonly Promo[]): { payableFen: number; totalFen: number; applied: Step[]; skipped: { promo: Promo; reason: Localized }[] } {
  if (!Number.isSafeInteger(unitFen) || unitFen < 0) throw new RangeError(`unit price ${unitFen} 分 is not a whole, non-negative number of 分`);
  if (!Number.isSafeInteger(qty) || qty < 1) throw new RangeError(`quantity ${qty} is below 1`);
  const byTier: Promo[][] = TIERS.map((tier) => promos.filter((p) => TIER_OF[p.kind] === tier));
  let best: Run | undefined;
  for (const choice of choices(byTier)) {
    const run = runChoice(unitFen, qty, choice);
    if (!best || run.payableFen < best.payableFen) best = run;
  }
  const applied = best!.steps.filter((s) => s.outcome.ok);
  const skipped = promos.flatMap((promo) => {
    const step = best!.steps.find((s) => s.promo === promo);
    if (step?.outcome.ok) return [];
    if (step && !step.outcome.ok) return [{ promo, reason: step.outcome.reason }];
    // Another promotion of the same step was taken: say why this one was not (threshold, or it saves less).
    const tier: Tier = TIER_OF[promo.kind];
    const at = best!.before[TIERS.indexOf(tier)]!;
    const own = outcomeAt(promo, at.unit, at.total, qty);
    if (!own.ok) return [{ promo, reason: own.reason }];
    const taken = best!.steps.find((s) => TIER_OF[s.promo.kind] === tier)!;
    const name = TIER_NAME[tier];
    return [{ promo, reason: { zh: `${name.zh}只能用一个，「${taken.promo.text}」更优惠`, en: `only one ${name.en} applies; "${taken.promo.text}" saves more` } }];
  });
  return { payableFen: best!.payableFen, totalFen: unitFen * qty, applied, skipped };
}

/** What the buyer pays for `qty` units with these promotions, step by step. Throws PromoError on unreadable text. */
export function stackPrice(input: PriceInput): PriceResult {
  const { unitPrice, qty, promos } = PriceInput.parse(input);
  const unitFen = yuanToFen(unitPrice);
  const { payableFen, totalFen, applied, skipped } = stackFen(unitFen, qty, promos.map(toPromo));
  return {
    unitPrice: fenToYuan(unitFen),
    qty,
    total: fenToYuan(totalFen),
    payable: fenToYuan(payableFen),
    finalUnitPrice: fenToYuan(divRoundHalfUp(payableFen, qty)),
    applied: applied.map((s) => ({
      promo: s.promo.text,
      kind: s.promo.kind as PromoKind,
      saving: fenToYuan(s.beforeFen - s.afterFen),
      after: fenToYuan(s.afterFen),
    })),
    skipped: skipped.map((s) => ({ promo: s.promo.text, reason: s.reason })),
  };
}
