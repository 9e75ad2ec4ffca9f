// The engine, hosted by the background service worker, for what is judged outside the page: the
// critique content script sends a product page as plain data (a PageModel), the list content script
// sends the rows of a product list, and they render what comes back, so the lexicon, the rules and zod
// are loaded once here, not into every page a seller opens. The seller's settings (their words, rule
// switches per platform) are applied here too, read from extension storage and compiled again only
// when they change, so a list badge and the editor overlay judge a title the same way. (The listing
// editors check in the page itself, where a keystroke cannot wait for a message:
// extension/page-engine.ts.)
import { rulesetFor, type AuditJudge } from '@/lib/audit/audit';
import { critiquePage } from '@/lib/critique/index';
import type { RuleConfig } from '@/lib/engine/config';
import { wordBank, type WordBank } from '@/lib/lexicon/bank';
import type { Platform } from '@/lib/schemas/common';
import type { MessageOf, ReplyTo } from '@/lib/schemas/messages';
import { profileConfig } from '@/lib/schemas/shop-profile';
import type { Settings } from '@/lib/settings/schema';
import { readSettings, saveProfile, watchSettings } from './settings';
import type { KeywordStore } from './keyword-store';

interface Engine {
  settings: Settings;
  bank: WordBank;
  judges: Map<Platform, AuditJudge>;
}

export function createEngineHost(keywords: KeywordStore) {
  let engine: Promise<Engine> | undefined;
  const load = () => (engine ??= readSettings().then(({ settings }) => ({ settings, bank: wordBank(settings.words), judges: new Map() })));
  // Settings changed in the options page: compile again on the next check.
  watchSettings(() => (engine = undefined));

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
      const config: RuleConfig | undefined = profileConfig(profile, engine.settings.rules[platform]);
      const listing = profile.promos.length ? { promos: profile.promos } : undefined;
      judge = { bank: engine.bank, ...(config && { config }), ...(listing && { listing }), ruleset: rulesetFor({ words: engine.settings.words, config, listing }) };
      engine.judges.set(platform, judge);
    }
    return judge;
  }

  const handlers = {
    ...keywords.handlers(async () => (await load()).bank),

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
  };
  return { handlers, auditJudge };
}
