// One list page's audit: reads the rows the seller sees, sends the ones not judged yet to the
// background (which lints and stores them), and badges each row with its verdict. Page work is
// sliced into animation frames of a few milliseconds; every listener and timer belongs to `ctx`.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { i18n } from '#i18n';
import { watchPage } from '@/components/page-watcher';
import { nextPageButton, readListRows, type PageRow } from '@/lib/sites/list-rows';
import type { AuditVerdict, ListRow, ListSite } from '@/lib/schemas/audit';
import type { Reply } from '@/lib/schemas/messages';
import { BADGE_TAG, createBadge, levelOf, showPending, showVerdict } from './badge';
import type { Toolbar } from './toolbar';

/** Frame budget for badge work: well under a frame, so scrolling stays smooth. */
const SLICE_MS = 6;
const BATCH = 500;
/** Human pace: the seller watches the walk and can stop it. */
const SCROLL_STEP_MS = 350;
const PAGE_PAUSE_MS = 900;
const PAGE_TIMEOUT_MS = 15_000;

const keyOf = (r: ListRow) => `${r.id}\u0000${r.title}\u0000${r.price ?? ''}`;

export class ListSession {
  private rows: PageRow[] = [];
  private readonly badges = new WeakMap<Element, { host: HTMLElement; key: string }>();
  private readonly hostRows = new WeakMap<HTMLElement, PageRow>();
  /** Verdicts by row key: a row re-rendered by the page, or seen again after paging back, costs no message. */
  private readonly verdicts = new Map<string, AuditVerdict>();
  private readonly waiting = new Map<string, ListRow>();
  private readonly inFlight = new Set<string>();
  private queue: PageRow[] = [];
  private pumping = false;
  private walking: { stopped: boolean } | undefined;
  private unwatch: (() => void) | undefined;
  private stopped = false;
  /** Main-thread time spent on this page (reading rows, badges, verdicts), for the benchmark. */
  workMs = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: ListSite,
    private readonly toolbar: Toolbar,
  ) {}

  start(): void {
    this.unwatch = watchPage(this.ctx, document.body, () => this.scan(), {
      ignore: (node) => node.nodeName === BADGE_TAG.toUpperCase() || node.nodeName === 'SHOPLINT-LIST',
      quietMs: 50,
      maxWaitMs: 250,
    });
    this.scan();
  }

  stop(): void {
    this.stopped = true;
    if (this.walking) this.walking.stopped = true;
    this.unwatch?.();
    for (const row of this.rows) this.badges.get(row.row)?.host.remove();
    document.querySelectorAll(BADGE_TAG).forEach((host) => host.remove());
  }

  /** The row behind a badge, with its verdict when there is one. */
  rowOf(host: HTMLElement): { row: PageRow; verdict?: AuditVerdict } | undefined {
    const row = this.hostRows.get(host);
    return row && { row, verdict: this.verdicts.get(keyOf(row)) };
  }

  private timed<T>(phase: 'read' | 'place', work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      const end = performance.now();
      this.workMs += end - start;
      performance.measure('shoplint:list-work', { start, end, detail: phase });
    }
  }

  private scan(): void {
    if (this.stopped) return;
    this.timed('read', () => {
      this.rows = readListRows(document, this.site);
      this.queue = this.rows.filter((row) => {
        const badge = this.badges.get(row.row);
        return !badge || badge.key !== keyOf(row) || !badge.host.isConnected || badge.host.previousElementSibling !== row.titleElement;
      });
    });
    this.pump();
  }

  /** Places badges a slice at a time, then asks the background about the rows it has not judged. */
  private pump(): void {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    this.ctx.requestAnimationFrame(() => {
      this.pumping = false;
      this.timed('place', () => {
        const start = performance.now();
        while (this.queue.length && performance.now() - start < SLICE_MS) this.place(this.queue.shift()!);
      });
      if (this.queue.length) return this.pump();
      this.updateSummary();
      void this.send();
    });
  }

  private place(row: PageRow): void {
    if (!row.row.isConnected) return;
    const key = keyOf(row);
    const old = this.badges.get(row.row);
    const host = old?.host.isConnected ? old.host : createBadge(row.id);
    if (host.previousElementSibling !== row.titleElement) row.titleElement.after(host);
    host.dataset.listingId = row.id;
    this.badges.set(row.row, { host, key });
    this.hostRows.set(host, row);
    const verdict = this.verdicts.get(key);
    if (verdict) showVerdict(host, verdict);
    else {
      showPending(host);
      if (!this.inFlight.has(key)) this.waiting.set(key, { id: row.id, title: row.title, ...(row.price !== undefined && { price: row.price }), ...(row.stock !== undefined && { stock: row.stock }), ...(row.sales30 !== undefined && { sales30: row.sales30 }) });
    }
  }

  private async send(): Promise<void> {
    while (this.waiting.size && !this.stopped) {
      const batch = [...this.waiting].slice(0, BATCH);
      for (const [key] of batch) {
        this.waiting.delete(key);
        this.inFlight.add(key);
      }
      let reply: Reply | undefined;
      try {
        reply = (await browser.runtime.sendMessage({ type: 'audit/rows', site: this.site, rows: batch.map(([, row]) => row) })) as Reply;
      } catch {
        // The extension was updated or the background is restarting: the next scan asks again.
      }
      for (const [key] of batch) this.inFlight.delete(key);
      if (!reply?.ok || !reply.audit || this.stopped) return;
      const verdicts = reply.audit;
      batch.forEach(([key], i) => verdicts[i] && this.verdicts.set(key, verdicts[i]));
      // Waiting badges take their verdicts through the same frame-sliced queue as new badges.
      this.queue.push(...this.rows.filter((row) => this.badges.get(row.row)?.host.dataset.level === 'pending' && this.verdicts.has(keyOf(row))));
      this.pump();
    }
  }

  private updateSummary(): void {
    let errors = 0;
    let warnings = 0;
    let pending = 0;
    for (const row of this.rows) {
      const verdict = this.verdicts.get(keyOf(row));
      if (!verdict) pending++;
      else if (levelOf(verdict) === 'error') errors++;
      else if (levelOf(verdict) === 'warn') warnings++;
    }
    this.toolbar.summary(this.rows.length, errors, warnings, pending);
  }

  private settled(): boolean {
    return !this.queue.length && !this.waiting.size && !this.inFlight.size && this.rows.every((r) => this.verdicts.has(keyOf(r)));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((done) => this.ctx.setTimeout(done, ms));
  }

  private async until(test: () => boolean, walk: { stopped: boolean }, timeout = PAGE_TIMEOUT_MS): Promise<boolean> {
    for (const start = Date.now(); Date.now() - start < timeout; await this.sleep(150)) {
      if (walk.stopped || this.stopped) return false;
      if (test()) return true;
    }
    return false;
  }

  /**
   * A virtual list only renders the rows in view: scroll its own scroll box from top to bottom at a
   * reading pace so every row is rendered, read and judged. A plain table has every row already.
   */
  private async walkPage(walk: { stopped: boolean }): Promise<number> {
    const seen = new Set<string>();
    const note = () => this.rows.forEach((r) => this.verdicts.has(keyOf(r)) && seen.add(r.id));
    const box = scrollBox(this.rows[0]?.row);
    if (box) {
      box.scrollTop = 0;
      for (;;) {
        await this.until(() => this.settled(), walk, 5000);
        note();
        if (walk.stopped || box.scrollTop + box.clientHeight >= box.scrollHeight - 2) break;
        box.scrollTop += Math.max(40, box.clientHeight * 0.8);
        await this.sleep(SCROLL_STEP_MS);
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
        this.toolbar.progress(i18n.t('list.walking', [pages, listings]), true);
        listings += await this.walkPage(walk);
        this.toolbar.progress(i18n.t('list.walking', [pages, listings]), true);
        const next = allPages && !walk.stopped ? nextPageButton(document) : undefined;
        if (!next) break;
        const before = this.rows.map((r) => r.id).join();
        await this.sleep(PAGE_PAUSE_MS);
        if (walk.stopped) break;
        // The page's own button: the page makes its own request, as when the seller clicks it.
        next.click();
        if (!(await this.until(() => this.rows.length > 0 && this.rows.map((r) => r.id).join() !== before, walk))) break;
      }
      this.toolbar.progress(i18n.t(walk.stopped ? 'list.stopped' : 'list.walked', [pages, listings]), false);
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
