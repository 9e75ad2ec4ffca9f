// One batched watcher for a content script (the uBlock pattern): the MutationObserver callback only
// notes that something changed; the work runs once the page has been quiet for `quietMs`, in an idle
// callback, so a page that re-renders a hundred times a second costs one run per window, not a
// hundred. Everything is tied to the content-script context: an extension update leaves nothing behind.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface WatchOptions {
  /** Changes inside these nodes (our own UI) are not the page's. */
  ignore?: (node: Node) => boolean;
  /** How long the page must stay quiet before the work runs (ms). */
  quietMs?: number;
  /** The longest the work may wait while the page keeps changing (ms). */
  maxWaitMs?: number;
}

const TEXT_NODE = 3;
/** A record that only swaps text nodes (a ticking countdown, a price re-render) adds no new parts. */
const onlyText = (r: MutationRecord) => [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === TEXT_NODE);

export function watchPage(ctx: ContentScriptContext, root: Node, work: () => void, { ignore, quietMs = 250, maxWaitMs = 1500 }: WatchOptions = {}): () => void {
  let frameQueued = false;
  let quietTimer: number | undefined;
  let firstChangeAt = 0;

  const run = () => {
    quietTimer = undefined;
    firstChangeAt = 0;
    ctx.requestIdleCallback(() => work(), { timeout: 500 });
  };
  const schedule = () => {
    frameQueued = false;
    const now = performance.now();
    firstChangeAt ||= now;
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    // Debounced, but never postponed past maxWaitMs: a page that never settles still gets checked.
    quietTimer = now - firstChangeAt >= maxWaitMs ? (run(), undefined) : ctx.setTimeout(run, quietMs);
  };
  const observer = new MutationObserver((records) => {
    if (frameQueued) return;
    if (records.every((r) => onlyText(r) || ignore?.(r.target) || [...r.addedNodes].every((n) => ignore?.(n)))) return;
    frameQueued = true;
    ctx.requestAnimationFrame(schedule);
  });
  observer.observe(root, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    if (quietTimer !== undefined) clearTimeout(quietTimer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
