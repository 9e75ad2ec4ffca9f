// A line for each page ShopLint served but did not understand lately (a redesign of the seller's
// backend): which page, which part. Shown only when there is one; the background keeps the list.
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { theme } from '@/components/theme';
import { unreadPageName, unreadPartName } from '@/components/unread-text';
import { UNREAD_SHOWN_MS, unreadPagesItem, type UnreadPages as Stored } from '@/extension/unread-pages';
import type { UnreadPage } from '@/lib/sites/unread';

export function UnreadPages({ now }: { now: number }) {
  const [pages, setPages] = useState<Stored>({});
  useEffect(() => {
    const unwatch = unreadPagesItem.watch(setPages);
    void unreadPagesItem.getValue().then(setPages);
    return unwatch;
  }, []);
  const recent = (Object.entries(pages) as [UnreadPage, NonNullable<Stored[UnreadPage]>][]).filter(([, v]) => now - v.at < UNREAD_SHOWN_MS);
  if (!recent.length) return null;
  return (
    <section data-testid="unread-pages" aria-label={i18n.t('unread.heading')} style={{ border: `1px dashed ${theme.border}`, borderRadius: theme.radius, padding: '6px 10px', marginBottom: 10, fontSize: 12, color: theme.muted, background: theme.surface }}>
      <strong style={{ color: theme.text, fontWeight: 600 }}>{i18n.t('unread.heading')}</strong>
      <ul style={{ margin: '4px 0', paddingLeft: 16 }}>
        {recent.map(([page, { missing }]) => (
          <li key={page} data-unread-page={page} data-unread={missing.join(' ')}>
            {i18n.t('unread.line', [unreadPageName[page](), missing.map((part) => unreadPartName[part]()).join(i18n.t('listSeparator'))])}
          </li>
        ))}
      </ul>
      <div>{i18n.t('unread.hint')}</div>
    </section>
  );
}
