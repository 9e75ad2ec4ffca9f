// The capture chip: "已同步 N 笔订单" in a corner, in a closed shadow root so the page's CSS and ours
// never meet. Plain DOM and textContent (a chip does not need React in the seller's page).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHADOW_MODE } from '@/components/shadow-mode';

export interface Chip {
  show(text: string, about: string): void;
  hide(): void;
  contains(node: Node): boolean;
}

const STYLE = `
:host { all: initial; }
.chip { position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; display: flex; align-items: center; gap: 6px;
  padding: 4px 10px 4px 8px; border-radius: 14px; background: rgba(255, 255, 255, 0.96); color: #1f2329;
  border: 1px solid #dee0e3; box-shadow: 0 2px 8px rgba(31, 35, 41, 0.12); cursor: default;
  font: 12px/18px -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.chip[hidden] { display: none; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #2ea121; }
.brand { color: #ff5000; font-weight: 600; }
`;

export async function mountChip(ctx: ContentScriptContext): Promise<Chip> {
  let box: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'shoplint-capture',
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
      box.className = 'chip';
      box.setAttribute('data-testid', 'capture-chip');
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
      label.setAttribute('data-testid', 'capture-count');
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
