// The folded alerts of one type, read from the full list in the database when the seller unfolds them
// (its own chunk: the popup opens without Dexie), a page at a time so that thousands stay responsive.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import type { AlertType } from '@/lib/schemas/shop';
import type { Locale, Severity } from '@/lib/schemas/common';
import { byType } from '@/lib/shop/alert-summary';
import { theme } from '@/components/theme';
import { db } from './db';
import { AlertList } from './Alerts';

const PAGE = 100;

export function FoldedAlerts({ severity, type, skip, now, locale }: { severity: Severity; type: AlertType; skip: number; now: number; locale: Locale }) {
  const rest = useLiveQuery(async () => byType((await db.alerts.get('current'))?.alerts ?? [], severity).get(type)?.slice(skip) ?? [], [severity, type, skip]);
  const [pages, setPages] = useState(1);
  if (!rest) return null;
  const left = rest.length - pages * PAGE;
  return (
    <>
      <AlertList alerts={rest.slice(0, pages * PAGE)} now={now} locale={locale} />
      {left > 0 && (
        <button type="button" data-testid="alerts-show-more" onClick={() => setPages(pages + 1)} style={{ font: 'inherit', fontSize: 12, color: theme.accentStrong, background: 'none', border: 'none', padding: '2px 0', cursor: 'pointer' }}>
          {i18n.t('popup.showMore', [Math.min(left, PAGE)])}
        </button>
      )}
    </>
  );
}
