// Reads and drives the UI ShopLint puts in a page. Shipped builds mount it in CLOSED shadow roots, so
// neither the host page's scripts nor Playwright's locators (which pierce open roots only) can see it;
// the DevTools protocol can (CONTRACTS.md §3): `DOM.getDocument` with `pierce: true` lists the closed
// root, `DOM.resolveNode` gives a handle on it, and every query runs on that handle with
// `Runtime.callFunctionOn`. Pointer and keyboard actions go through Playwright's mouse and keyboard,
// so the page receives trusted events, as from a seller. This is the one place that knows how; specs
// write `ui(page, 'shoplint-overlay').getByTestId('title-score')` and the usual matchers.
//
// Chromium only: Firefox's remote protocol has no equivalent of a pierced DOM.getDocument, so a Firefox
// test of our UI can check only what the light DOM shows (the host element, its data attributes).
import { expect as baseExpect, type CDPSession, type Page } from '@playwright/test';

type Step = { css: string } | { nth: number };

interface CdpNode {
  nodeId: number;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

const OBJECT_GROUP = 'shoplint-e2e';

/** One DevTools session per page, and one query at a time on it (a new DOM.getDocument invalidates the node ids of the last). */
const sessions = new WeakMap<Page, { session: Promise<CDPSession>; queue: Promise<unknown> }>();

function channel(page: Page) {
  let entry = sessions.get(page);
  if (!entry) sessions.set(page, (entry = { session: page.context().newCDPSession(page), queue: Promise.resolve() }));
  return entry;
}

function findNode(node: CdpNode, nodeId: number): CdpNode | undefined {
  if (node.nodeId === nodeId) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, nodeId);
    if (found) return found;
  }
  return undefined;
}

// Runs in the page, on the shadow root: the elements the steps select.
const RESOLVE = `(root, steps) => {
  let nodes = [root];
  for (const step of steps) {
    if ('css' in step) {
      const out = new Set();
      for (const node of nodes) for (const el of node.querySelectorAll(step.css)) out.add(el);
      nodes = [...out];
    } else {
      const el = nodes.at(step.nth);
      nodes = el ? [el] : [];
    }
  }
  return nodes;
}`;

