import { describe, expect, it } from 'vitest';
import { memoryShopDb } from './memory';
import { recordAudit } from './audit';
import { allAudits, auditOverview } from './audit-read';
import { chinaDay } from '../shop/time';
import { loadSnapshot } from './read';

const T0 = Date.UTC(2026, 10, 20, 2);
const rows = [
  { id: '1', title: '全网最好的冰丝防晒衣女夏季薄款', price: 129 },
  { id: '2', title: '冰丝防晒衣女夏季薄款UPF50+户外骑行通勤防紫外线连帽外套', price: 99 },
  { id: '3', title: '防晒衣', price: 59 },
];

describe('recordAudit / auditOverview', () => {
  it('stores one record per listing, counts levels, lists the worst first and keeps a daily summary', async () => {
    const db = memoryShopDb();
    const { verdicts, rechecked } = await recordAudit(db, 'taobao', rows, T0);
    expect(rechecked).toBe(3);
    expect(verdicts.map((v) => v.id)).toEqual(['1', '2', '3']);
    const overview = await auditOverview(db);
    const levels = (await allAudits(db)).map((r) => r.level);
    expect(overview).toMatchObject({ listings: 3, withErrors: levels.filter((l) => l === 'error').length, withWarnings: levels.filter((l) => l === 'warn').length });
    expect(overview.worst[0]!.id).toBe('1');
    expect(overview.days).toEqual([{ day: chinaDay(T0), listings: 3, withErrors: overview.withErrors, withWarnings: overview.withWarnings }]);

    // Seen again the next day: nothing re-judged; fixed the day after: one listing fewer with errors.
    expect((await recordAudit(db, 'taobao', rows, T0 + 86_400_000)).rechecked).toBe(0);
    const fixed = await recordAudit(db, 'taobao', [{ ...rows[0]!, title: rows[1]!.title }], T0 + 2 * 86_400_000);
    expect(fixed.rechecked).toBe(1);
    expect(fixed.verdicts[0]!.previousScore).toBe(verdicts[0]!.score);
    const later = await auditOverview(db);
    expect(later.withErrors).toBe(overview.withErrors - 1);
    expect(later.days.map((d) => d.day)).toEqual([chinaDay(T0), chinaDay(T0 + 2 * 86_400_000)]);
    db.close();
  });

  it('keeps platforms apart and a row repeated in one batch once', async () => {
    const db = memoryShopDb();
    await recordAudit(db, 'taobao', [rows[0]!, rows[0]!], T0);
    await recordAudit(db, 'douyin', [rows[0]!], T0);
    expect((await allAudits(db)).map((r) => r.key).sort()).toEqual(['douyin:1', 'taobao:1']);
    db.close();
  });

  it('the snapshot gets the listings changed lately, through the changedAt index, for the traffic diagnosis', async () => {
    const db = memoryShopDb();
    const DAY = 86_400_000;
    await recordAudit(db, 'taobao', rows, T0 - 30 * DAY);
    await recordAudit(db, 'taobao', [{ ...rows[1]!, title: rows[0]!.title }], T0 - 20 * DAY);
    await recordAudit(db, 'taobao', [{ ...rows[2]!, title: '全网第一防晒衣' }], T0 - 3 * DAY);
    // A later sighting of the same listing keeps the time of its change.
    await recordAudit(db, 'taobao', [{ ...rows[2]!, title: '全网第一防晒衣' }], T0 - DAY);
    const { snapshot } = await loadSnapshot(db, T0, { qianniuPlatform: 'taobao' });
    expect(snapshot.changedListings.map((r) => [r.id, r.changedAt])).toEqual([['3', T0 - 3 * DAY]]);
    // The latest daily summary says how many listings the audit has seen (none would make "no change" unknown).
    expect(snapshot.auditedListings).toBe(3);
    expect((await loadSnapshot(memoryShopDb(), T0, { qianniuPlatform: 'taobao' })).snapshot.auditedListings).toBe(0);
    db.close();
  });
});
