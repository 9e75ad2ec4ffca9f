// One listing editor, live: finds the fields (again whenever the page re-renders them), checks the
// listing on every input event with the engine it loaded into the page (no round trip: the answer is
// there before the event handler returns), and measures where the overlay's boxes and underlines go
// once per animation frame. The React UI only renders the state this holds.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BackgroundChannel } from '@/extension/ask-background';
import type { PageEngine } from '@/extension/page-engine-api';
import type { EditorListing, ListingCheck } from '@/lib/engine/listing-checker';
import { storedProfile } from '@/extension/profile-store';
import type { Locale, Platform } from '@/lib/schemas/common';
import type { Finding } from '@/lib/schemas/finding';
import type { ProductAdCosts } from '@/lib/schemas/shop';
import type { ShopProfile } from '@/lib/schemas/shop-profile';
import { findEditorFields, readListing, readSkus, type EditorFields, type SkuValue, type TextInput } from '@/lib/sites/editor-fields';
import { layoutRendered } from '@/lib/sites/rendered';
import { UNREAD_AFTER_MS, type UnreadPart } from '@/lib/sites/unread';
import { unreadReporter, type UnreadReporter } from '@/components/unread-report';
import { insertWord } from '@/lib/text/insert-word';
import { titleWidth, TITLE_MAX_WIDTH } from '@/lib/text/width';
import { beside, separate, type Box, type Placed } from './layout';
import { TextMeasure } from './measure';
import { setFieldValue } from './set-value';
import { collapsedItem } from './settings';
import { loadPageEngine } from './engine';

export interface Underline {
  finding: Finding;
  left: number;
  width: number;
}

export interface OverlayState {
  platform: Platform;
  locale: Locale;
  collapsed: boolean;
  /** The engine's answer for the listing the form holds; undefined until the title field is found and the engine loaded. */
  check?: ListingCheck;
  width: { value: number; max: number };
  /** Set when the form has a price (一口价 or SKU prices). */
  hasPriceField: boolean;
  /** The price checked is the lowest SKU price (not the 一口价 field). */
  priceFromSkus: boolean;
  /** The edited listing's last week of ad and 达人 costs, and its 成本 from the product sheet (分), when the shop imported them. */
  adCosts?: { costs?: ProductAdCosts; sheetCostFen?: number };
  /** Text offsets of the underlined spans (from the left of the title's content box). */
  underlines: Underline[];
  layout: {
    title?: Placed;
    price?: Placed;
    /** The title input's content box, where the underline layer is drawn, and its scroll. */
    text?: Box & { scrollLeft: number; baseline: number };
  };
}

type BoxName = 'title' | 'price';

export class EditorSession {
  private state: OverlayState;
  private readonly listeners = new Set<() => void>();
  private fields: EditorFields = { skus: [], virtualSkus: false };
  /** SKU rows of a virtual table read while they were in view, by row key (only the rows in view exist). */
  private readonly seenSkus = new Map<string, SkuValue>();
  private readonly rows = new WeakMap<Element, Element>();
  private readonly sizes: Record<BoxName, { width: number; height: number }> = { title: { width: 300, height: 420 }, price: { width: 300, height: 260 } };
  private readonly measure = new TextMeasure();
  /** The profile as stored (the engine validates it with every check). */
  private storedProfile: unknown;
  private readonly background: BackgroundChannel;
  private engine?: PageEngine;
  /** The seller put the cursor in the title (else a keyword goes at the end). */
  private caretPlaced = false;
  private frame = 0;
  private observer?: MutationObserver;
  private stopWatching?: () => void;
  private readonly unread: UnreadReporter;
  /** The form has had its time to render: from now on a missing field is said, not waited for. */
  private settled = false;
  /** The listing whose ad costs are shown (an SPA route may change it under the same session). */
  private productId?: string;

