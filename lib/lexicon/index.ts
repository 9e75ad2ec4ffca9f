// lexicon/: the word lists ShopLint ships — 广告法 words, title words per category, brands — as
// versioned data with a source for every entry. This file loads and validates them; it holds no words.
import { z } from 'zod';
import { BannedCategory, BannedEntry, BrandEntry, CategoryLexicon } from './schema';
import absolute from './banned/absolute.json';
import apparel from './categories/apparel.json';
import brands from './brands.json';

/** Bump when any list changes: stored audits remember which version judged them. */
export const LEXICON_VERSION = '2026.11.1';

const BannedFile = z.object({ category: BannedCategory, source: z.string().min(1), entries: z.array(BannedEntry) });
const BrandFile = z.object({ source: z.string().min(1), entries: z.array(BrandEntry) });

export const bannedFiles = [absolute].map((file) => BannedFile.parse(file));
export const bannedEntries: BannedEntry[] = bannedFiles.flatMap((file) => file.entries);
export const categoryLexicons: CategoryLexicon[] = [apparel].map((file) => CategoryLexicon.parse(file));
export const brandFile = BrandFile.parse(brands);
export const brandEntries: BrandEntry[] = brandFile.entries;
