// The popup's opening view of the alerts (lib/shop/alert-summary.ts), kept in storage.local by the
// background next to the full list in IndexedDB: the popup paints it without opening the database.
import { storage } from '#imports';
import type { AlertSummary } from '@/lib/schemas/shop';

export const alertSummaryItem = storage.defineItem<AlertSummary>('local:alertSummary');
