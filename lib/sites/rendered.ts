// Whether an element of the page is one the seller sees. The 淘宝/天猫 editors keep hidden 0×0 copies of
// their controls next to the real ones (XXm222/pdd-batch-listing 项目文档/25淘宝发品流程Workflow.md,
// 2026-10: "页面会同时保留同一套控件的多份实例，其中一份未布局"), so the first match is often the wrong one.
// In a browser the layout answers; in Node (linkedom has no layout) the inline styles and `hidden` do.
export type Rendered = (el: Element) => boolean;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$)/i;
const ZERO = (property: string) => new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*0(?:px)?\\s*(?:;|$)`, 'i');
const ZERO_WIDTH = ZERO('width');
const ZERO_HEIGHT = ZERO('height');

/** No layout to ask: an element is hidden when it or an ancestor is `hidden`, display:none, visibility:hidden or 0×0 inline. */
export const styleRendered: Rendered = (el) => {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.getAttribute('style');
    if (style && (HIDDEN_STYLE.test(style) || (ZERO_WIDTH.test(style) && ZERO_HEIGHT.test(style)))) return false;
  }
  return true;
};

/** In a browser: laid out with a size, and not visibility:hidden. */
export const layoutRendered: Rendered = (el) => {
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
};
