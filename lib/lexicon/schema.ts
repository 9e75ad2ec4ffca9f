// The shape of every word list ShopLint ships or a seller adds. Lists are data; this file is their contract.
import { z } from 'zod';
import { Severity } from '../schemas/common';

export const BannedCategory = z.enum([
  'absolute', // 绝对化用语 — 广告法 第九条第三项
  'authority', // 国家机关/国家级/权威 — 广告法 第九条第二项
  'superstition', // 迷信 — 广告法 第九条第八项
  'medical', // 医疗/疾病治疗功能 — 广告法 第十六、十七条
  'guarantee', // 保证功效、收益、安全 — 广告法 第二十四、二十五、二十八条
  'inducement', // 虚假紧迫/诱导 — 广告法 第二十八条, 平台规则
  'trademark', // 驰名商标 — 商标法 第十四条第五款
  'vulgar', // 低俗/色情 — 广告法 第九条第七项
  'user', // the seller's own words
]);
export type BannedCategory = z.infer<typeof BannedCategory>;

export const BannedEntry = z.object({
  /** Stable id, e.g. 'absolute-zuihao'. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The word as written, in 简体; matched after normalisation (width, case, 繁体, separators). */
  term: z.string().min(1),
  category: BannedCategory,
  /** error = 禁用; warn = needs proof or context (资质/证明). */
  severity: Severity,
  /** The law article or platform rule it comes from. */
  source: z.string().min(1),
  /** What to write instead (may be empty when the word should simply go). */
  replacements: z.array(z.string()),
  /** Phrases that contain the term and are allowed (最近, 第一时间, 100%纯棉 …). */
  exemptions: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type BannedEntry = z.infer<typeof BannedEntry>;

/** Every combination of `parts` (one word from each) is a banned term of the family (最 + 静音 …). */
export const BannedFamily = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  category: z.enum(['absolute', 'authority', 'superstition', 'medical', 'guarantee', 'inducement', 'trademark', 'vulgar']),
  severity: Severity,
  source: z.string().min(1),
  parts: z.array(z.array(z.string()).min(1)).min(1),
  /** Up to `max` characters of the title may stand between part `after` and the next (防|蓝光|辐射,
   *  监测|心率|血压): the modifier is the seller's, the claim is the family's. */
  gap: z.object({ after: z.number().int().min(0), max: z.number().int().min(1).max(4) }).optional(),
  exemptions: z.array(z.string()).default([]),
  replacements: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type BannedFamily = z.infer<typeof BannedFamily>;

/**
 * A banned term that is the name of the product being sold when a head word follows it within `gap`
 * characters (scope 'after': 增高…支架, 万能dvd遥控器) or appears anywhere in the title (scope 'title':
 * 益智 in a toy's title). Exemptions are patterns over words, not contiguous strings.
 */
export const ProductName = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  term: z.string().min(1),
  scope: z.enum(['after', 'title']),
  gap: z.number().int().min(0).max(12),
  heads: z.array(z.string().min(1)).min(1),
  /** A model number right after the term (a digit or a Latin letter: 至强金牌5120) also makes it a name. */
  model: z.boolean().default(false),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type ProductName = z.infer<typeof ProductName>;

/** A class of product that may make medical or health claims with a licence (药品, 医疗器械, 保健食品, 图书):
 *  in its titles such a claim is a "核对资质" warning, not a ban. */
export const ProductClass = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  heads: z.array(z.string().min(1)).min(1),
  /** More heads as a family: one word from each part (鼻炎 + 片). */
  parts: z.array(z.array(z.string())).default([]),
  /** The kinds of claim such a product may make with its licence. */
  categories: z.array(z.enum(['absolute', 'authority', 'superstition', 'medical', 'guarantee', 'inducement', 'trademark', 'vulgar'])).min(1),
  /** Only these entries or families (ids) of those kinds, when given: a class that judges a few claims (减肥 on a
   *  machine), not every claim of a kind (治疗颈椎病 on a massager stays a ban). */
  entries: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).default([]),
  /** What makes the claim lawful on such a product: its licence (批准文号, 注册证: "核对资质"), or proof of the
   *  claim itself (a function claim on ordinary goods, 广告法 第二十八条: "需证明"). */
  needs: z.enum(['licence', 'proof']).default('licence'),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type ProductClass = z.infer<typeof ProductClass>;

/** A print or design on a printable product (手机壳 【恭喜发财】, 卡通 招财 T恤): the words are the picture's, not a
 *  claim about the goods. A hit of one of `categories` is a design name in a title with one of `heads`, inside
 *  【】 or a few characters after one of `before` (彩绘, 图案) or before one of `after` (款). */
export const DesignNames = z.object({
  heads: z.array(z.string().min(1)).min(1),
  before: z.array(z.string().min(1)).min(1),
  after: z.array(z.string().min(1)).min(1),
  /** Characters between a marker and the hit. */
  gap: z.number().int().min(0).max(6),
  categories: z.array(BannedCategory).min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});
export type DesignNames = z.infer<typeof DesignNames>;

export const BannedList = z.object({
  version: z.string().min(1),
  entries: z.array(BannedEntry),
});
export type BannedList = z.infer<typeof BannedList>;

export const TitleWordKind = z.enum(['core', 'attribute', 'scene']);
export type TitleWordKind = z.infer<typeof TitleWordKind>;

/** Core (category), attribute and scene words of one product category, plus near-synonym groups. */
export const CategoryLexicon = z.object({
  /** 'apparel' | 'shoes' | 'home' | 'appliance' | … | 'general' (words of no one category) */
  id: z.string().regex(/^[a-z]+$/),
  name: z.string(),
  source: z.string().min(1),
  core: z.array(z.string().min(1)),
  attribute: z.array(z.string().min(1)),
  scene: z.array(z.string().min(1)),
  /** More product words, grouped by where they come from (scripts/gen-product-words.ts writes them):
   *  they are core words like `core`, which holds the hand-picked ones suggestions start with. */
  products: z.array(z.object({ source: z.string().min(1), words: z.array(z.string().min(1)) })).default([]),
  /** Words that mean the same to a buyer: using two of one group in a title is 堆砌. */
  synonyms: z.array(z.array(z.string().min(1)).min(2)).default([]),
  /** Words that describe different products (女/男, 长款/短款): a listing is one of them, so a
   *  keyword suggestion never adds a second. A word containing one (女士, 男款) is on its side. */
  exclusive: z.array(z.array(z.string().min(1)).min(2)).default([]),
});
export type CategoryLexicon = z.infer<typeof CategoryLexicon>;

export const BrandEntry = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  category: z.string(),
});
export type BrandEntry = z.infer<typeof BrandEntry>;

/** The seller's own additions (settings, options page). */
export const UserWords = z.object({
  banned: z.array(z.string().min(1)).default([]),
  allowed: z.array(z.string().min(1)).default([]),
  brands: z.array(z.string().min(1)).default([]),
  /** The seller's own brand names: never flagged by brand-misuse. */
  ownBrands: z.array(z.string().min(1)).default([]),
  core: z.array(z.string().min(1)).default([]),
  attribute: z.array(z.string().min(1)).default([]),
  scene: z.array(z.string().min(1)).default([]),
});
export type UserWords = z.infer<typeof UserWords>;
