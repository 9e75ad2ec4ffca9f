// The seller's keyword banks, kept by the background in Dexie (one per shop and category; a newer
// import of a category replaces it) and compiled for the overlay on first use. The popup reads files
// and pasted lists into banks and sends them here; the engine asks for the bank of a listing.
import { dataAge } from '@/lib/keywords/age';
import { compileKeywordBank, type CompiledKeywordBank } from '@/lib/keywords/compile';
import { pickBank } from '@/lib/keywords/pick';
import type { KeywordBank } from '@/lib/keywords/schema';
import type { WordBank } from '@/lib/lexicon/bank';
import type { ShopDb, StoredKeywordBank } from '@/lib/db/schema';
import type { KeywordBankInfo, KeywordsReply, MessageOf } from '@/lib/schemas/messages';

/** The category's name in the lexicons (服饰), or the category as the bank names it. */
export const categoryLabel = (words: WordBank, category: string) => words.categories.find((c) => c.id === category)?.name ?? category;

export const bankKey = (bank: Pick<KeywordBank, 'shop' | 'category'>) => `${bank.shop ?? ''}|${bank.category}`;

export function createKeywordStore(db: ShopDb) {
  let rows: Promise<StoredKeywordBank[]> | undefined;
  // Compiled per bank and per word list: the seller's own words change what a term is made of.
  const compiled = new Map<string, { words: WordBank; bank: CompiledKeywordBank }>();
  const load = () => (rows ??= db.keywordBanks.toArray());
  const changed = () => {
    rows = undefined;
    compiled.clear();
  };

  async function list(words: WordBank, now = new Date()): Promise<KeywordsReply> {
    const banks: KeywordBankInfo[] = (await load()).map(({ key, category, dataDate, bank }) => ({
      key,
      category,
      label: categoryLabel(words, category),
      dataDate,
      importedAt: bank.importedAt,
      source: bank.source,
      terms: bank.keywords.length,
      age: dataAge(dataDate, now),
    }));
    return { ok: true, banks: banks.sort((a, b) => a.label.localeCompare(b.label, 'zh')) };
  }

  return {
    /** The compiled bank for a listing of `category` (lexicon id) with the 类目 path `categoryText`. */
    async bankFor(words: WordBank, category: string | undefined, categoryText: string | undefined): Promise<CompiledKeywordBank | undefined> {
      const row = pickBank(await load(), category, categoryText);
      if (!row) return undefined;
      let entry = compiled.get(row.key);
      if (!entry || entry.words !== words) compiled.set(row.key, (entry = { words, bank: compileKeywordBank(row.bank, words) }));
      return entry.bank;
    },

    handlers: (words: () => Promise<WordBank>) => ({
      async 'keywords/save'({ bank }: MessageOf<'keywords/save'>): Promise<KeywordsReply> {
        // One put: the category's bank is replaced whole or not at all.
        await db.keywordBanks.put({ key: bankKey(bank), category: bank.category, dataDate: bank.dataDate, bank });
        changed();
        return list(await words());
      },
      async 'keywords/list'(): Promise<KeywordsReply> {
        return list(await words());
      },
      async 'keywords/delete'({ key }: MessageOf<'keywords/delete'>): Promise<KeywordsReply> {
        await db.keywordBanks.delete(key);
        changed();
        return list(await words());
      },
    }),
  };
}
export type KeywordStore = ReturnType<typeof createKeywordStore>;
