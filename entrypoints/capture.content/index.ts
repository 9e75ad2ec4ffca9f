// Captures the order rows the seller already sees on 千牛 已卖出的宝贝 and 抖店 订单管理 — only with
// their consent (off by default) — and sends them to the background, which maps them with the import's
// parsers and writes them. Rows are read as they appear (late rendering, paging) through one batched
// watcher; an order is sent again only when what the page shows of it changed. Kept light: no zod, no
// React, no engine — the chip is a few DOM nodes in a closed shadow root.
import { i18n } from '#i18n';
import type { MessageOf } from '@/lib/schemas/messages';
import { orderIdHeader, orderListPage, readOrderRows, type OrderListPage } from '@/lib/sites/order-list';
import { watchPage } from '@/components/page-watcher';
import { captureAllowed, watchCaptureConsent } from '@/extension/capture-consent';
import { mountChip, type Chip } from '@/components/page-chip';
import { unreadReporter, type UnreadReporter } from '@/components/unread-report';
import { showsOrders, UNREAD_AFTER_MS } from '@/lib/sites/unread';

/** The message schema's limit per message. */
const ROWS_PER_MESSAGE = 500;

export default defineContentScript({
  // 千牛 (one app under /home.htm/) and the 抖店 backend (/ffa/*) change pages without loading: the script
  // waits on every page of theirs (CONTRACTS.md §3) and starts only on an order-list route.
  matches: ['https://myseller.taobao.com/*', 'https://qn.taobao.com/*', 'https://fxg.jinritemai.com/ffa/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let allowed = await captureAllowed();
    let stopWatching: (() => void) | undefined;
    let chip: Chip | undefined;
    /** Order number → its rows as last sent; synced = the orders the background accepted. */
    const sent = new Map<string, string>();
    const synced = new Set<string>();
    let sending: Promise<void> = Promise.resolve();
    /** Says an order list whose orders we cannot read (a redesign), once it has had its time to render. */
    let unread: { page: OrderListPage; reporter: UnreadReporter; since: number } | undefined;

    const send = async (page: OrderListPage, orders: Map<string, Record<string, string>[]>) => {
      const ids = [...orders.keys()];
      while (ids.length) {
        const batch: string[] = [];
        const rows: Record<string, string>[] = [];
        while (ids.length && rows.length + orders.get(ids[0]!)!.length <= ROWS_PER_MESSAGE) {
          const id = ids.shift()!;
          batch.push(id);
          rows.push(...orders.get(id)!);
        }
        if (!batch.length) ids.shift(); // one order with more item rows than a message holds: not a real order list
        if (!rows.length) continue;
        const message: MessageOf<'shop/capture-rows'> = { type: 'shop/capture-rows', page, rows };
        const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as { ok?: boolean } | undefined;
        if (!reply?.ok) {
          // Refused (consent turned off meanwhile) or the extension is reloading: try these again on the next read.
          for (const id of batch) sent.delete(id);
          return;
        }
        for (const id of batch) synced.add(id);
        if (ctx.isValid) (chip ??= await mountChip(ctx, 'shoplint-capture')).show(i18n.t('capture.chip', [synced.size]), i18n.t('capture.about'));
      }
    };

    const read = () => {
      const page = orderListPage(new URL(location.href));
      if (!page || !allowed) return;
      const changed = new Map<string, Record<string, string>[]>();
      const idHeader = orderIdHeader(page);
      const rows = readOrderRows(document, page);
      if (unread?.page !== page) {
        unread = { page, reporter: unreadReporter(ctx, page), since: performance.now() };
        // Read once more when the list has had its time to render, whatever the page does meanwhile.
        ctx.setTimeout(read, UNREAD_AFTER_MS);
      }
      if (performance.now() - unread.since >= UNREAD_AFTER_MS) unread.reporter.report(!rows.length && showsOrders(document) ? ['orders'] : []);
      for (const row of rows) {
        const id = row[idHeader]!;
        (changed.get(id) ?? changed.set(id, []).get(id)!).push(row);
      }
      for (const [id, rows] of changed) {
        const seen = JSON.stringify(rows);
        if (sent.get(id) === seen) changed.delete(id);
        else sent.set(id, seen);
      }
      if (changed.size) sending = sending.then(() => send(page, changed));
    };

    const update = (url = new URL(location.href)) => {
      const on = allowed && orderListPage(url) !== undefined;
      if (on && !stopWatching) {
        read();
        stopWatching = watchPage(ctx, document.body, read, { ignore: (node) => (chip?.contains(node) ?? false) || (unread?.reporter.contains(node) ?? false) });
      } else if (!on && stopWatching) {
        stopWatching();
        stopWatching = undefined;
        chip?.hide();
        unread?.reporter.hide();
        unread = undefined;
      }
    };

    ctx.onInvalidated(
      watchCaptureConsent((value) => {
        allowed = value;
        // Turned on again: what the page shows is sent afresh.
        if (!value) sent.clear();
        update();
      }),
    );
    // The event comes from the Navigation API before `location` changes: use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => update(event.newUrl));
    update();
  },
});
