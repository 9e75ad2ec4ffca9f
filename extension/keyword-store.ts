// The seller's keyword banks, kept by the background in Dexie (one per shop and category; a newer
// import of a category replaces it). The popup reads files and pasted lists into banks and sends them
// here; an editor page asks for all of them and checks titles against them itself.
import { dataAge } from '@/lib/keywords/age';
import { categoryLabel } from '@/lib/keywords/pick';
import type { KeywordBank } from '@/lib/keywords/schema';
import type { WordBank } from '@/lib/lexicon/bank';
import type { ShopDb, StoredKeywordBank } from '@/lib/db/schema';
import type { KeywordBankInfo, KeywordsReply, MessageOf, ReplyTo } from '@/lib/schemas/messages';
import { keywordBanksChanged } from './keyword-banks-changed';

/**
 * One bank per shop and category, and an ad report beside it rather than over it: what words earned
 * the shop's ads is another measure than how often they are searched.
 */
export const bankKey = (bank: Pick<KeywordBank, 'shop' | 'category' | 'source'>) => `${bank.shop ?? ''}|${bank.category}${bank.source === 'ads' ? '|ads' : ''}`;

export function createKeywordStore(db: ShopDb) {
  let rows: Promise<StoredKeywordBank[]> | undefined;
  const load = () => (rows ??= db.keywordBanks.toArray());
  const changed = async () => {
    rows = undefined;
    await keywordBanksChanged.setValue(Date.now());
  };

  async function list(words: WordBank, now = new Date()): Promise<KeywordsReply> {
    const banks: KeywordBankInfo[] = (await load()).map(({ key, category, dataDate, bank }) => ({
      key,
      category,
      label: categoryLabel(words, category),
      dataDate,
      importedAt: bank.importedAt,
      source: bank.source,
      approximate: bank.approximate === true,
      terms: bank.keywords.length,
      age: dataAge(dataDate, now),
    }));
    return { ok: true, banks: banks.sort((a, b) => a.label.localeCompare(b.label, 'zh')) };
  }

  return {
    handlers: (words: () => Promise<WordBank>) => ({
      async 'keywords/save'({ bank }: MessageOf<'keywords/save'>): Promise<KeywordsReply> {
        // One put: the category's bank is replaced whole or not at all.
        await db.keywordBanks.put({ key: bankKey(bank), category: bank.category, dataDate: bank.dataDate, bank });
        await changed();
        return list(await words());
      },
      async 'keywords/list'(): Promise<KeywordsReply> {
        return list(await words());
      },
      async 'keywords/banks'(): Promise<ReplyTo<'keywords/banks'>> {
        return { ok: true, banks: await load() };
      },
      async 'keywords/delete'({ key }: MessageOf<'keywords/delete'>): Promise<KeywordsReply> {
        await db.keywordBanks.delete(key);
        await changed();
        return list(await words());
      },
    }),
  };
}
export type KeywordStore = ReturnType<typeof createKeywordStore>;
