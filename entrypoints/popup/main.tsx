import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { AlertSummary } from '@/lib/schemas/shop';
import { App } from './App';

// public/popup-summary.js (the classic script before this module in index.html) has been reading the
// summary while the browser loaded and compiled these modules. The first render already shows it: one
// render, not an empty one and then the alerts.
const { shoplintSummary } = globalThis as unknown as { shoplintSummary: Promise<AlertSummary | null> };
const root = createRoot(document.getElementById('root')!);
// Rendered synchronously: the data is here, and a scheduled render would wait a task for nothing. A
// failed read still renders the popup (App reads the summary again as it watches it).
const render = (summary: AlertSummary | null) => flushSync(() => root.render(<App summary={summary} />));
void shoplintSummary.then(render, () => render(null));
