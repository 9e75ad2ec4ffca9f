// Which category lexicon a listing belongs to, and a few of its words to suggest.
import type { Scan, WordBank } from './bank';
import type { TitleWordKind } from './schema';

/** The listing's category: as given (id or Chinese name), else the category of its first core word. */
export function listingCategory(bank: WordBank, category: string | undefined, scan: Scan): string | undefined {
  if (category) return bank.categories.find((c) => c.id === category || (c.id !== 'general' && category.includes(c.name)))?.id;
  return scan.words.find((w) => w.kind === 'core')?.categories[0];
}

/** Separators of a 类目 path as the publish pages write it (>, /, ›). */
export const CATEGORY_PATH = /\s*[>＞/／›»]\s*/;

/**
 * The lexicon a 类目 path names: one whose name is in the path (服饰内衣 → apparel), else the lexicon of a
 * core word of the path, most specific segment first (… > 防晒衣 → apparel). 'general' is no category.
 */
export function pathCategory(bank: WordBank, categoryText: string | undefined): string | undefined {
  const path = categoryText?.trim();
  if (!path) return undefined;
  const named = bank.categories.find((c) => c.id !== 'general' && (c.id === path || path.includes(c.name)));
  if (named) return named.id;
  for (const segment of path.split(CATEGORY_PATH).reverse()) {
    const core = bank.scan(segment).words.find((w) => w.kind === 'core');
    const id = core?.categories.find((c) => c !== 'user' && c !== 'general');
    if (id) return id;
  }
  return undefined;
}

/**
 * Lexicons whose products the platforms' trees file under each other (运动服 under 运动户外 and 服饰, 童装
 * under 母婴 and 服饰, 锅 under 厨房 and 家居 …): a title word of one in a 类目 of the other is no mismatch.
 * From the three category trees scripts/gen-product-words.ts reads.
 */
const RELATED: readonly (readonly string[])[] = [
  ['apparel', 'shoes', 'bags', 'jewelry', 'sports', 'baby'],
  ['home', 'kitchen', 'textile', 'furniture', 'building', 'tools', 'appliance', 'garden'],
  ['food', 'fresh', 'health'],
  ['digital', 'office', 'appliance', 'books'],
  ['baby', 'toys', 'beauty', 'food'],
  ['toys', 'books', 'instruments', 'office'],
  ['auto', 'tools', 'digital'],
  ['pets', 'home', 'food'],
  ['beauty', 'health'],
];

/** Whether products of lexicon `a` may be listed under a 类目 of lexicon `b`. */
export const relatedCategories = (a: string, b: string) => a === b || RELATED.some((g) => g.includes(a) && g.includes(b));

/** A few words of `kind` from the category, for suggestions. */
export function categoryWords(bank: WordBank, category: string | undefined, kind: TitleWordKind, count = 5): string[] {
  const lexicon = category ? bank.categories.find((c) => c.id === category) : undefined;
  return lexicon ? lexicon[kind].slice(0, count) : [];
}
