// One list page's audit: reads the rows the seller sees, sends the ones not judged yet to the
// background (which lints and stores them), and badges each row with its verdict. Page work is
// sliced into animation frames of a few milliseconds and measured (./work.ts); every listener and
// timer belongs to `ctx`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { i18n } from '#i18n';
import { watchPage, type PageWatch } from '@/components/page-watcher';
import { nextPageButton, readListRows, type PageRow } from '@/lib/sites/list-rows';
import type { AuditVerdict, ListRow, ListSite } from '@/lib/schemas/audit';
import type { Reply } from '@/lib/schemas/messages';
import { BADGE_TAG, createBadge, levelOf, showPending, showVerdict } from './badge';
import type { Toolbar } from './toolbar';
import { timed } from './work';
import { showsRows, UNREAD_AFTER_MS } from '@/lib/sites/unread';
import { unreadReporter, type UnreadReporter } from '@/components/unread-report';

/** Frame budget for badge work: well under a frame, so scrolling stays smooth. */
const SLICE_MS = 6;
/** How long a row waits for its verdict before it shows a pending badge (the background answers 500 rows in well under this). */
const PENDING_AFTER_MS = 400;
const BATCH = 500;
/** Human pace: the seller watches the walk and can stop it. */
const SCROLL_STEP_MS = 350;
const PAGE_PAUSE_MS = 900;
const PAGE_TIMEOUT_MS = 15_000;

const keyOf = (r: ListRow) => `${r.id}\u0000${r.title}\u0000${r.price ?? ''}`;

/** A row as read, with the key its verdict is known by. */
type Row = PageRow & { key: string };

/** What a badge shows: the row key and its verdict (none while pending). */
interface Shown {
  key: string;
  verdict: AuditVerdict | undefined;
}