/** `fn(elements, arg, root)` in the page on what `steps` select under `host`'s shadow root; undefined when the host or its root is not there. */
async function run<T>(page: Page, host: string, steps: Step[], fn: string, arg?: unknown): Promise<{ value: T } | undefined> {
  const entry = channel(page);
  const result = entry.queue.then(async () => {
    const session = await entry.session;
    try {
      const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: host });
      if (!nodeIds.length) return undefined;
      const shadow = findNode(root as CdpNode, nodeIds[0]!)?.shadowRoots?.find((s) => s.shadowRootType !== 'user-agent');
      if (!shadow) return undefined;
      if (shadow.shadowRootType !== 'closed') throw new Error(`<${host}> has an ${shadow.shadowRootType} shadow root: shipped builds close every root the host page could read`);
      const { object } = await session.send('DOM.resolveNode', { nodeId: shadow.nodeId, objectGroup: OBJECT_GROUP });
      const reply = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: `function (steps, arg) { return (${fn})((${RESOLVE})(this, steps), arg, this); }`,
        arguments: [{ value: steps }, { value: arg ?? null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (reply.exceptionDetails) throw new Error(`in the page: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
      return { value: reply.result.value as T };
    } catch (error) {
      // A navigation between two protocol calls: the nodes are gone, ask again later.
      if (/No node with given id|Cannot find context|Could not find node|Execution context was destroyed|Target closed/i.test(String(error))) return undefined;
      throw error;
    } finally {
      await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => {});
    }
  });
  entry.queue = result.catch(() => {});
  return result;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ACTION_TIMEOUT = 10_000;

/** A lazily evaluated selection inside one of our shadow roots (like a Playwright Locator: nothing is looked up until used). */
export class UiLocator {
  constructor(
    readonly page: Page,
    readonly host: string,
    private readonly steps: Step[] = [],
  ) {}

  toString(): string {
    return `ui(${this.host})${this.steps.map((s) => ('css' in s ? ` ${s.css}` : `[${s.nth}]`)).join('')}`;
  }

  locator(css: string): UiLocator {
    return new UiLocator(this.page, this.host, [...this.steps, { css }]);
  }
  getByTestId(id: string): UiLocator {
    return this.locator(`[data-testid="${id}"]`);
  }
  nth(index: number): UiLocator {
    return new UiLocator(this.page, this.host, [...this.steps, { nth: index }]);
  }
  first(): UiLocator {
    return this.nth(0);
  }
  last(): UiLocator {
    return this.nth(-1);
  }
  async all(): Promise<UiLocator[]> {
    return Array.from({ length: await this.count() }, (_, i) => this.nth(i));
  }

  /** `fn(elements, arg, root)` in the page's main world on every selected element (the root itself when nothing is selected yet). */
  async evaluateAll<T, A = unknown>(fn: (elements: Element[], arg: A, root: ShadowRoot) => T, arg?: A): Promise<T> {
    const result = await run<T>(this.page, this.host, this.steps, fn.toString(), arg);
    if (!result) throw new Error(`${this}: <${this.host}> is not in the page`);
    return result.value;
  }
  /** `fn(element, arg)` on the first selected element (the shadow root for `ui(page, host)` itself). */
  async evaluate<T, A = unknown>(fn: (element: Element, arg: A) => T, arg?: A): Promise<T> {
    const result = await run<{ found: boolean; value?: T }>(
      this.page,
      this.host,
      this.steps,
      `(els, arg, root) => { const el = ${this.steps.length ? 'els[0]' : 'root'}; return el ? { found: true, value: (${fn.toString()})(el, arg) } : { found: false }; }`,
      arg,
    );
    if (!result?.value.found) throw new Error(`${this}: not in the page`);
    return result.value.value as T;
  }
  /** Like `evaluate`, undefined instead of an error while the element is not there. */
  private async probe<T>(fn: string, arg?: unknown): Promise<T | undefined> {
    const result = await run<{ found: boolean; value?: T }>(this.page, this.host, this.steps, `(els, arg) => els[0] ? { found: true, value: (${fn})(els[0], arg) } : { found: false }`, arg);
    return result?.value.found ? result.value.value : undefined;
  }

  async count(): Promise<number> {
    return (await run<number>(this.page, this.host, this.steps, '(els) => els.length'))?.value ?? 0;
  }
  async textContent(): Promise<string | null> {
    return (await this.probe<string>('(el) => el.textContent')) ?? null;
  }
  async getAttribute(name: string): Promise<string | null> {
    return (await this.probe<string | null>('(el, name) => el.getAttribute(name)', name)) ?? null;
  }
  async inputValue(): Promise<string> {
    const value = await this.probe<string>('(el) => el.value');
    if (value === undefined) throw new Error(`${this}: not in the page`);
    return value;
  }
  async isVisible(): Promise<boolean> {
    return (await this.probe<boolean>(VISIBLE)) ?? false;
  }
  async isFocused(): Promise<boolean> {
    return (await this.probe<boolean>('(el) => el.getRootNode().activeElement === el')) ?? false;
  }
  async isChecked(): Promise<boolean> {
    return (await this.probe<boolean>('(el) => !!el.checked')) ?? false;
  }
  async boundingBox(): Promise<Box | null> {
    return (await this.probe<Box | null>('(el) => { const r = el.getBoundingClientRect(); return r.width || r.height ? { x: r.left, y: r.top, width: r.width, height: r.height } : null; }')) ?? null;
  }

  /** The point a seller would click: the element's centre, once it is shown and nothing of the page or ours is on top of it. */
  private async actionPoint(): Promise<{ x: number; y: number }> {
    const deadline = Date.now() + ACTION_TIMEOUT;
    let why = 'not in the page';
    for (;;) {
      const point = await this.probe<{ x: number; y: number } | string>(`(el) => {
        if (!(${VISIBLE})(el)) return 'not visible';
        const at = () => {
          const r = el.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const hit = el.getRootNode().elementFromPoint(x, y);
          return hit && (hit === el || el.contains(hit)) ? { x, y } : 'covered by ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing');
        };
        const point = at();
        if (typeof point === 'object') return point;
        // Out of view, in the page or inside a box that scrolls (as Playwright's click scrolls it into view).
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        return at();
      }`);
      if (point && typeof point === 'object') return point;
      why = point ?? 'not in the page';
      if (Date.now() > deadline) throw new Error(`${this}: cannot act on it: ${why}`);
      await sleep(100);
    }
  }

  async click(): Promise<void> {
    const { x, y } = await this.actionPoint();
    await this.page.mouse.click(x, y);
  }
  async hover(): Promise<void> {
    const { x, y } = await this.actionPoint();
    await this.page.mouse.move(x, y);
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
  }
  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
  }
  async focus(): Promise<void> {
    await this.actionPoint();
    await this.probe('(el) => el.focus()');
  }
  /** Replaces the field's text as typing would: focus, select all, insert (trusted input events). */
  async fill(text: string): Promise<void> {
    await this.focus();
    await this.probe('(el) => el.select()');
    if (text) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.press('Delete');
  }
  async press(key: string): Promise<void> {
    if (!(await this.isFocused())) await this.focus();
    await this.page.keyboard.press(key);
  }
  async pressSequentially(text: string): Promise<void> {
    if (!(await this.isFocused())) await this.focus();
    await this.page.keyboard.type(text);
  }
  async screenshot(options: { path: string }): Promise<Buffer> {
    const clip = await this.boundingBox();
    if (!clip) throw new Error(`${this}: nothing to photograph`);
    return this.page.screenshot({ ...options, clip });
  }
}

const VISIBLE = `(el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false }); }`;

/** The shadow root of the first element matching `host` (a CSS selector of the page, e.g. `shoplint-overlay`). */
export const ui = (page: Page, host: string): UiLocator => new UiLocator(page, host);

// The matchers specs use, for our UI as for the page's: a UiLocator is polled until it matches; anything
// else goes to Playwright's own matcher of the same name.
type Check = (locator: UiLocator, ...args: never[]) => Promise<{ pass: boolean; actual: unknown; expected: unknown }>;

const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const textMatches = (actual: string, expected: string | RegExp, whole: boolean) =>
  typeof expected === 'string' ? (whole ? actual === normalise(expected) : actual.includes(normalise(expected))) : expected.test(actual);

const CHECKS = {
  async toHaveText(l, expected: string | RegExp) {
    const actual = normalise(await l.textContent());
    return { pass: (await l.count()) > 0 && textMatches(actual, expected, true), actual, expected };
  },
  async toContainText(l, expected: string | RegExp) {
    const actual = normalise(await l.textContent());
    return { pass: (await l.count()) > 0 && textMatches(actual, expected, false), actual, expected };
  },
  async toHaveCount(l, expected: number) {
    const actual = await l.count();
    return { pass: actual === expected, actual, expected };
  },
  async toHaveAttribute(l, name: string, expected?: string | RegExp) {
    const actual = await l.getAttribute(name);
    const pass = actual !== null && (expected === undefined || (typeof expected === 'string' ? actual === expected : expected.test(actual)));
    return { pass, actual, expected: `${name}=${expected ?? '(any)'}` };
  },
  async toHaveValue(l, expected: string | RegExp) {
    const actual = (await l.count()) ? await l.inputValue() : null;
    return { pass: actual !== null && (typeof expected === 'string' ? actual === expected : expected.test(actual)), actual, expected };
  },
  async toBeVisible(l) {
    const actual = await l.isVisible();
    return { pass: actual, actual: actual ? 'visible' : 'hidden', expected: 'visible' };
  },
  async toBeHidden(l) {
    const actual = await l.isVisible();
    return { pass: !actual, actual: actual ? 'visible' : 'hidden', expected: 'hidden' };
  },
  async toBeAttached(l) {
    const actual = await l.count();
    return { pass: actual > 0, actual: `${actual} elements`, expected: 'attached' };
  },
  async toBeFocused(l) {
    const actual = await l.isFocused();
    return { pass: actual, actual: actual ? 'focused' : 'not focused', expected: 'focused' };
  },
  async toBeChecked(l) {
    const actual = await l.isChecked();
    return { pass: actual, actual: actual ? 'checked' : 'unchecked', expected: 'checked' };
  },
} satisfies Record<string, Check>;

type MatcherState = { isNot: boolean; timeout: number };
type Matcher = (this: MatcherState, received: unknown, ...args: unknown[]) => Promise<{ pass: boolean; message: () => string; name: string }>;

function matcher(name: string, check: Check): Matcher {
  return async function (this: MatcherState, received: unknown, ...args: unknown[]) {
    if (!(received instanceof UiLocator)) {
      const base = baseExpect(received) as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<void>>> & Record<string, (...a: unknown[]) => Promise<void>>;
      try {
        await (this.isNot ? base.not![name]! : base[name]!)(...args);
        return { pass: !this.isNot, message: () => '', name };
      } catch (error) {
        return { pass: this.isNot, message: () => (error as Error).message, name };
      }
    }
    const options = args.find((a): a is { timeout?: number } => typeof a === 'object' && a !== null && !(a instanceof RegExp) && 'timeout' in a);
    const deadline = Date.now() + (options?.timeout ?? this.timeout);
    for (;;) {
      const result = await check(received, ...(args as never[]));
      if (result.pass !== this.isNot || Date.now() > deadline)
        return {
          pass: result.pass,
          name,
          message: () => `${this.isNot ? 'expect.not' : 'expect'}(${received}).${name}\nexpected: ${String(result.expected)}\nreceived: ${String(result.actual)}`,
        };
      await sleep(100);
    }
  };
}

export const expect = baseExpect.extend(
  Object.fromEntries(Object.entries(CHECKS).map(([name, check]) => [name, matcher(name, check as Check)])) as { [name in keyof typeof CHECKS]: Matcher },
);
