// lexicon/: the word lists ShopLint ships — 广告法 words, title words per category, brands — as
// versioned data with a source for every entry. This file loads and validates them; it holds no words.
import { z } from 'zod';
import { normaliseTerm } from '../text/normalise';
import { BannedCategory, BannedEntry, BannedFamily, BrandEntry, CategoryLexicon, DesignNames, ProductClass, ProductName } from './schema';
import absolute from './banned/absolute.json';
import authority from './banned/authority.json';
import superstition from './banned/superstition.json';
import medical from './banned/medical.json';
import guarantee from './banned/guarantee.json';
import inducement from './banned/inducement.json';
import trademark from './banned/trademark.json';
import vulgar from './banned/vulgar.json';
import apparel from './categories/apparel.json';
import shoes from './categories/shoes.json';
import bags from './categories/bags.json';
import jewelry from './categories/jewelry.json';
import beauty from './categories/beauty.json';
import baby from './categories/baby.json';
import toys from './categories/toys.json';
import food from './categories/food.json';
import fresh from './categories/fresh.json';
import health from './categories/health.json';
import home from './categories/home.json';
import textile from './categories/textile.json';
import furniture from './categories/furniture.json';
import building from './categories/building.json';
import tools from './categories/tools.json';
import kitchen from './categories/kitchen.json';
import appliance from './categories/appliance.json';
import digital from './categories/digital.json';
import office from './categories/office.json';
import books from './categories/books.json';
import instruments from './categories/instruments.json';
import sports from './categories/sports.json';
import auto from './categories/auto.json';
import pets from './categories/pets.json';
import garden from './categories/garden.json';
import services from './categories/services.json';
import general from './categories/general.json';
import brands from './brands.json';
import families from './context/families.json';
import products from './context/products.json';
import modifiers from './context/modifiers.json';

/** Bump when any list changes: stored audits remember which version judged them. */
export const LEXICON_VERSION = '2026.12.7';

const BannedFile = z.object({ category: BannedCategory, source: z.string().min(1), entries: z.array(BannedEntry) });
const BrandFile = z.object({ source: z.string().min(1), entries: z.array(BrandEntry) });

export const bannedFiles = [absolute, authority, superstition, medical, guarantee, inducement, trademark, vulgar].map((file) => BannedFile.parse(file));
export const bannedEntries: BannedEntry[] = bannedFiles.flatMap((file) => file.entries);
// Order matters where a word is in two lexicons: a title's category is its first core word's first
// lexicon, so the hand-written lexicons come first and 'general' (words of no one category) last.
export const categoryLexicons: CategoryLexicon[] = [
  apparel, shoes, bags, jewelry, beauty, baby, toys, food, fresh, health, home, textile, furniture, building,
  tools, kitchen, appliance, digital, office, books, instruments, sports, auto, pets, garden, services, general,
].map((file) => withProducts(CategoryLexicon.parse(file)));

/** `core` with the derived product words after the hand-picked ones, each once. */
function withProducts(lexicon: CategoryLexicon): CategoryLexicon {
  return { ...lexicon, core: [...new Set([...lexicon.core, ...lexicon.products.flatMap((g) => g.words)])] };
}
export const brandFile = BrandFile.parse(brands);
export const brandEntries: BrandEntry[] = brandFile.entries;

const FamilyFile = z.object({ source: z.string().min(1), families: z.array(BannedFamily) });
const ProductsFile = z.object({ source: z.string().min(1), names: z.array(ProductName), classes: z.array(ProductClass), designs: DesignNames });

export const familyFile = FamilyFile.parse(families);
/** 类后缀 that turn the product word before them into a description of another (壁挂式, 绿茶味, 手机专用). */
export const modifiersFile = z
  .object({ source: z.string().min(1), note: z.string(), suffixes: z.array(z.string().min(1)).min(1), prefixSource: z.string().min(1), prefixNote: z.string(), prefixes: z.array(z.string().min(1)).min(1) })
  .parse(modifiers);
export const productsFile = ProductsFile.parse(products);

/** Every word made of one word from each part, in order (a part may hold '' for "none"); none for no parts. */
export function combinations(parts: readonly (readonly string[])[]): string[] {
  if (!parts.length) return [];
  return parts.reduce<string[]>((terms, part) => terms.flatMap((t) => part.map((w) => t + w)), ['']).filter((t) => t.length >= 2);
}

/** The families whose halves may have a few characters between them. */
export const gappedFamilies = (): BannedFamily[] => familyFile.families.filter((f) => f.gap);

/** The family as the entry of one matched term. */
export function familyEntry(family: BannedFamily, term: string): BannedEntry {
  const { id, category, severity, source, replacements, note } = family;
  return { id, term, category, severity, source, replacements, exemptions: family.exemptions.filter((x) => x.includes(term)), ...(note && { note }) };
}

/** Every term of a family. */
export const familyTerms = (family: BannedFamily): string[] => combinations(family.parts);

/** The families as entries (id = the family's id, one per term); a term a file already lists keeps the file's entry.
 *  A family with a gap is matched in two halves by the bank (gappedFamilies), not as terms. */
export function familyEntries(listed: readonly BannedEntry[] = bannedEntries): BannedEntry[] {
  const seen = new Set(listed.map((e) => normaliseTerm(e.term)));
  const out: BannedEntry[] = [];
  for (const family of familyFile.families.filter((f) => !f.gap))
    for (const term of familyTerms(family)) {
      const key = normaliseTerm(term);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(familyEntry(family, term));
    }
  return out;
}
