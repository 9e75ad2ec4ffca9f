// The background owns the shop database with the popup: it validates every message, writes captured
// rows through the same parsers and writer as an import, recomputes the alerts after each change and
// every 15 minutes, shows the number of urgent alerts on the toolbar badge and one desktop notification
// when shipments become overdue. It also hosts the engine for the content scripts (extension/engine-host.ts):
// they send plain data, it runs the rules.
import { storage } from '#imports';
import { i18n } from '#i18n';
import { openShopDb } from '@/lib/db/schema';
import { refreshAlerts } from '@/lib/db/alerts';
import { invalidateDayAlerts } from '@/lib/db/summaries';
import { readStoredAlerts } from '@/lib/db/stored-alerts';
import { urgentAlerts } from '@/lib/shop/urgent';
import { hasShopData, summarizeAlerts } from '@/lib/shop/alert-summary';
import { alertSummaryItem } from '@/extension/alert-summary';
import { auditOverviewItem, storeAuditOverview } from '@/extension/audit-overview';
import { overdueNews } from '@/lib/shop/overdue';
import type { Alert, Metrics } from '@/lib/schemas/shop';
import { uiLocale } from '@/components/locale';
import { fileHash, writeImports } from '@/lib/db/write';
import { parseImport } from '@/lib/shop/import/parse';
import { readMessage, type Message, type MessageOf, type Reply, type ReplyTo } from '@/lib/schemas/messages';
import { loadShopSettings, watchSettings } from '@/extension/settings';
import { createEngineHost } from '@/extension/engine-host';
import { createKeywordStore } from '@/extension/keyword-store';
import { ENGINE_PORT, type PortAnswer, type PortRequest } from '@/extension/ask-background';
import { auditRows } from '@/extension/audit-host';
import { coalesce } from '@/extension/coalesce';
import { unreadPagesItem } from '@/extension/unread-pages';
import { recentAdCosts, AD_COST_DAYS } from '@/lib/shop/profit';
import { fullDaysBefore } from '@/lib/shop/time';
import { yuanToFen } from '@/lib/pricing/money';

const ALARM = 'shop-alerts';
const REFRESH_MINUTES = 15;
/** Alerts older than one alarm period: the alarm did not run (the browser was closed, or just updated). */
const isStale = (summary: { computedAt: number }, now: number) => now - summary.computedAt >= REFRESH_MINUTES * 60_000;
const NOTIFICATION = 'shoplint-overdue';
/** Order numbers already notified as overdue (kept across service-worker restarts). */
const notifiedItem = storage.defineItem<string[]>('local:notifiedOverdue', { fallback: [] });

