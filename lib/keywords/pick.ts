// Which of the seller's keyword banks a listing is checked against. Banks are stored by category: a
// category lexicon id when the terms told it ('apparel'), else the category as the seller or the
// export named it ('防晒衣'). A listing's category comes from the editor's 类目 path (女装/女士精品 >
// 防晒衣), else from the title's first core word — the same inference the title rules make.
import type { Scan, WordBank } from '../lexicon/bank';
import { CATEGORY_PATH as PATH, listingCategory, pathCategory } from '../lexicon/category';

/**
 * The listing's category lexicon id: a lexicon named in the 类目 path (服饰内衣 → apparel), else the
 * lexicon of a core word in the path, most specific segment first (… > 防晒衣 → apparel), else the
 * title's first core word.
 */
export function pickCategory(words: WordBank, categoryText: string | undefined, titleScan: Scan): string | undefined {
  return pathCategory(words, categoryText) ?? listingCategory(words, undefined, titleScan);
}

export interface BankKey {
  category: string;
  /** YYYY-MM-DD: the day the figures cover. */
  dataDate: string;
}

/**
 * The bank for a listing of `category` (lexicon id) whose 类目 path is `categoryText`: one named by a
 * segment of the path is the most specific (a 防晒衣 bank before an apparel one); among equals the
 * newest data wins. A bank named by its own product word (浴缸: no lexicon knows it, product.ts) is of
 * the listing whose title names that word. None when no bank is of the listing's category: another
 * category's demand would steer the title wrong.
 */
export function pickBank<T extends BankKey>(banks: readonly T[], category: string | undefined, categoryText?: string, title?: string): T | undefined {
  const segments = new Set(categoryText?.split(PATH).map((s) => s.trim()).filter(Boolean));
  const named = (bank: T) => title !== undefined && /\p{Script=Han}/u.test(bank.category) && title.includes(bank.category);
  const rank = (bank: T) => (segments.has(bank.category) ? 2 : bank.category === category || named(bank) ? 1 : 0);
  let best: T | undefined;
  for (const bank of banks) {
    const r = rank(bank);
    if (r === 0) continue;
    if (!best || r > rank(best) || (r === rank(best) && bank.dataDate > best.dataDate)) best = bank;
  }
  return best;
}

/** The category's name in the lexicons (服饰), or the category as the bank names it. */
export const categoryLabel = (words: WordBank, category: string) => words.categories.find((c) => c.id === category)?.name ?? category;
