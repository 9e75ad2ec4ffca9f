// The background's side of the listing audit: list rows from the 千牛/抖店 content script are judged
// here (the content script carries no rules) with the seller's settings as the engine host holds them
// (extension/engine-host.ts), and stored; each row gets its badge's verdict back, and the popup's
// overview is brought up to date when a listing was judged again.
import type { MessageOf, Reply } from '@/lib/schemas/messages';
import type { AuditJudge } from '@/lib/audit/audit';
import type { Platform } from '@/lib/schemas/common';
import type { ShopDb } from '@/lib/db/schema';
import { recordAudit } from '@/lib/db/audit';
import { loadShopSettings } from './settings';
import { storeAuditOverview } from './audit-overview';

export async function auditRows(db: ShopDb, message: MessageOf<'audit/rows'>, judgeFor: (platform: Platform) => Promise<AuditJudge>): Promise<Reply> {
  const platform = message.site === 'doudian' ? 'douyin' : (await loadShopSettings()).qianniuPlatform;
  const { verdicts, rechecked } = await recordAudit(db, platform, message.rows, Date.now(), await judgeFor(platform));
  if (rechecked) await storeAuditOverview(db);
  return { ok: true, audit: verdicts };
}
