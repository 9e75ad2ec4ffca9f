// The product-page critique on Taobao, Tmall and 抖音商城 detail pages: reads the page into a PageModel
// (lib/critique), has the engine in the background judge it, and shows a small score badge that opens
// the checklist. It
// re-reads the page when content arrives (one batched watcher), reads load timing from the Performance
// API, and never changes the page's own DOM: our UI lives in a closed shadow root.
import { createRoot } from 'react-dom/client';
import { extractPage, UnknownLayout, type Extraction, type Measured } from '@/lib/critique/extract';
import { BackgroundChannel, latestOnly } from '@/extension/ask-background';
import { watchPage } from '@/components/page-watcher';
import { uiLocale } from '@/components/locale';
import { SHADOW_MODE } from '@/components/shadow-mode';
import { CritiquePanel, type PanelState } from './CritiquePanel';
import { createStore } from './store';
import { PAGE_FALLBACK, PAGE_FALLBACK_FILE, READABILITY_LAYOUT, type FallbackExtractor } from '@/lib/critique/site';
import { productPagePlatform } from '@/lib/critique/url';
import { importIsolated } from '@/extension/isolated-import';
import { unreadReporter, type UnreadReporter } from '@/components/unread-report';
import type { Platform } from '@/lib/schemas/common';
import type { UnreadPart } from '@/lib/sites/unread';

export default defineContentScript({
  matches: ['https://item.taobao.com/item.htm*', 'https://detail.tmall.com/item.htm*', 'https://haohuo.jinritemai.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const store = createStore<PanelState>({ extraction: undefined, critique: undefined });
    let host: HTMLElement | undefined;
    const background = new BackgroundChannel(ctx);
    const judge = latestOnly(
      // A block page has nothing to judge: it is shown as such without asking the engine.
      async (extraction: Extraction) => (extraction.model.blocked ? undefined : await background.ask({ type: 'engine/critique', page: extraction.model })),
      (reply, extraction) => {
        if (ctx.isInvalid || (reply && !reply.ok)) return; // gone, or the background could not answer: keep what is shown
        store.set({ extraction, critique: reply });
      },
    );

    let unread: UnreadReporter | undefined;
    const reportUnread = (platform: Platform, missing: UnreadPart[]) => (unread ??= unreadReporter(ctx, `${platform}-item`)).report(missing);
    // The generic reader (Readability), loaded at the first page of a layout no extractor knows.
    let fallback: FallbackExtractor | undefined;
    let loading: Promise<void> | undefined;
    const check = () => {
      try {
        const extraction = extractPage(document, location.href, measure(), fallback);
        // A layout no extractor knows is checked the generic way (Readability), and said so.
        if (!extraction.model.blocked) reportUnread(extraction.model.platform, extraction.model.layout === READABILITY_LAYOUT ? ['layout'] : []);
        judge(extraction);
      } catch (error) {
        if (!(error instanceof UnknownLayout)) return; // not a product page (抖音商城 serves other pages under the same host)
        loading ??= importIsolated<FallbackExtractor>(PAGE_FALLBACK_FILE, PAGE_FALLBACK).then(
          (loaded) => {
            fallback = loaded;
            if (!ctx.isInvalid) check();
          },
          // Without the reader the page stays unjudged: said so, as for any layout we cannot read.
          () => reportUnread(productPagePlatform(location.href)!, ['layout']),
        );
      }
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'shoplint-critique',
      mode: SHADOW_MODE,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // The page's own shortcuts must not react to keys typed in our panel.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container, _shadow, shadowHost) {
        host = shadowHost;
        const root = createRoot(container);
        root.render(<CritiquePanel store={store} locale={uiLocale()} ctx={ctx} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    check();
    watchPage(ctx, document.body, check, { ignore: (node) => !!host && (node === host || host.contains(node)) });
    // Load timing exists only once the load event has passed.
    if (document.readyState !== 'complete') ctx.addEventListener(window, 'load', () => ctx.setTimeout(check, 0));
  },
});

/** Load time and image weights from the Performance API (the page's own entries; nothing is fetched). */
function measure(): Measured {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  const measured: Measured = {};
  if (navigation && navigation.loadEventEnd > 0) measured.loadMs = Math.round(navigation.loadEventEnd - navigation.startTime);
  const bytes = new Map<string, number>();
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    // Cross-origin images without Timing-Allow-Origin report 0: unknown, not weightless.
    const size = entry.encodedBodySize || entry.transferSize;
    if (entry.initiatorType === 'img' && size > 0) bytes.set(entry.name, size);
  }
  if (bytes.size) measured.resourceBytes = bytes;
  return measured;
}
