import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredBank } from '@/lib/engine/listing-checker';
import type { Keyword } from '@/lib/keywords/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { keywordBanksChanged } from './keyword-banks-changed';
import { createPageEngine } from './page-engine';
import { writeSettings } from './settings';

function stored(category: string, keywords: Keyword[]): StoredBank {
  return { key: `|${category}`, category, dataDate: '2026-05-01', bank: { category, dataDate: '2026-05-01', importedAt: '2026-05-02T08:00:00.000Z', source: 'list', keywords } };
}
/** A bank big enough to take several slices. */
const bigBank = stored('apparel', Array.from({ length: 1200 }, (_, i) => ({ term: i === 0 ? '防晒衣女' : `防晒衣${i}号`, popularity: i === 0 ? 9000 : 10 + i })));

const listing = { title: '冰丝防晒衣女夏季薄款爆款', platform: 'taobao' as const };

describe('the page engine', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks at once, adds the keyword bank once compiled in slices, and follows settings and bank changes', async () => {
    let banks: StoredBank[] = [bigBank];
    const host = { banks: vi.fn(async () => banks), changed: vi.fn() };
    const engine = await createPageEngine(host);
    // The bank is still being compiled: the title is checked without it.
    expect(engine.check(listing, null).keywords).toBeUndefined();
    await vi.waitFor(() => expect(host.changed).toHaveBeenCalled());
    expect(engine.check(listing, null).keywords).toMatchObject({ category: 'apparel', covered: 1 });

    // The seller's own banned word, set in the options page, applies to the next keystroke.
    host.changed.mockClear();
    expect(engine.check(listing, null).titleFindings.map((f) => f.ruleId)).not.toContain('banned-word');
    await writeSettings({ ...DEFAULT_SETTINGS, words: { ...DEFAULT_SETTINGS.words, banned: ['爆款'] } });
    await vi.waitFor(() => expect(host.changed).toHaveBeenCalled());
    expect(engine.check(listing, null).titleFindings.map((f) => f.ruleId)).toContain('banned-word');
    // …and the bank is compiled again with the new words.
    await vi.waitFor(() => expect(engine.check(listing, null).keywords).toBeDefined());

    // The bank deleted in the popup: asked again, and gone from the check.
    banks = [];
    host.banks.mockClear();
    await keywordBanksChanged.setValue(Date.now());
    await vi.waitFor(() => expect(engine.check(listing, null).keywords).toBeUndefined());
    expect(host.banks).toHaveBeenCalledTimes(1);
    engine.stop();
  });

  it('stops compiling when stopped', async () => {
    const host = { banks: vi.fn(async () => [bigBank]), changed: vi.fn() };
    const engine = await createPageEngine(host);
    engine.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.changed).not.toHaveBeenCalled();
    expect(engine.check(listing, null).keywords).toBeUndefined();
  });
});
