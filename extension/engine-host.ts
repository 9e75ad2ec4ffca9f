// The engine, hosted by the background service worker, for the product pages: the critique content
// script sends the page as plain data (a PageModel) and renders what comes back, so the lexicon, the
// rules and zod are loaded once here, not into every product page a seller opens. The seller's
// settings (their words, rule switches per platform) are applied here too, read from extension storage
// and compiled again only when they change. (The listing editors check in the page itself, where a
// keystroke cannot wait for a message: extension/page-engine.ts.)
import { critiquePage } from '@/lib/critique/index';
import { wordBank, type WordBank } from '@/lib/lexicon/bank';
import type { MessageOf, ReplyTo } from '@/lib/schemas/messages';
import type { Settings } from '@/lib/settings/schema';
import { readSettings, saveProfile, watchSettings } from './settings';
import type { KeywordStore } from './keyword-store';

interface Engine {
  settings: Settings;
  bank: WordBank;
}

export function createEngineHost(keywords: KeywordStore) {
  let engine: Promise<Engine> | undefined;
  const load = () => (engine ??= readSettings().then(({ settings }) => ({ settings, bank: wordBank(settings.words) })));
  // Settings changed in the options page: compile again on the next check.
  watchSettings(() => (engine = undefined));

  return {
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
}
