// The folded alerts of one type, read from the full list in the database once the first paint is on
// screen (its own chunk: the popup opens without Dexie). They sit inside the closed <details>, so the
// page has one [data-alert-type] element per alert (CONTRACTS.md §3) without laying them out.
import { useLiveQuery } from 'dexie-react-hooks';
import type { AlertType } from '@/lib/schemas/shop';
import type { Locale, Severity } from '@/lib/schemas/common';
import { byType } from '@/lib/shop/alert-summary';
import { readStoredAlerts } from '@/lib/db/stored-alerts';
import { db } from './db';
import { AlertList } from './Alerts';

export function FoldedAlerts({ severity, type, skip, now, locale }: { severity: Severity; type: AlertType; skip: number; now: number; locale: Locale }) {
  const rest = useLiveQuery(async () => byType((await readStoredAlerts(db))?.alerts ?? [], severity).get(type)?.slice(skip) ?? [], [severity, type, skip]);
  return rest ? <AlertList alerts={rest} now={now} locale={locale} /> : null;
}
