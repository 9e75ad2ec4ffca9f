// A content script's way of saying a page is not understood (lib/sites/unread.ts): the quiet chip on
// the page, and a message to the background, which keeps the popup's line. Each change is said once;
// the first verdict of a visit always goes out, so a page read again clears what an earlier visit left.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { i18n } from '#i18n';
import type { MessageOf } from '@/lib/schemas/messages';
import type { UnreadPage, UnreadPart } from '@/lib/sites/unread';
import { mountChip, type Chip } from './page-chip';
import { unreadChipText } from './unread-text';

export interface UnreadReporter {
  /** The parts of the page not understood now ([] when all are). */
  report(missing: UnreadPart[]): void;
  /** Whether `node` is the chip (a watcher's changes of our own UI are not the page's). */
  contains(node: Node): boolean;
  /** The seller left the page (an in-app route): the chip goes; the popup keeps its line. */
  hide(): void;
}

export function unreadReporter(ctx: ContentScriptContext, page: UnreadPage): UnreadReporter {
  let chip: Promise<Chip> | undefined;
  let mounted: Chip | undefined;
  let last: string | undefined;
  return {
    report(missing) {
      const key = missing.join();
      if (key === last || ctx.isInvalid) return;
      last = key;
      const message: MessageOf<'page/unread'> = { type: 'page/unread', page, missing };
      void browser.runtime.sendMessage(message).catch(() => {});
      if (!missing.length) return void chip?.then((c) => c.hide());
      chip ??= mountChip(ctx, 'shoplint-unread', 'unread').then((c) => (mounted = c));
      void chip.then((c) => c.show(missing.map((part) => unreadChipText[part]()).join(i18n.t('listSeparator')), i18n.t('unread.about')));
    },
    contains: (node) => mounted?.contains(node) ?? false,
    hide() {
      last = undefined;
      void chip?.then((c) => c.hide());
    },
  };
}
