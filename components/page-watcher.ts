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
  /** Runs the watcher's own callbacks (the observer's, the frame's), for a caller that measures its main-thread work. */
  wrap?: (callback: () => void) => void;
}

const TEXT_NODE = 3;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true };
/** A record that only swaps text nodes (a ticking countdown, a price re-render) adds no new parts. */
const onlyText = (r: MutationRecord) => [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === TEXT_NODE);

export interface PageWatch {
  /** Stops watching. */
  (): void;
  /**
   * Runs `write`, a change of our own UI in the page, unseen by the watcher (not observed at all, so
   * no record is even made of it). Only ours is missed: records are delivered after every callback,
   * so none of the page's are pending when a callback of ours begins.
   */
  quiet<T>(write: () => T): T;
}

export function watchPage(ctx: ContentScriptContext, root: Node, work: () => void, { ignore, quietMs = 250, maxWaitMs = 1500, wrap = (callback) => callback() }: WatchOptions = {}): PageWatch {
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
    quietTimer = now - firstChangeAt >= maxWaitMs ? (run(), undefined) : ctx.setTimeout(() => wrap(run), quietMs);
  };
  const observer = new MutationObserver((records) =>
    wrap(() => {
      if (frameQueued) return;
      if (records.every((r) => onlyText(r) || ignore?.(r.target) || [...r.addedNodes].every((n) => ignore?.(n)))) return;
      frameQueued = true;
      ctx.requestAnimationFrame(() => wrap(schedule));
    }),
  );
  observer.observe(root, OBSERVED);
  let stopped = false;
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (quietTimer !== undefined) clearTimeout(quietTimer);
  };
  ctx.onInvalidated(stop);
  return Object.assign(stop, {
    quiet<T>(write: () => T): T {
      observer.disconnect();
      try {
        return write();
      } finally {
        if (!stopped) observer.observe(root, OBSERVED);
      }
    },
  });
}