export default defineBackground(() => {
  const db = openShopDb();
  // The toolbar button is `action` in MV3 (Chrome/Edge) and `browserAction` in the MV2 Firefox build, which has no `action`.
  const toolbarButton = browser.action ?? browser.browserAction;

  // Kept only while the shop has data: a seller who deleted everything keeps nothing in storage.
  const storeSummary = ({ alerts, metrics, computedAt }: { alerts: Alert[]; metrics: Metrics; computedAt: number }) =>
    hasShopData(metrics) || alerts.length ? alertSummaryItem.setValue(summarizeAlerts(alerts, metrics, computedAt)) : alertSummaryItem.removeValue();

  // One recompute at a time: imports, captures, the alarm and settings changes that come meanwhile
  // share the next one. It judges only the deadlines again while the day's other alerts still hold
  // (lib/db/alerts.ts); a new day or new data for past days judges everything, from the summaries.
  const refresh = coalesce(recompute);
  async function recompute(): Promise<Reply> {
    const settings = await loadShopSettings();
    const now = Date.now();
    const { alerts, metrics } = await refreshAlerts(db, now, settings);
    await storeSummary({ alerts, metrics, computedAt: now });
    const urgent = urgentAlerts(alerts, now).length;
    await toolbarButton.setBadgeText({ text: urgent ? String(urgent) : '' });
    await toolbarButton.setBadgeBackgroundColor({ color: '#d83931' });
    const before = await notifiedItem.getValue();
    const news = overdueNews(alerts, before, now);
    // Stored only while there is something to remember: a seller who deleted everything keeps nothing.
    if (!news.notified.length) {
      if (before.length) await notifiedItem.removeValue();
    } else if (news.notified.join() !== before.join()) await notifiedItem.setValue(news.notified);
    if (news.fresh.length && settings.notify) await notifyOverdue(news.fresh);
    return { ok: true, alerts: alerts.length, urgent };
  }

  async function notifyOverdue(fresh: Alert[]): Promise<void> {
    const [first] = fresh;
    const message = fresh.length === 1 ? (uiLocale() === 'zh' ? first!.message : first!.messageEn) : i18n.t('notify.overdueMany', [fresh.length, first!.entityId]);
    await browser.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: i18n.t('notify.overdueTitle'),
      message,
      priority: 2,
    });
  }

  async function capture(message: MessageOf<'shop/capture-rows'>): Promise<Reply> {
    // The content script checks consent too; the background is where it is enforced.
    if (!(await loadShopSettings()).capture) return { ok: false, error: 'capture is off' };
    const headers = [...new Set(message.rows.flatMap((r) => Object.keys(r)))];
    const table = { file: `capture:${message.page}`, headers, rows: message.rows.map((cells, i) => ({ line: i + 1, cells })) };
    const parsed = await parseImport(table);
    if (parsed.kind !== 'orders') return { ok: false, error: `captured rows are not orders (${parsed.source.id})` };
    await writeImports(db, [{ parsed, hash: await fileHash(new TextEncoder().encode(JSON.stringify(message))) }], Date.now());
    const reply = await refresh();
    return reply.ok ? { ...reply, captured: parsed.orders.length } : reply;
  }

  const engine = createEngineHost(createKeywordStore(db));
  const handlers: { [T in Message['type']]: (message: MessageOf<T>) => Promise<ReplyTo<T>> } = {
    'shop/capture-rows': capture,
    'shop/imported': refresh,
    // Sent after a restore or a delete-all, which change the listing audit too (audit writes keep its
    // overview current themselves; imports, captures and the alarm leave it as it is).
    'shop/refresh-alerts': async () => {
      await storeAuditOverview(db);
      return refresh();
    },
    ...engine.handlers,
    // An edit page's listing: its week of ad spend and 达人 commission, and the product sheet's 成本.
    'shop/ad-costs': async ({ productId }) => {
      const now = Date.now();
      const since = fullDaysBefore(now, AD_COST_DAYS)[0]!.day;
      const ofProduct = (r: { productId: string }) => r.productId === productId;
      const [adStats, commissions, product] = await Promise.all([
        db.adPlanDays.where('day').aboveOrEqual(since).filter(ofProduct).toArray(),
        db.commissions.where('day').aboveOrEqual(since).filter(ofProduct).toArray(),
        db.products.get(productId),
      ]);
      const costs = recentAdCosts({ now, adStats, commissions }, productId);
      return { ok: true, ...(costs && { costs }), ...(product?.cost !== undefined && { sheetCostFen: yuanToFen(product.cost) }) };
    },
    'audit/rows': (message) => auditRows(db, message, engine.auditJudge),
    // A page the content scripts did not understand: the popup shows a line for it until it is read again.
    'page/unread': async ({ page, missing }) => {
      const pages = { ...(await unreadPagesItem.getValue()) };
      if (missing.length) pages[page] = { missing: [...new Set(missing)], at: Date.now() };
      else if (pages[page]) delete pages[page];
      else return { ok: true };
      await unreadPagesItem.setValue(pages);
      return { ok: true };
    },
  };

  type AnyReply = ReplyTo<Message['type']>;
  const extensionOrigin = browser.runtime.getURL('/');
  /** Our popup and options pages, or a content script (on a web page, whatever its frame). */
  const senderKind = (sender?: { url?: string }) => (sender?.url?.startsWith(extensionOrigin) ? 'extension' : 'page');
  async function answer(raw: unknown, from: 'extension' | 'page'): Promise<AnyReply> {
    const read = readMessage(raw, from);
    if (!read.ok) return read;
    const handler = handlers[read.message.type] as (m: Message) => Promise<AnyReply>;
    return handler(read.message).catch((error: unknown) => ({ ok: false, error: (error as Error).message }));
  }

  // sendResponse + `return true` rather than a returned promise: Chrome without the polyfill needs it.
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: AnyReply) => void) => {
    // Only our own pages and content scripts talk to the background.
    if (sender.id !== browser.runtime.id) return false;
    void answer(raw, senderKind(sender)).then(sendResponse);
    return true;
  });

  // Content scripts ask the engine over a port they keep open (extension/ask-background.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT || port.sender?.id !== browser.runtime.id) return port.disconnect();
    const from = senderKind(port.sender);
    port.onMessage.addListener((request: PortRequest) => {
      void answer(request.message, from).then((reply) => {
        try {
          port.postMessage({ id: request.id, reply } satisfies PortAnswer);
        } catch {
          // The page went away before its answer: nobody is waiting for it.
        }
      });
    });
  });

  // Created only when missing: creating it replaces it, and the worker starts again every time a page
  // or the alarm itself wakes it, so the alarm would fire a minute after each start instead of every 15.
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refresh();
  });
  // The seller clicks the notification to see the alerts: the popup cannot be opened from here, the toolbar badge shows where.
  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION) void browser.notifications.clear(id);
  });
  watchSettings(() => void refresh());
  // A new version may judge differently: the whole-day alerts it stored are not kept.
  browser.runtime.onInstalled.addListener(() => void invalidateDayAlerts(db).then(() => refresh()));
  // Updated from a version that kept no summaries: the popup would show an empty shop until the
  // recompute below is done (seconds for a big shop), so the stored alerts are summarised first, and
  // the audit overview is made once (audit writes keep it current after that). The worker starts
  // whenever a page, the popup's import or the alarm wakes it: the alerts are recomputed at a start
  // only when the alarm has not kept them fresh.
  void (async () => {
    const summary = await alertSummaryItem.getValue();
    if (!summary) {
      const stored = await readStoredAlerts(db);
      if (stored) await storeSummary(stored);
    }
    if (!(await auditOverviewItem.getValue())) await storeAuditOverview(db);
    if (!summary || isStale(summary, Date.now())) await refresh();
  })();
});
