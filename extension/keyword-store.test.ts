import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { memoryShopDb } from '@/lib/db/memory';
import { wordBank } from '@/lib/lexicon/bank';
import type { KeywordBank } from '@/lib/keywords/schema';
import { createKeywordStore } from './keyword-store';

const bank = (source: KeywordBank['source'], term: string, extra: Partial<KeywordBank> = {}): KeywordBank => ({
  category: 'apparel',
  dataDate: '2026-08-15',
  importedAt: '2026-08-16T00:00:00.000Z',
  source,
  keywords: [{ term }],
  ...extra,
});

describe('keyword store', () => {
  beforeEach(() => fakeBrowser.reset());

  it("keeps an ad report beside the category's search bank, replaces a bank of the same kind, and says which are ranges", async () => {
    const store = createKeywordStore(memoryShopDb()).handlers(async () => wordBank());
    await store['keywords/save']({ type: 'keywords/save', bank: bank('sycm', '防晒衣', { approximate: true }) });
    await store['keywords/save']({ type: 'keywords/save', bank: bank('ads', '冰丝防晒衣') });
    let reply = await store['keywords/list']();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.banks.map((b) => [b.source, b.approximate, b.terms]).sort()).toEqual([['ads', false, 1], ['sycm', true, 1]]);
    // A newer 罗盘 export of the category replaces its search bank, not the ad report.
    await store['keywords/save']({ type: 'keywords/save', bank: bank('compass', '防晒衣女', { keywords: [{ term: '防晒衣女' }, { term: '防晒服' }] }) });
    reply = await store['keywords/list']();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.banks.map((b) => b.source).sort()).toEqual(['ads', 'compass']);
    expect(reply.banks.find((b) => b.source === 'compass')).toMatchObject({ approximate: false, terms: 2 });
  });
});
