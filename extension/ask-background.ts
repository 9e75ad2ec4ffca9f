// How a content script asks the background something: a typed message, its typed answer, over one
// long-lived port per page (a page that asks often, as the critique does on every re-render, costs one
// port message each, not a new channel as sendMessage opens; answers come back in order). No zod here — content scripts stay light; the background
// validates what it receives and we trust its answer. When the extension was reloaded or updated the
// context is invalid: the answer is `undefined` and the caller stops quietly. A stopped worker closes
// the port: what was waiting is asked again on a new port, which wakes the worker.
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message, MessageOf, ReplyTo } from '@/lib/schemas/messages';

export const ENGINE_PORT = 'shoplint-engine';

/** What goes over the port each way. */
export interface PortRequest {
  id: number;
  message: Message;
}
export interface PortAnswer {
  id: number;
  reply: ReplyTo<Message['type']>;
}

/** A worker that was asleep answers the first message after loading the engine (~100 ms); this is far beyond. */
const TIMEOUT_MS = 10_000;

interface Waiting {
  message: Message;
  resolve(reply: ReplyTo<Message['type']> | undefined): void;
  resent: boolean;
}

export class BackgroundChannel {
  private port: Browser.runtime.Port | undefined;
  private next = 0;
  private closed = false;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.close());
  }

  /** Closes the port; whatever was waiting gets `undefined`. */
  close(): void {
    this.closed = true;
    this.port?.disconnect();
    this.port = undefined;
    for (const w of this.waiting.values()) w.resolve(undefined);
    this.waiting.clear();
  }

  ask<T extends Message['type']>(message: MessageOf<T>): Promise<ReplyTo<T> | undefined> {
    if (this.ctx.isInvalid || this.closed) return Promise.resolve(undefined);
    const id = ++this.next;
    return new Promise((resolve) => {
      const timer = this.ctx.setTimeout(() => this.settle(id, { ok: false, error: `no answer from the background in ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
      this.waiting.set(id, {
        message,
        resent: false,
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply as ReplyTo<T> | undefined);
        },
      });
      this.send(id, message);
    });
  }

  private settle(id: number, reply: ReplyTo<Message['type']> | undefined) {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    w.resolve(this.ctx.isInvalid ? undefined : reply);
  }

  private send(id: number, message: Message) {
    try {
      this.connect().postMessage({ id, message } satisfies PortRequest);
    } catch (error) {
      // "Extension context invalidated": the extension went away under us.
      this.settle(id, { ok: false, error: (error as Error).message });
    }
  }

  private connect(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: ENGINE_PORT });
    port.onMessage.addListener((answer: PortAnswer) => this.settle(answer.id, answer.reply));
    port.onDisconnect.addListener(() => {
      this.port = undefined;
      if (this.ctx.isInvalid) return;
      // The worker was stopped while we waited: ask once more (a new port wakes it), then give up.
      for (const [id, w] of this.waiting) {
        if (w.resent) this.settle(id, { ok: false, error: 'the background closed the connection' });
        else {
          w.resent = true;
          this.send(id, w.message);
        }
      }
    });
    return (this.port = port);
  }
}

/**
 * Asks about a stream of states (keystrokes, page re-renders) one at a time: while an answer is
 * outstanding, newer states replace each other and only the newest is asked next, so a fast typist
 * never queues work in the background, and the answer shown is always about the newest state.
 */
export function latestOnly<Q, A>(ask: (question: Q) => Promise<A>, onAnswer: (answer: A, question: Q) => void): (question: Q) => void {
  let newer: { question: Q } | undefined;
  let busy = false;
  const run = async (question: Q) => {
    busy = true;
    const answer = await ask(question);
    if (newer) {
      const next = newer.question;
      newer = undefined;
      void run(next);
      return;
    }
    busy = false;
    onAnswer(answer, question);
  };
  return (question) => {
    if (busy) newer = { question };
    else void run(question);
  };
}