  constructor(
    private readonly ctx: ContentScriptContext,
    platform: Platform,
    locale: Locale,
  ) {
    this.state = {
      platform, locale, collapsed: false,
      width: { value: 0, max: TITLE_MAX_WIDTH[platform] }, hasPriceField: false, priceFromSkus: false, underlines: [], layout: {},
    };
    this.background = new BackgroundChannel(ctx);
    this.unread = unreadReporter(ctx, `${platform}-editor`);
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getState = () => this.state;

  private set(patch: Partial<OverlayState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  async start(): Promise<void> {
    const { platform } = this.state;
    // The engine loads and compiles its word lists while the page is still rendering the form.
    const engine = loadPageEngine({
      banks: async () => {
        const reply = await this.background.ask({ type: 'keywords/banks' });
        return reply?.ok ? reply.banks : undefined;
      },
      changed: () => this.relint(),
    });
    const [profile, collapsed] = await Promise.all([storedProfile.get(platform), collapsedItem.getValue()]);
    if (this.ctx.isInvalid) return;
    this.storedProfile = profile;
    this.set({ collapsed });
    // Another tab (or the background) saved the profile: check again with it.
    this.stopWatching = storedProfile.watch(platform, (value) => {
      if (JSON.stringify(value) === JSON.stringify(this.storedProfile)) return;
      this.storedProfile = value;
      this.relint();
    });

    // One observer for the whole page: the callback only queues, the work happens in the next frame.
    this.observer = new MutationObserver((records) => this.schedule(records.some(addsElements)));
    this.observer.observe(document.body, { childList: true, subtree: true });
    this.ctx.addEventListener(document, 'input', (e) => this.onInput(e), { capture: true });
    // Chrome fires the last input of a composition before compositionend, still marked composing.
    this.ctx.addEventListener(document, 'compositionend', (e) => this.isOurs(e.target) && this.relint(), { capture: true });
    // A click or arrow key in the title puts the cursor where a keyword should go.
    for (const type of ['mouseup', 'keyup'] as const) this.ctx.addEventListener(document, type, (e) => e.target === this.fields.title && (this.caretPlaced = true), { capture: true });
    // A box scrolling inside the page may be a virtual list swapping its rows: read the fields again.
    this.ctx.addEventListener(document, 'scroll', (e) => this.schedule(e.target !== document), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', () => this.schedule(false));
    this.schedule(true);
    this.ctx.setTimeout(() => {
      this.settled = true;
      this.sayUnread();
    }, UNREAD_AFTER_MS);
    // A failed load (the extension was updated under the page) leaves the overlay without a check.
    this.engine = await engine.catch(() => undefined);
    if (this.ctx.isInvalid) return this.stop();
    this.relint();
  }

  stop(): void {
    this.unread.hide();
    this.engine?.stop();
    this.observer?.disconnect();
    this.stopWatching?.();
    this.background.close();
    this.listeners.clear();
  }

  private rescan = false;
  private schedule(rescan: boolean) {
    this.rescan ||= rescan;
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.rescan) this.findFields();
      this.rescan = false;
      this.place();
    });
  }

  /** Finds the fields again (elements were added: a re-render, a lazy section, an SPA route). */
  private findFields() {
    // The seller's view: hidden copies of an input are never the field.
    const found = findEditorFields(document, { rendered: layoutRendered });
    const same = (a?: Element, b?: Element) => a === b;
    if (
      same(found.title, this.fields.title) && same(found.price, this.fields.price) && same(found.compareAt, this.fields.compareAt) &&
      found.skus.length === this.fields.skus.length &&
      found.skus.every((s, i) => { const old = this.fields.skus[i]!; return s.key === old.key && s.name === old.name && same(s.price, old.price) && same(s.stock, old.stock) && s.stockText === old.stockText; })
    )
      return;
    if (found.title !== this.fields.title) this.caretPlaced = false;
    this.fields = found;
    this.relint();
    this.sayUnread();
  }

