// What a keyword is worth in a title. Operators rank 生意参谋 terms in Excel with the 选词公式
//   搜索人气 × 点击率 × 支付转化率 ÷ 在线商品数
// = the buyers a search brings who click and pay, per listing competing for them: the orders one more
// listing can expect from the word. We use exactly that, so our ranking matches the seller's sheet.
// Missing figures, so that a gap neither favours nor buries a word:
// - demand is 搜索人气 when the bank has it, else 搜索热度 (one column for the whole bank: the two are
//   different indices and must not be mixed); a term without it gets the bank's smallest demand
//   (exports write "-" when the figure is too small to show);
// - a missing 点击率, 转化率 or 在线商品数 takes the bank's median for that column; a column the export
//   does not have at all drops out of the product (抖店罗盘 has no 在线商品数: ranked on the rest);
// - a list without numbers values every term alike;
// - the free 生意参谋 相关分析 has no 在线商品数 but 需求供给比 = 搜索人气 ÷ 在线商品数: the competition is
//   then 搜索人气 ÷ 需求供给比, which leaves the formula as it is;
// - an ad report (直通车/万相台) says what each word earned the shop: its value is its orders (成交笔数),
//   else its sales (成交金额), else its clicks (the first of them the report has any of) — what the
//   formula estimates, measured. A word that earned none of it is worth nothing.
// Values are scaled so that the bank's best usable term (not a banned word, not another's brand) is
// 100: linear, so that values add up meaningfully.
import type { Keyword } from './schema';

type Figure = 'popularity' | 'heat' | 'clickRate' | 'conversion' | 'competition' | 'supplyRatio';

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const column = (keywords: readonly Keyword[], field: Figure) => keywords.flatMap((k) => (k[field] === undefined ? [] : [k[field]!]));

/** The raw 选词公式 figure of every keyword (same order), with missing figures filled as above. */
export function rawValues(keywords: readonly Keyword[]): number[] {
  const earned = (['orders', 'revenue', 'clicks'] as const).find((f) => keywords.some((k) => (k[f] ?? 0) > 0));
  if (earned) return keywords.map((k) => k[earned] ?? 0);
  const demandField: Figure = keywords.some((k) => k.popularity !== undefined) ? 'popularity' : 'heat';
  const demands = column(keywords, demandField);
  const minDemand = demands.length ? demands.reduce((a, b) => Math.min(a, b)) : 1;
  const competitionOf = (k: Keyword) => k.competition ?? (k.supplyRatio && k[demandField] !== undefined ? k[demandField]! / k.supplyRatio : undefined);
  const fill = {
    clickRate: median(column(keywords, 'clickRate')) ?? 1,
    conversion: median(column(keywords, 'conversion')) ?? 1,
    competition: median(keywords.flatMap((k) => competitionOf(k) ?? [])) ?? 1,
  };
  return keywords.map((k) => {
    const demand = k[demandField] ?? minDemand;
    // A listing count of 0 means nobody competes yet: count it as one listing (ours).
    const competition = Math.max(1, competitionOf(k) ?? fill.competition);
    return (demand * (k.clickRate ?? fill.clickRate) * (k.conversion ?? fill.conversion)) / competition;
  });
}

/** Values 0–100 within the bank: the best term that `usable` allows (all by default) is 100. */
export function keywordValues(keywords: readonly Keyword[], usable: (index: number) => boolean = () => true): number[] {
  const raw = rawValues(keywords);
  const best = raw.reduce((a, b, i) => (usable(i) ? Math.max(a, b) : a), 0);
  return raw.map((r) => (best > 0 ? (100 * r) / best : 100));
}