export class ListSession {
  private rows: Row[] = [];
  /** The badge of each row element. */
  private readonly badges = new WeakMap<Element, HTMLElement>();
  private readonly shown = new WeakMap<HTMLElement, Shown>();
  private readonly hostRows = new WeakMap<HTMLElement, Row>();
  /**
   * Badges whose row the page replaced (a table rendered again, with new row elements), by listing
   * id: the new row of the same listing takes the badge as it is instead of a new one being built.
   */
  private readonly spare = new Map<string, HTMLElement>();
  /** Verdicts by row key: a row re-rendered by the page, or seen again after paging back, costs no message. */
  private readonly verdicts = new Map<string, AuditVerdict>();
  private readonly waiting = new Map<string, ListRow>();
  private readonly inFlight = new Set<string>();
  private queue: Row[] = [];
  private pumping = false;
  private walking: { stopped: boolean } | undefined;
  private watch: PageWatch | undefined;
  private stopped = false;
  private readonly unread: UnreadReporter;
  /** The list has had its time to render: from now on rows it shows but we cannot read are said. */
  private rendered = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: ListSite,
    private readonly toolbar: Toolbar,
  ) {
    this.unread = unreadReporter(ctx, site === 'qianniu' ? 'qianniu-items' : 'doudian-products');
  }

  start(): void {
    this.watch = watchPage(this.ctx, document.body, () => this.scan(), {
      ignore: (node) => node.nodeName === BADGE_TAG.toUpperCase() || node.nodeName === 'SHOPLINT-LIST' || this.unread.contains(node),
      quietMs: 50,
      maxWaitMs: 250,
      wrap: (callback) => timed('watch', callback),
    });
    this.scan();
    this.ctx.setTimeout(() => {
      this.rendered = true;
      this.scan();
    }, UNREAD_AFTER_MS);
  }

  stop(): void {
    this.unread.hide();
    this.stopped = true;
    if (this.walking) this.walking.stopped = true;
    this.watch?.();
    this.spare.clear();
    document.querySelectorAll(BADGE_TAG).forEach((host) => host.remove());
  }

  /** The row behind a badge, with its verdict when there is one. */
  rowOf(host: HTMLElement): { row: PageRow; verdict?: AuditVerdict } | undefined {
    const row = this.hostRows.get(host);
    return row && { row, verdict: this.verdicts.get(row.key) };
  }

  /** Whether the row's badge is in place and shows what is known of the row. */
  private current(row: Row): boolean {
    const host = this.badges.get(row.row);
    if (!host?.isConnected || host.previousElementSibling !== row.titleElement) return false;
    const shown = this.shown.get(host);
    return shown?.key === row.key && shown.verdict === this.verdicts.get(row.key);
  }

  private scan(): void {
    if (this.stopped) return;
    timed('read', () => {
      for (const row of this.rows) {
        const host = this.badges.get(row.row);
        if (host && !host.isConnected) this.spare.set(row.id, host);
      }
      this.rows = readListRows(document).map((row) => Object.assign(row, { key: keyOf(row) }));
      // Rows on the page, none of them readable: a list layout we do not know.
      if (this.rendered) this.unread.report(!this.rows.length && showsRows(document) ? ['rows'] : []);
      // The background is asked first and a badge is drawn once, with its verdict: a row still
      // unanswered after PENDING_AFTER_MS gets a pending badge meanwhile.
      for (const row of this.rows) this.want(row);
      void this.send();
      this.queue = this.rows.filter((row) => this.verdicts.has(row.key) && !this.current(row));
      this.pump();
      this.ctx.setTimeout(
        () =>
          timed('read', () => {
            this.queue.push(...this.rows.filter((row) => !this.verdicts.has(row.key) && !this.current(row)));
            this.pump();
          }),
        PENDING_AFTER_MS,
      );
    });
  }

  /** Asks about the row in the next message, unless its verdict is known or on its way. */
  private want(row: Row): void {
    const { key } = row;
    if (this.verdicts.has(key) || this.inFlight.has(key)) return;
    this.waiting.set(key, { id: row.id, title: row.title, ...(row.price !== undefined && { price: row.price }), ...(row.stock !== undefined && { stock: row.stock }), ...(row.sales30 !== undefined && { sales30: row.sales30 }) });
  }

  /** Places badges a slice at a time, then asks the background about the rows it has not judged. */
  private pump(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    this.ctx.requestAnimationFrame(() =>
      timed('place', () => {
        this.pumping = false;
        const start = performance.now();
        // Our badges going in are not a change of the page for the watcher to report.
        this.watch!.quiet(() => {
          while (this.queue.length && performance.now() - start < SLICE_MS) this.place(this.queue.shift()!);
        });
        if (this.queue.length) return this.pump();
        // Badges not taken by a row of the page by now belong to rows that are gone.
        this.spare.clear();
        this.updateSummary();
        void this.send();
      }),
    );
  }

  private place(row: Row): void {
    if (!row.row.isConnected) return;
    const { key } = row;
    let host = this.badges.get(row.row);
    if (!host?.isConnected) {
      host = this.spare.get(row.id) ?? createBadge();
      this.spare.delete(row.id);
    }
    if (host.previousElementSibling !== row.titleElement) row.titleElement.after(host);
    this.badges.set(row.row, host);
    this.hostRows.set(host, row);
    const verdict = this.verdicts.get(key);
    const shown = this.shown.get(host);
    if (shown?.key !== key || shown.verdict !== verdict) {
      if (verdict) showVerdict(host, row.id, verdict);
      else showPending(host, row.id);
      this.shown.set(host, { key, verdict });
    }
    if (!verdict) this.want(row);
  }

  private async send(): Promise<void> {
    while (this.waiting.size && !this.stopped) {
      // The message is serialised in the call: its cost is this script's too.
      const { batch, sent } = timed('send', () => {
        const batch = [...this.waiting].slice(0, BATCH);
        for (const [key] of batch) {
          this.waiting.delete(key);
          this.inFlight.add(key);
        }
        const sent = browser.runtime.sendMessage({ type: 'audit/rows', site: this.site, rows: batch.map(([, row]) => row) }) as Promise<Reply>;
        return { batch, sent };
      });
      let reply: Reply | undefined;
      try {
        reply = await sent;
      } catch {
        // The extension was updated or the background is restarting: the next scan asks again.
      }
      timed('send', () => {
        for (const [key] of batch) this.inFlight.delete(key);
        if (!reply?.ok || !reply.audit || this.stopped) return;
        const verdicts = reply.audit;
        batch.forEach(([key], i) => verdicts[i] && this.verdicts.set(key, verdicts[i]));
        // The answered rows get their badges through the same frame-sliced queue (the others wait for
        // their own answer, or for the pending timer of the scan that read them).
        this.queue.push(...this.rows.filter((row) => this.verdicts.has(row.key) && !this.current(row)));
        this.pump();
      });
      if (!reply?.ok || !reply.audit) return;
    }
  }

  private updateSummary(): void {
    let errors = 0;
    let warnings = 0;
    let pending = 0;
    for (const row of this.rows) {
      const verdict = this.verdicts.get(row.key);
      if (!verdict) pending++;
      else if (levelOf(verdict) === 'error') errors++;
      else if (levelOf(verdict) === 'warn') warnings++;
    }
    this.toolbar.summary(this.rows.length, errors, warnings, pending);
  }

  private settled(): boolean {
    return !this.queue.length && !this.waiting.size && !this.inFlight.size && this.rows.every((r) => this.verdicts.has(r.key));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((done) => this.ctx.setTimeout(done, ms));
  }

  private async until(test: () => boolean, walk: { stopped: boolean }, timeout = PAGE_TIMEOUT_MS): Promise<boolean> {
    for (const start = Date.now(); Date.now() - start < timeout; await this.sleep(150)) {
      if (walk.stopped || this.stopped) return false;
      if (timed('watch', test)) return true;
    }
    return false;
  }

  /**
   * A virtual list only renders the rows in view: scroll its own scroll box from top to bottom at a
   * reading pace so every row is rendered, read and judged. A plain table has every row already.
   */
  private async walkPage(walk: { stopped: boolean }): Promise<number> {
    const seen = new Set<string>();
    const note = () => timed('walk', () => this.rows.forEach((r) => this.verdicts.has(r.key) && seen.add(r.id)));
    const box = timed('walk', () => scrollBox(this.rows[0]?.row));
    if (box) {
      box.scrollTop = 0;
      for (;;) {
        await this.sleep(SCROLL_STEP_MS);
        // The rows the list rendered for this position, read now: the watcher's batched read may come
        // later, and rows noted from the last position instead would leave the ones here unseen.
        this.scan();
        await this.until(() => this.settled(), walk, 5000);
        note();
        const scrolled = timed('walk', () => {
          if (walk.stopped || box.scrollTop + box.clientHeight >= box.scrollHeight - 2) return false;
          box.scrollTop += Math.max(40, box.clientHeight * 0.8);
          return true;
        });
        if (!scrolled) break;
      }
    } else {
      await this.until(() => this.settled(), walk);
      note();
    }
    return seen.size;
  }

  async audit(allPages: boolean): Promise<void> {
    if (this.walking) return;
    const walk = (this.walking = { stopped: false });
    let pages = 0;
    let listings = 0;
    try {
      for (;;) {
        pages++;
        timed('walk', () => this.toolbar.progress(i18n.t('list.walking', [pages, listings]), true));
        listings += await this.walkPage(walk);
        const { next, before } = timed('walk', () => {
          this.toolbar.progress(i18n.t('list.walking', [pages, listings]), true);
          return { next: allPages && !walk.stopped ? nextPageButton(document) : undefined, before: this.rows.map((r) => r.id).join() };
        });
        if (!next) break;
        await this.sleep(PAGE_PAUSE_MS);
        if (walk.stopped) break;
        // The page's own button: the page makes its own request, as when the seller clicks it.
        next.click();
        if (!(await this.until(() => this.rows.length > 0 && this.rows.map((r) => r.id).join() !== before, walk))) break;
      }
      timed('walk', () => this.toolbar.progress(i18n.t(walk.stopped ? 'list.stopped' : 'list.walked', [pages, listings]), false));
    } finally {
      this.walking = undefined;
    }
  }

  stopWalking(): void {
    if (this.walking) this.walking.stopped = true;
  }
}

/** The nearest ancestor of `row` that scrolls its own content (a virtual list's body). */
function scrollBox(row: Element | undefined): HTMLElement | undefined {
  for (let node = row?.parentElement; node && node !== document.body; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return undefined;
}