  /** Says which fields the form shows but we cannot read (a layout we do not know), once it has rendered. */
  private sayUnread() {
    if (!this.settled) return;
    const { title, price, skus, priceSection } = this.fields;
    const missing: UnreadPart[] = [];
    if (!title) missing.push('title');
    else if (priceSection && !price && !skus.some((s) => s.price)) missing.push('price');
    this.unread.report(missing);
  }

  private isOurs(target: EventTarget | null): boolean {
    const f = this.fields;
    return !!target && (target === f.title || target === f.price || target === f.compareAt || f.skus.some((s) => s.price === target || s.stock === target));
  }

  private onInput(event: Event) {
    if (!this.isOurs(event.target)) {
      // A field the finder has not seen yet (a re-render replaced it): look again.
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) this.schedule(true);
      return;
    }
    this.schedule(false);
    // While a pinyin IME composes, the field holds the letters typed so far (bing'si): nothing to
    // check until the seller picks the characters (compositionend).
    if ((event as InputEvent).isComposing) return;
    this.relint();
  }

  /** Checks what the form holds now (the same lint, and so the same score, as `shoplint lint`) and shows it. */
  private relint() {
    const title = this.fields.title;
    if (!title) {
      this.set({ check: undefined, underlines: [], hasPriceField: false });
      return;
    }
    if (!this.engine) return; // checked as soon as it has loaded
    const { platform } = this.state;
    const skus = this.skuValues();
    const listing: EditorListing = { ...readListing(this.fields, platform, skus), platform };
    let check: ListingCheck;
    try {
      check = this.engine.check(listing, this.storedProfile);
    } catch {
      return; // a form value the engine refuses (a 1,000-character title): the last answer stays
    }
    this.show(check, title, listing, !!(this.fields.price || this.fields.skus.some((s) => s.price)), skus.length > 0);
  }

  /** The SKU rows' values: those in the page, and for a virtual table also those read while in view. */
  private skuValues(): SkuValue[] {
    const live = readSkus(this.fields);
    if (!this.fields.virtualSkus) {
      this.seenSkus.clear();
      return live;
    }
    // A row in view says what it holds now (an emptied price too); rows scrolled away keep their last values.
    for (const row of this.fields.skus) this.seenSkus.delete(row.key);
    for (const value of live) this.seenSkus.set(value.key, value);
    return [...this.seenSkus.values()];
  }

  private show(check: ListingCheck, title: TextInput, listing: EditorListing, hasPriceField: boolean, priceFromSkus: boolean) {
    const spans = check.titleFindings.filter((f) => f.start !== undefined && f.end !== undefined && f.end > f.start);
    const underlines =
      title.tagName === 'INPUT'
        ? this.measure.spans(title, listing.title, spans as { start: number; end: number }[]).map((x, i) => ({ finding: spans[i]!, left: x.x1, width: x.x2 - x.x1 }))
        : [];
    const { platform } = this.state;
    this.set({ check, underlines, hasPriceField, priceFromSkus, width: { value: titleWidth(listing.title), max: TITLE_MAX_WIDTH[platform] } });
  }

  /** The form row around an input: its ancestors while they stay about one row high. */
  private rowOf(input: Element): Element {
    let row = this.rows.get(input);
    if (row) return row;
    row = input;
    const height = input.getBoundingClientRect().height || 32;
    for (let i = 0, el = input.parentElement; el && i < 6; i++, el = el.parentElement) {
      const rect = el.getBoundingClientRect();
      if (rect.height > Math.max(height * 3, 100) || rect.width > window.innerWidth * 0.8) break;
      row = el;
    }
    this.rows.set(input, row);
    return row;
  }

  /** Measures the fields once and places the boxes (one frame, layout read once). */
  private place() {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const anchor = (input: Element | undefined) => input && { input: box(input.getBoundingClientRect()), row: box(this.rowOf(input).getBoundingClientRect()) };
    const titleAnchor = anchor(this.fields.title);
    const priceInput = this.fields.price ?? this.fields.skus.find((s) => s.price)?.price;
    const priceAnchor = anchor(priceInput);
    let title = titleAnchor && beside(titleAnchor, this.sizes.title, viewport);
    let price = priceAnchor && beside(priceAnchor, this.sizes.price, viewport);
    if (title && price) [title, price] = title.top <= price.top ? separate(title, price, viewport) : (separate(price, title, viewport).reverse() as [Placed, Placed]);
    const text = this.fields.title && titleAnchor ? this.textBox(this.fields.title, titleAnchor.input) : undefined;
    const next = { title, price, text };
    if (JSON.stringify(next) !== JSON.stringify(this.state.layout)) this.set({ layout: next });
  }

  private textBox(input: TextInput, rect: Box): Box & { scrollLeft: number; baseline: number } {
    const style = this.measure.style(input);
    const px = (v: string) => Number.parseFloat(v) || 0;
    const left = rect.left + px(style.borderLeftWidth) + px(style.paddingLeft);
    const top = rect.top + px(style.borderTopWidth) + px(style.paddingTop);
    const width = rect.width - px(style.borderLeftWidth) - px(style.borderRightWidth) - px(style.paddingLeft) - px(style.paddingRight);
    const height = rect.height - px(style.borderTopWidth) - px(style.borderBottomWidth) - px(style.paddingTop) - px(style.paddingBottom);
    // A single-line input centres its text: the underline goes just under the glyphs.
    const baseline = Math.min(height, height / 2 + px(style.fontSize) * 0.62);
    return { left, top, width, height, scrollLeft: input.scrollLeft, baseline };
  }

  /** The UI reports the size it rendered at, so the next frame places it exactly. */
  resized(name: BoxName, size: { width: number; height: number }) {
    const old = this.sizes[name];
    if (Math.abs(old.width - size.width) < 1 && Math.abs(old.height - size.height) < 1) return;
    this.sizes[name] = size;
    this.schedule(false);
  }

  /** Applies a suggestion: replaces the finding's span, or appends a missing word. */
  applySuggestion(finding: Finding, suggestion: string) {
    const input = this.fields.title;
    if (!input) return;
    const text = input.value;
    if (finding.start !== undefined && finding.end !== undefined && text.slice(finding.start, finding.end) === finding.text) {
      setFieldValue(input, text.slice(0, finding.start) + suggestion + text.slice(finding.end), finding.start + suggestion.length);
    } else if (!text.includes(suggestion)) {
      setFieldValue(input, text + suggestion);
    }
  }

  /**
   * Inserts a keyword where the seller's cursor was in the title (the input keeps its selection when
   * focus moves to our panel), or at the end when they have not put it anywhere yet.
   */
  insertKeyword(word: string) {
    const input = this.fields.title;
    if (!input) return;
    const text = input.value;
    const at = this.caretPlaced && input.selectionStart !== null ? input.selectionStart : text.length;
    const { value, caret } = insertWord(text, word, at);
    setFieldValue(input, value, caret);
  }

  /** The page now edits `productId` (undefined: a new listing): asks the background for its ad costs. */
  async showProduct(productId: string | undefined): Promise<void> {
    if (productId === this.productId) return;
    this.productId = productId;
    this.set({ adCosts: undefined });
    if (!productId) return;
    const reply = await this.background.ask({ type: 'shop/ad-costs', productId });
    // A route change while waiting: that answer is for another listing.
    if (this.productId !== productId || !reply?.ok) return;
    this.set({ adCosts: { costs: reply.costs, sheetCostFen: reply.sheetCostFen } });
  }

  setCollapsed(collapsed: boolean) {
    this.set({ collapsed });
    void collapsedItem.setValue(collapsed);
    this.schedule(false);
  }

  /** Checks with the new profile at once; the background validates and stores it. */
  setProfile(profile: ShopProfile) {
    this.storedProfile = profile;
    this.relint();
    void this.background.ask({ type: 'editor/save-profile', platform: this.state.platform, profile });
  }
}

const addsElements = (record: MutationRecord) => {
  for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) return true;
  return false;
};

const box = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });
