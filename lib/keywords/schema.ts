// keywords/: the seller's search-term data (生意参谋 搜索分析/搜索排行, 抖店罗盘 行业热词, plugin sheets,
// 直通车/万相台 关键词报表, pasted 下拉词 lists) and what ShopLint computes from it — a value per
// keyword, a title's keyword score, the fill suggestion.
// Pure TypeScript: it reads bytes handed to it and never stores anything (the background does).
import { z } from 'zod';

/**
 * Where a bank came from. sycm: 生意参谋 and the plugins that read it (观数, 指数还原); compass: 抖店罗盘;
 * ads: a 直通车/万相台 关键词报表 — what the words earned the shop's own ads, not how often they are
 * searched; list: a pasted or typed list.
 */
export const KeywordSource = z.enum(['sycm', 'compass', 'ads', 'list']);
export type KeywordSource = z.infer<typeof KeywordSource>;

const Figure = z.number().finite().nonnegative();
/** A rate as a fraction (12.34% → 0.1234). */
const Rate = z.number().finite().min(0).max(1);

/** The figures a keyword can carry, by what they measure. */
export const FIGURES = ['popularity', 'heat', 'clickRate', 'conversion', 'competition', 'cpc', 'supplyRatio', 'impressions', 'clicks', 'spend', 'orders', 'revenue'] as const;
export type FigureField = (typeof FIGURES)[number];

/**
 * A figure the export showed as a range (生意参谋 free: `5000 ~ 1万`; 抖店罗盘: lower–upper): its
 * bounds, the upper one null when the range is open (罗盘 writes -1). The figure itself is then the
 * midpoint, or the lower bound of an open range.
 */
export const Range = z.tuple([Figure, Figure.nullable()]).refine(([low, high]) => high === null || low <= high, 'the lower bound is above the upper one');
export type Range = z.infer<typeof Range>;

export const Keyword = z.object({
  term: z.string().trim().min(1),
  /** 搜索人气 — searchers (an index of UV); 搜索人数 in 抖店罗盘 and 指数还原 (searchers counted). */
  popularity: Figure.optional(),
  /** 搜索热度 — searches (an index of PV); the demand when 搜索人气 is absent. */
  heat: Figure.optional(),
  /** 点击率 = clicks ÷ searches, as a fraction; above 1 when buyers click several listings (生意参谋 shows 112%). */
  clickRate: Figure.optional(),
  /** 支付转化率 / 成交转化率. */
  conversion: Rate.optional(),
  /** 在线商品数 — listings competing for the search. */
  competition: Figure.optional(),
  /** 直通车参考价 in 元 (an ad report: what a click cost, 花费 ÷ 点击量). */
  cpc: Figure.optional(),
  /** 需求供给比 (生意参谋 相关分析) = 搜索人气 ÷ 在线商品数: demand per competing listing. */
  supplyRatio: Figure.optional(),
  /** Ad report (直通车/万相台), summed over its days: 展现量, 点击量, 花费 (元), 成交笔数, 成交金额 (元). */
  impressions: Figure.optional(),
  clicks: Figure.optional(),
  spend: Figure.optional(),
  orders: Figure.optional(),
  revenue: Figure.optional(),
  /** Figures the export gave as ranges, by field (rates as fractions like the figures). */
  ranges: z.partialRecord(z.enum(FIGURES), Range).optional(),
  /** The seller said this term fits the listing even though it shares no core word with it. */
  relevant: z.boolean().optional(),
});
export type Keyword = z.infer<typeof Keyword>;

/** ISO calendar date (China time, as the exports write it). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const KeywordBank = z.object({
  shop: z.string().min(1).optional(),
  /** A category lexicon id ('apparel', 'home' …) when known, else the category as the export names it. */
  category: z.string().min(1),
  /** The last day the figures cover. */
  dataDate: IsoDate,
  importedAt: z.iso.datetime({ offset: true }),
  source: KeywordSource,
  /** The figures are estimates: shown as ranges (free 生意参谋, 抖店罗盘) or a plugin's 预估 columns. */
  approximate: z.boolean().optional(),
  keywords: z.array(Keyword).min(1),
});
export type KeywordBank = z.infer<typeof KeywordBank>;
