// The engine, hosted by the background service worker: content scripts send the page as plain data
// (a listing read off an editor form, a PageModel read off a product page) and render what comes back,
// so the lexicon, the rules, the promotion parser and zod are loaded once here, not into every seller
// page. The seller's settings (their words, rule switches per platform) are applied here too, read
// from extension storage and compiled again only when they change — for the editor, the critique and
// the listing audit alike, so a list badge and the editor overlay judge a title the same way.
import { rulesetFor, type AuditJudge } from '@/lib/audit/audit';
import { lintListing } from '@/lib/engine/lint';
import { dataAge } from '@/lib/keywords/age';
import { pickCategory } from '@/lib/keywords/pick';
import type { RuleConfig } from '@/lib/engine/config';
import { critiquePage } from '@/lib/critique/index';
import { wordBank, type WordBank } from '@/lib/lexicon/bank';
import { readPromos, stackPrice } from '@/lib/pricing';
import { rules } from '@/lib/rules/index';
import type { Platform } from '@/lib/schemas/common';
import type { MessageOf, ReplyTo } from '@/lib/schemas/messages';
import { profileConfig, profileListing, readProfile, type ShopProfile } from '@/lib/schemas/shop-profile';
import type { Settings } from '@/lib/settings/schema';
import { readSettings, saveProfile, watchSettings } from './settings';
import { categoryLabel, type KeywordStore } from './keyword-store';

const TITLE_RULES = new Set<string>(rules.filter((r) => r.meta.input === 'title').map((r) => r.meta.id));

interface Engine {
  settings: Settings;
  bank: WordBank;
  /** One config object per platform and profile margin: the rule runner caches parsed options by identity. */
  configs: Map<string, RuleConfig | undefined>;
  judges: Map<Platform, AuditJudge>;
}

export function createEngineHost(keywords: KeywordStore) {
  let engine: Promise<Engine> | undefined;
  const load = () =>
    (engine ??= readSettings().then(({ settings }) => ({ settings, bank: wordBank(settings.words), configs: new Map(), judges: new Map() })));
  // Settings changed in the options page: compile again on the next check.
  watchSettings(() => (engine = undefined));

  /** The seller's rule settings for the platform with the profile's margin, one object per combination. */
  function configFor({ settings, configs }: Engine, platform: Platform, profile: ShopProfile): RuleConfig | undefined {
    const key = `${platform}:${profile.minMargin ?? ''}`;
    if (!configs.has(key)) configs.set(key, profileConfig(profile, settings.rules[platform]));
    return configs.get(key);
  }

  /**
   * The listing audit's judge for `platform`: the bank and rule settings the editor lints with, and
   * the profile's promotions (shop-wide; its cost is the unit cost of the one listing being edited,
   * not of every listing, so it stays out).
   */
  async function auditJudge(platform: Platform): Promise<AuditJudge> {
    const engine = await load();
    let judge = engine.judges.get(platform);
    if (!judge) {
      const profile = engine.settings.profiles[platform];
      const config = configFor(engine, platform, profile);
      const listing = profile.promos.length ? { promos: profile.promos } : undefined;
      judge = { bank: engine.bank, ...(config && { config }), ...(listing && { listing }), ruleset: rulesetFor({ words: engine.settings.words, config, listing }) };
      engine.judges.set(platform, judge);
    }
    return judge;
  }

  const handlers = {
    ...keywords.handlers(async () => (await load()).bank),

    async 'engine/lint-listing'({ listing, profile: stored }: MessageOf<'engine/lint-listing'>): Promise<ReplyTo<'engine/lint-listing'>> {
      const engine = await load();
      const profile = readProfile(stored);
      // The 类目 path read off the page becomes a lexicon id, for the rules and for the keyword bank.
      const category = pickCategory(engine.bank, listing.category, engine.bank.scan(listing.title));
      const bank = await keywords.bankFor(engine.bank, category, listing.category);
      const lint = lintListing(
        { ...listing, category, ...profileListing(profile) },
        { bank: engine.bank, config: configFor(engine, listing.platform, profile), keywords: bank },
      );
      const unreadable = readPromos(profile.promos);
      return {
        ok: true,
        score: lint.score,
        breakdown: lint.breakdown,
        titleFindings: lint.findings.filter((f) => TITLE_RULES.has(f.ruleId)),
        priceFindings: lint.findings.filter((f) => !TITLE_RULES.has(f.ruleId)),
        ...(listing.price !== undefined && { price: stackPrice({ unitPrice: listing.price, promos: unreadable.promos }) }),
        unreadablePromos: unreadable.unreadable.map((e) => e.text),
        profile,
        ...(bank && lint.keywords && {
          keywords: {
            category: bank.bank.category,
            label: categoryLabel(engine.bank, bank.bank.category),
            dataDate: bank.bank.dataDate,
            age: dataAge(bank.bank.dataDate, new Date()),
            score: lint.keywords.score,
            total: lint.keywords.total,
            covered: lint.keywords.covered,
            top: lint.keywords.top,
            fill: lint.keywords.fill,
          },
        }),
      };
    },

    async 'engine/critique'({ page }: MessageOf<'engine/critique'>): Promise<ReplyTo<'engine/critique'>> {
      const { bank, settings } = await load();
      const critique = critiquePage(page, { bank, config: settings.rules[page.platform] });
      if (!critique) return { ok: false, error: 'blocked page: nothing to critique' };
      return { ok: true, score: critique.score, breakdown: critique.breakdown, findings: critique.findings };
    },

    async 'editor/save-profile'({ platform, profile }: MessageOf<'editor/save-profile'>): Promise<ReplyTo<'editor/save-profile'>> {
      await saveProfile(platform, profile);
      return { ok: true };
    },

    async 'engine/warm'(): Promise<ReplyTo<'engine/warm'>> {
      await load();
      return { ok: true };
    },
  };
  return { handlers, auditJudge };
}
