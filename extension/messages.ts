// Sends a typed message to the background and checks the answer.
import { Reply, type Message } from '@/lib/schemas/messages';

export async function sendToBackground(message: Message): Promise<Reply> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  const reply = Reply.safeParse(answer);
  return reply.success ? reply.data : { ok: false, error: 'no valid reply from the background' };
}
