// The listing editors (淘宝 发布宝贝, 天猫 发布, 抖店 商品创建/编辑): live title score, 广告法 words
// underlined with their reason and replacement, and the 到手价 beside the price. Runs only on these
// pages; the 抖店 backend is one SPA (a seller reaches 商品创建 from its home or list without a page
// load), so the script waits on every /ffa/ page, follows the route and starts or stops.
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { uiLocale } from '@/components/locale';
import { SHADOW_MODE } from '@/components/shadow-mode';
import { editorPage, editorProductId } from '@/lib/sites/editor-urls';
import { Overlay } from './Overlay';
import { EditorSession } from './session';
import { overlayCss } from './style';

export default defineContentScript({
  matches: ['https://item.upload.taobao.com/sell/*', 'https://sell.publish.tmall.com/*', 'https://fxg.jinritemai.com/ffa/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let active: { session: EditorSession; ui: ShadowRootContentScriptUi<Root> } | undefined;
    let starting = false;

    const stop = () => {
      active?.session.stop();
      active?.ui.remove();
      active = undefined;
    };

    const sync = async (url: URL) => {
      const page = editorPage(url);
      if (!page) return stop();
      if (active?.session.getState().platform === page.platform) return void active.session.showProduct(editorProductId(url));
      if (starting) return;
      stop();
      starting = true;
      const session = new EditorSession(ctx, page.platform, uiLocale());
      const ui = await createShadowRootUi(ctx, {
        name: 'shoplint-overlay',
        mode: SHADOW_MODE,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: overlayCss,
        // Keys typed in our panel stay ours (the page's own shortcuts do not fire).
        isolateEvents: true,
        onMount(container) {
          const root = createRoot(container);
          root.render(<Overlay session={session} />);
          return root;
        },
        onRemove: (root) => root?.unmount(),
      });
      ui.mount();
      active = { session, ui };
      starting = false;
      void session.showProduct(editorProductId(url));
      await session.start();
    };

    // The event comes from the Navigation API before `location` changes: use its URL.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void sync(event.newUrl));
    ctx.onInvalidated(stop);
    await sync(new URL(location.href));
  },
});
