// A quiet chip in a corner of the seller's page: "店检 已同步 N 笔订单", or "店检暂不认识这个页面的标题框"
// when a page we serve shows nothing we can read (a redesign) — never silence. Plain DOM and textContent
// (a chip does not need React in the seller's page), in a closed shadow root so the page's CSS and
// ours never meet and its scripts cannot read it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { i18n } from '#i18n';
import { SHADOW_MODE } from '@/components/shadow-mode';

export interface Chip {
  show(text: string, about: string): void;
  hide(): void;
  contains(node: Node): boolean;
}

/** `ok`: something ShopLint did; `unread`: a part of the page it does not understand. */
export type ChipTone = 'ok' | 'unread';

const STYLE = `
:host { all: initial; }
.chip { position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; display: flex; align-items: center; gap: 6px;
  padding: 4px 10px 4px 8px; border-radius: 14px; background: rgba(255, 255, 255, 0.96); color: #1f2329;
  border: 1px solid #dee0e3; box-shadow: 0 2px 8px rgba(31, 35, 41, 0.12); cursor: default;
  font: 12px/18px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.chip.unread { bottom: 52px; color: #646a73; }
.chip[hidden] { display: none; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #2ea121; }
.unread .dot { background: #c9cdd4; }
.brand { color: #ff5000; font-weight: 600; }
`;

/** Mounts the chip's host (`name`, e.g. shoplint-capture) at the end of the body; shown by `show`. */
export async function mountChip(ctx: ContentScriptContext, name: string, tone: ChipTone = 'ok'): Promise<Chip> {
  let box: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name,
    mode: SHADOW_MODE,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow, shadowHost) {
      host = shadowHost;
      const style = document.createElement('style');
      style.textContent = STYLE;
      shadow.append(style);
      box = document.createElement('div');
      box.className = `chip ${tone}`;
      box.setAttribute('data-testid', tone === 'ok' ? 'capture-chip' : 'unread-chip');
      box.setAttribute('role', 'status');
      container.append(box);
    },
  });
  ui.mount();
  return {
    show(text, about) {
      if (!box) return;
      if (!host?.isConnected) ui.mount();
      const dot = document.createElement('span');
      dot.className = 'dot';
      const brand = document.createElement('span');
      brand.className = 'brand';
      brand.textContent = i18n.t('capture.brand');
      const label = document.createElement('span');
      label.setAttribute('data-testid', tone === 'ok' ? 'capture-count' : 'unread-text');
      label.textContent = text;
      box.replaceChildren(dot, brand, label);
      box.title = about;
      box.hidden = false;
    },
    hide() {
      if (box) box.hidden = true;
    },
    contains: (node) => !!host && (node === host || host.contains(node)),
  };
}
