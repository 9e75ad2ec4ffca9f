// Which category lexicon a listing belongs to, and a few of its words to suggest.
import type { Scan, WordBank } from './bank';
import type { TitleWordKind } from './schema';

/** The listing's category: as given (id or Chinese name), else the category of its first core word. */
export function listingCategory(bank: WordBank, category: string | undefined, scan: Scan): string | undefined {
  if (category) return bank.categories.find((c) => c.id === category || category.includes(c.name))?.id;
  return scan.words.find((w) => w.kind === 'core')?.categories[0];
}

/** A few words of `kind` from the category, for suggestions. */
export function categoryWords(bank: WordBank, category: string | undefined, kind: TitleWordKind, count = 5): string[] {
  const lexicon = category ? bank.categories.find((c) => c.id === category) : undefined;
  return lexicon ? lexicon[kind].slice(0, count) : [];
}
