import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { memoryShopDb } from '@/lib/db/memory';
import { DEFAULT_JUDGE } from '@/lib/audit/audit';
import { auditRows } from './audit-host';
import { auditOverviewItem, storeAuditOverview } from './audit-overview';

describe('the audit overview in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows every audit write, and is removed when the shop has no audited listing', async () => {
    const db = memoryShopDb();
    const judge = async () => DEFAULT_JUDGE;
    await auditRows(db, { type: 'audit/rows', site: 'qianniu', rows: [{ id: '1', title: '全网最好的冰丝防晒衣女' }, { id: '2', title: '冰丝防晒衣女夏季薄款户外' }] }, judge);
    expect(await auditOverviewItem.getValue()).toMatchObject({ listings: 2, withErrors: 1 });
    expect((await auditOverviewItem.getValue())!.worst.map((r) => r.id)[0]).toBe('1');

    // The title fixed: judged again, and the overview with it.
    await auditRows(db, { type: 'audit/rows', site: 'qianniu', rows: [{ id: '1', title: '冰丝防晒衣女夏季薄款通勤' }] }, judge);
    expect(await auditOverviewItem.getValue()).toMatchObject({ listings: 2, withErrors: 0 });

    await Promise.all([db.audits.clear(), db.auditDays.clear()]);
    await storeAuditOverview(db);
    expect(await auditOverviewItem.getValue()).toBeNull();
    db.close();
  });
});
