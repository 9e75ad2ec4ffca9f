// The listing audit judges with the seller's settings as the engine host holds them: the same word
// bank and rule settings the editor overlay's checker (in the editor page) lints with, and a settings
// change re-judges the listings.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createEngineHost } from '@/extension/engine-host';
import { createKeywordStore } from '@/extension/keyword-store';
import { auditRows } from '@/extension/audit-host';
import { writeSettings } from '@/extension/settings';
import { allAudits } from '@/lib/db/audit-read';
import { memoryShopDb } from '@/lib/db/memory';
import type { MessageOf } from '@/lib/schemas/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { ListingChecker } from '@/lib/engine/listing-checker';

const TITLE = '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套 山野出品';
const withWords = (banned: string[], rules: Settings['rules']['taobao'] = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  words: { ...DEFAULT_SETTINGS.words, banned },
  rules: { ...DEFAULT_SETTINGS.rules, taobao: rules },
});
/** The settings watcher is called from storage's change event: let it run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('audit with the seller settings (engine host)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a list badge and the editor overlay judge the same title the same way, and a settings change re-counts the listing', async () => {
    const settings = withWords(['山野']);
    await writeSettings(settings);
    const db = memoryShopDb();
    const engine = createEngineHost(createKeywordStore(db));
    const judge = await engine.auditJudge('taobao');
    // Built once per platform and settings, not per request.
    expect(await engine.auditJudge('taobao')).toBe(judge);

    const rows: MessageOf<'audit/rows'> = { type: 'audit/rows', site: 'qianniu', rows: [{ id: '1', title: TITLE }] };
    const badge = await auditRows(db, rows, engine.auditJudge);
    const editor = new ListingChecker(settings).check({ title: TITLE, platform: 'taobao' }, settings.profiles.taobao);
    if (!badge.ok) throw new Error('no answer');
    const verdict = badge.audit![0]!;
    expect(verdict.findings.map((f) => f.ruleId)).toEqual([...editor.titleFindings, ...editor.priceFindings].map((f) => f.ruleId));
    expect(verdict.score).toBe(editor.score);
    expect(verdict.findings.some((f) => f.ruleId === 'banned-word' && f.message.includes('山野'))).toBe(true);

    // The seller turns banned-word off for 淘宝: the stored audit is out of date and the listing is judged again.
    await writeSettings(withWords(['山野'], { 'banned-word': 'off' }));
    await settle();
    const after = await auditRows(db, rows, engine.auditJudge);
    if (!after.ok) throw new Error('no answer');
    expect(after.audit![0]!.findings.map((f) => f.ruleId)).not.toContain('banned-word');
    expect(after.audit![0]!.errors).toBeLessThan(verdict.errors);
    const [record] = await allAudits(db);
    expect(record!.ruleset).not.toBe(judge.ruleset);
    db.close();
  });
});
