// lexicon/: the word lists ShopLint ships — 广告法 words, title words per category, brands — as
// versioned data with a source for every entry. This file loads and validates them; it holds no words.
import { z } from 'zod';
import { BannedCategory, BannedEntry, BrandEntry, CategoryLexicon } from './schema';
import absolute from './banned/absolute.json';
import authority from './banned/authority.json';
import superstition from './banned/superstition.json';
import medical from './banned/medical.json';
import guarantee from './banned/guarantee.json';
import inducement from './banned/inducement.json';
import trademark from './banned/trademark.json';
import vulgar from './banned/vulgar.json';
import apparel from './categories/apparel.json';
import home from './categories/home.json';
import beauty from './categories/beauty.json';
import food from './categories/food.json';
import digital from './categories/digital.json';
import baby from './categories/baby.json';
import sports from './categories/sports.json';
import brands from './brands.json';

/** Bump when any list changes: stored audits remember which version judged them. */
export const LEXICON_VERSION = '2026.11.1';

const BannedFile = z.object({ category: BannedCategory, source: z.string().min(1), entries: z.array(BannedEntry) });
const BrandFile = z.object({ source: z.string().min(1), entries: z.array(BrandEntry) });

export const bannedFiles = [absolute, authority, superstition, medical, guarantee, inducement, trademark, vulgar].map((file) => BannedFile.parse(file));
export const bannedEntries: BannedEntry[] = bannedFiles.flatMap((file) => file.entries);
export const categoryLexicons: CategoryLexicon[] = [apparel, home, beauty, food, digital, baby, sports].map((file) => CategoryLexicon.parse(file));
export const brandFile = BrandFile.parse(brands);
export const brandEntries: BrandEntry[] = brandFile.entries;
