// The product lists (千牛 出售中/仓库中的宝贝, 抖店 商品管理): a badge beside each row's title with the
// title score and the count of errors and warnings, the findings on hover or click with a link to the
// edit page, and a toolbar that checks this page or walks every page with the list's own pager.
// Rows are judged in the background (no rules, lexicon or zod here: this script stays light).
// 千牛 and 抖店 are single-page apps (the script waits on every page of theirs, the 抖店 backend's /ffa/*
// included, as sellers arrive at a list by in-app navigation): it follows their routes and starts only on a list; on
// 抖店 the editor script owns /ffa/g/create and this one stops there.
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { uiLocale } from '@/components/locale';
import { SHADOW_MODE } from '@/components/shadow-mode';
import { listSite } from '@/lib/sites/list-urls';
import type { ListSite } from '@/lib/schemas/audit';
import { BADGE_TAG } from './badge';
import { ListSession } from './session';
import { FILTER_ATTRIBUTE, filterCss, toolbarCss } from './style';
import { buildToolbar, type Toolbar } from './toolbar';
import { measureSince, timed } from './work';

const HOVER_MS = 150;
const LEAVE_MS = 300;

export default defineContentScript({
  matches: ['https://myseller.taobao.com/home.htm/*', 'https://qn.taobao.com/home.htm/*', 'https://fxg.jinritemai.com/ffa/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const began = performance.now();
    let active: { site: ListSite; session: ListSession; ui: ShadowRootContentScriptUi<Toolbar>; filter: HTMLStyleElement } | undefined;
    let pinned = false;
    let hoverTimer: number | undefined;
    let leaveTimer: number | undefined;

    const stop = () => {
      if (!active) return;
      active.session.stop();
      active.ui.remove();
      active.filter.remove();
      document.documentElement.removeAttribute(FILTER_ATTRIBUTE);
      active = undefined;
    };

    const closeCard = () => {
      pinned = false;
      active?.ui.mounted?.hideCard();
    };
    const openCard = (host: HTMLElement) => {
      timed('card', () => {
        const found = active?.session.rowOf(host);
        if (!found?.verdict) return;
        active!.ui.mounted?.showCard(found.verdict, found.row.title, host.getBoundingClientRect());
      });
    };

    const sync = async (url: URL, began = performance.now()) => {
      const site = listSite(url);
      if (active?.site === site) return;
      stop();
      if (!site) return measureSince('start', began);
      let session: ListSession | undefined;
      const filter = document.createElement('style');
      filter.textContent = filterCss;
      const ui = await createShadowRootUi(ctx, {
        name: 'shoplint-list',
        mode: SHADOW_MODE,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: toolbarCss,
        isolateEvents: true,
        onMount: (container) =>
          buildToolbar(container, uiLocale(), {
            auditPage: () => void session?.audit(false),
            auditAll: () => void session?.audit(true),
            stop: () => session?.stopWalking(),
            onlyErrors: (on) => {
              // The :has() rule is in the page only while the filter is on: style work on every badge
              // change would otherwise be paid for a filter nobody uses.
              if (on) document.head.append(filter);
              else filter.remove();
              document.documentElement.toggleAttribute(FILTER_ATTRIBUTE, on);
            },
            leaveCard: () => {
              if (!pinned) leaveTimer = ctx.setTimeout(closeCard, LEAVE_MS);
            },
            closeCard,
          }),
      });
      ui.mount();
      session = new ListSession(ctx, site, ui.mounted!);
      active = { site, session, ui, filter };
      measureSince('start', began);
      session.start();
    };

    // One listener each on the document for every badge: events from a badge's shadow root arrive
    // retargeted to its host.
    const badgeOf = (target: EventTarget | null) => (target instanceof Element && target.localName === BADGE_TAG ? (target as HTMLElement) : undefined);
    ctx.addEventListener(document, 'mouseover', (event) => {
      clearTimeout(leaveTimer);
      const host = badgeOf(event.target);
      if (!host || pinned) return;
      clearTimeout(hoverTimer);
      hoverTimer = ctx.setTimeout(() => openCard(host), HOVER_MS);
    });
    ctx.addEventListener(document, 'mouseout', (event) => {
      if (!badgeOf(event.target)) return;
      clearTimeout(hoverTimer);
      if (!pinned) leaveTimer = ctx.setTimeout(closeCard, LEAVE_MS);
    });
    // Capture phase: a click on a badge is ours, the row's own click handlers (select, open) never see it.
    ctx.addEventListener(
      document,
      'click',
      (event) => {
        const host = badgeOf(event.target);
        if (host) {
          event.stopPropagation();
          pinned = true;
          clearTimeout(leaveTimer);
          openCard(host);
        } else if (pinned && !(event.target instanceof Element && event.target.localName === 'shoplint-list')) closeCard();
      },
      { capture: true },
    );
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && active?.ui.mounted?.cardOpen()) closeCard();
    });

    // The event comes from the Navigation API before `location` changes: use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void sync(event.newUrl));
    ctx.onInvalidated(stop);
    await sync(new URL(location.href), began);
  },
});
