// The editor overlay's whole view of a listing: the same lint as `shoplint lint` (with the seller's
// words, rule switches and keyword banks), the 到手价 with the shop profile's promotions, and the
// keyword section. It runs in the editor page on every keystroke (entrypoints/editor-engine.ts), so
// what can be prepared once is: the word bank, one rule config per platform and margin, and each
// keyword bank compiled on first use.
import { lintListing } from './lint';
import type { RuleConfig } from './config';
import type { TitleScore } from './score';
import type { Finding } from '../schemas/finding';
import type { ListingInput } from '../schemas/listing';
import type { Localized, Platform } from '../schemas/common';
import { profileConfig, profileListing, readProfile, type ShopProfile } from '../schemas/shop-profile';
import type { Settings } from '../settings/schema';
import { wordBank, type WordBank } from '../lexicon/bank';
import { readPromos, stackPrice, type PriceResult } from '../pricing';
import { rules } from '../rules/index';
import { dataAge, type DataAge } from '../keywords/age';
import { compileKeywordBank, type CompiledKeywordBank } from '../keywords/compile';
import type { FillSuggestion } from '../keywords/fill';
import { categoryLabel, pickBank, pickCategory, type BankKey } from '../keywords/pick';
import type { KeywordBank, KeywordSource } from '../keywords/schema';
import { APPROXIMATE, APPROXIMATE_HINT, SOURCE_NAMES } from '../keywords/labels';
import type { TopTerm } from '../keywords/title';

const TITLE_RULES = new Set<string>(rules.filter((r) => r.meta.input === 'title').map((r) => r.meta.id));

/** What the editor form holds: the fields the page gives, with its 类目 path as written. */
export type EditorListing = Pick<ListingInput, 'title' | 'platform' | 'price' | 'compareAt' | 'skus'> & { platform: Platform; category?: string };

/** A stored keyword bank (one per shop and category). */
export interface StoredBank extends BankKey {
  key: string;
  bank: KeywordBank;
}

export interface ListingCheck {
  score: number;
  breakdown: TitleScore;
  titleFindings: Finding[];
  priceFindings: Finding[];
  /** The 到手价 with the profile's promotions, when the form has a price. */
  price?: PriceResult;
  /** Profile promotions the parser cannot read (shown struck through). */
  unreadablePromos: string[];
  /** The profile the listing was checked with, as validated. */
  profile: ShopProfile;
  /** With a keyword bank of the listing's category. */
  keywords?: KeywordCheck;
}

/** The title against the seller's keyword bank for the listing's category. */
export interface KeywordCheck {
  category: string;
  /** The category's name in the lexicons (服饰), or the category itself. */
  label: string;
  dataDate: string;
  age: DataAge;
  /** Where the bank's figures come from (an ad report values words by what they earned), and its name. */
  source: KeywordSource;
  sourceName: Localized;
  /** Present when the figures were ranges or estimates (free 生意参谋, 抖店罗盘, 观数): what to tell the seller. */
  approximate?: { text: Localized; hint: Localized };
  /** 0–100, beside the title score; null when no term of the bank fits the listing. */
  score: number | null;
  /** Terms that count for the listing and how many the title covers. */
  total: number;
  covered: number;
  /** The best terms by value, struck through when covered. */
  top: TopTerm[];
  fill: FillSuggestion;
}

export class ListingChecker {
  /** One config object per platform and margin: the rule runner caches parsed options by identity. */
  private readonly configs = new Map<string, RuleConfig | undefined>();
  private readonly compiled: Map<string, CompiledKeywordBank>;

  constructor(
    private readonly settings: Settings,
    private readonly banks: readonly StoredBank[] = [],
    /** Banks compiled ahead (by key, with these `words`); the others are compiled on first use. */
    compiled: ReadonlyMap<string, CompiledKeywordBank> = new Map(),
    readonly words: WordBank = wordBank(settings.words),
  ) {
    this.compiled = new Map(compiled);
  }

  /** The same settings and word bank with other keyword banks. */
  withBanks(banks: readonly StoredBank[], compiled: ReadonlyMap<string, CompiledKeywordBank>): ListingChecker {
    return new ListingChecker(this.settings, banks, compiled, this.words);
  }

  /** The listing checked with the stored profile (a value that is not a valid profile reads as empty). */
  check(listing: EditorListing, storedProfile: unknown, now = new Date()): ListingCheck {
    const profile = readProfile(storedProfile);
    const { words } = this;
    // The 类目 path read off the page becomes a lexicon id, for the rules and for the keyword bank.
    const category = pickCategory(words, listing.category, words.scan(listing.title));
    const stored = pickBank(this.banks, category, listing.category, listing.title);
    const bank = stored && this.compiledBank(stored);
    const lint = lintListing({ ...listing, category, ...profileListing(profile) }, { bank: words, config: this.configFor(listing.platform, profile), keywords: bank });
    const promos = readPromos(profile.promos);
    return {
      score: lint.score,
      breakdown: lint.breakdown,
      titleFindings: lint.findings.filter((f) => TITLE_RULES.has(f.ruleId)),
      priceFindings: lint.findings.filter((f) => !TITLE_RULES.has(f.ruleId)),
      ...(listing.price !== undefined && { price: stackPrice({ unitPrice: listing.price, promos: promos.promos }) }),
      unreadablePromos: promos.unreadable.map((e) => e.text),
      profile,
      ...(bank && lint.keywords && {
        keywords: {
          category: bank.bank.category,
          label: categoryLabel(words, bank.bank.category),
          dataDate: bank.bank.dataDate,
          age: dataAge(bank.bank.dataDate, now),
          source: bank.bank.source,
          sourceName: SOURCE_NAMES[bank.bank.source],
          ...(bank.bank.approximate && { approximate: { text: APPROXIMATE, hint: APPROXIMATE_HINT } }),
          score: lint.keywords.score,
          total: lint.keywords.total,
          covered: lint.keywords.covered,
          top: lint.keywords.top,
          fill: lint.keywords.fill,
        },
      }),
    };
  }

  private configFor(platform: Platform, profile: ShopProfile): RuleConfig | undefined {
    const key = `${platform}:${profile.minMargin ?? ''}`;
    if (!this.configs.has(key)) this.configs.set(key, profileConfig(profile, this.settings.rules[platform]));
    return this.configs.get(key);
  }

  // Compiled with the seller's words: they change what a term is made of.
  private compiledBank(stored: StoredBank): CompiledKeywordBank {
    let bank = this.compiled.get(stored.key);
    if (!bank) this.compiled.set(stored.key, (bank = compileKeywordBank(stored.bank, this.words)));
    return bank;
  }
}
