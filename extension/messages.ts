// Sends a typed message to the background and checks the answer.
import { KeywordsReply, Reply, type Message, type MessageOf } from '@/lib/schemas/messages';

export async function sendToBackground(message: Message): Promise<Reply> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  const reply = Reply.safeParse(answer);
  return reply.success ? reply.data : { ok: false, error: 'no valid reply from the background' };
}

/** Asks the background about the stored keyword banks; the answer is the banks after the change. */
export async function askKeywords(message: MessageOf<'keywords/save' | 'keywords/list' | 'keywords/delete'>): Promise<KeywordsReply> {
  const reply = KeywordsReply.safeParse(await browser.runtime.sendMessage(message));
  return reply.success ? reply.data : { ok: false, error: 'no valid reply from the background' };
}
