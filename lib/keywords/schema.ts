// keywords/: the seller's search-term data (生意参谋 搜索分析, 抖店罗盘 exports, pasted 下拉词 lists) and
// what ShopLint computes from it — a value per keyword, a title's keyword score, the fill suggestion.
// Pure TypeScript: it reads bytes handed to it and never stores anything (the background does).
import { z } from 'zod';

/** Where a bank came from; decides which columns were expected. */
export const KeywordSource = z.enum(['sycm', 'compass', 'list']);
export type KeywordSource = z.infer<typeof KeywordSource>;

const Figure = z.number().finite().nonnegative();
/** A rate as a fraction (12.34% → 0.1234). */
const Rate = z.number().finite().min(0).max(1);

export const Keyword = z.object({
  term: z.string().trim().min(1),
  /** 搜索人气 — searchers (an index of UV). */
  popularity: Figure.optional(),
  /** 搜索热度 — searches (an index of PV); the demand when 搜索人气 is absent. */
  heat: Figure.optional(),
  /** 点击率 = clicks ÷ searches, as a fraction; above 1 when buyers click several listings (生意参谋 shows 112%). */
  clickRate: Figure.optional(),
  /** 支付转化率 / 成交转化率. */
  conversion: Rate.optional(),
  /** 在线商品数 — listings competing for the search. */
  competition: Figure.optional(),
  /** 直通车参考价 in 元. */
  cpc: Figure.optional(),
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
  keywords: z.array(Keyword).min(1),
});
export type KeywordBank = z.infer<typeof KeywordBank>;
