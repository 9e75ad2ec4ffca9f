// How a content script asks the background something: a typed message, its typed answer. No zod here
// (content scripts stay light; the background validates what it receives and we trust its answer).
// When the extension was reloaded or updated the context is invalid: the answer is `undefined` and the
// caller stops quietly. A background that does not answer in time is a failure, not a hang.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message, MessageOf, ReplyTo } from '@/lib/schemas/messages';

/** A worker that was asleep answers the first message after loading the engine (~100 ms); this is far beyond. */
const TIMEOUT_MS = 10_000;

export async function askBackground<T extends Message['type']>(ctx: ContentScriptContext, message: MessageOf<T>): Promise<ReplyTo<T> | undefined> {
  if (ctx.isInvalid) return undefined;
  let timer: number | undefined;
  const timeout = new Promise<ReplyTo<T>>((resolve) => {
    timer = ctx.setTimeout(() => resolve({ ok: false, error: `no answer from the background in ${TIMEOUT_MS / 1000} s` } as ReplyTo<T>), TIMEOUT_MS);
  });
  try {
    const reply = await Promise.race([browser.runtime.sendMessage(message) as Promise<ReplyTo<T> | undefined>, timeout]);
    if (ctx.isInvalid) return undefined;
    return reply ?? ({ ok: false, error: 'no answer from the background' } as ReplyTo<T>);
  } catch (error) {
    // "Extension context invalidated": the extension went away under us.
    if (ctx.isInvalid) return undefined;
    return { ok: false, error: (error as Error).message } as ReplyTo<T>;
  } finally {
    clearTimeout(timer);
  }
}
