import { createRoot } from 'react-dom/client';
import { alertSummaryItem } from '@/extension/alert-summary';
import { App } from './App';

// The summary is read while React starts, and the first render already shows it (one render, not an
// empty one and then the alerts).
const root = createRoot(document.getElementById('root')!);
void alertSummaryItem.getValue().then((summary) => root.render(<App summary={summary} />));
