// The popup: the seller's morning glance. Today's alerts first (the summary the background keeps in
// storage.local — opening never scans orders nor opens the database), then the key numbers, import, a
// quick title check and settings. Only the alerts are in the first paint: the sections below render in
// the next frame, and import (parsers, zod), settings and Dexie load as their own chunks, so the
// popup's opening parses React and a bounded alert summary, nothing else.
import { lazy, Suspense, useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { uiLocale } from '@/components/locale';
import { theme } from '@/components/theme';
import type { AlertSummary } from '@/lib/schemas/shop';
import { formatChinaTime } from '@/lib/shop/time';
import { hasShopData, urgentCount } from '@/lib/shop/alert-summary';
import { alertSummaryItem } from '@/extension/alert-summary';
import { Alerts } from './Alerts';
import { Metrics } from './Metrics';
import { Section } from '@/components/Section';

const ImportBox = lazy(() => import('./ImportBox').then((m) => ({ default: m.ImportBox })));
const TitleCheck = lazy(() => import('./TitleCheck').then((m) => ({ default: m.TitleCheck })));
const Settings = lazy(() => import('./Settings').then((m) => ({ default: m.Settings })));
const Audit = lazy(() => import('./Audit').then((m) => ({ default: m.Audit })));
const KeywordBox = lazy(() => import('./KeywordBox').then((m) => ({ default: m.KeywordBox })));

const LOADING = 'loading' as const;

/**
 * The stored summary, kept current while the popup is open. Null while the shop has no data (the
 * background stores none then), and for the one refresh after an update from a version without it:
 * the alerts then appear as soon as the background has written it.
 */
function useAlertSummary(): AlertSummary | null | typeof LOADING {
  const [summary, setSummary] = useState<AlertSummary | null | typeof LOADING>(LOADING);
  useEffect(() => {
    let changed = false;
    const unwatch = alertSummaryItem.watch((value) => {
      changed = true;
      setSummary(value);
    });
    // A change seen before the first read resolves is newer than what it read.
    void alertSummaryItem.getValue().then((value) => changed || setSummary(value));
    return unwatch;
  }, []);
  return summary;
}

export function App() {
  const locale = uiLocale();
  const stored = useAlertSummary();
  const [now, setNow] = useState(Date.now);
  // Countdowns stay true while the popup is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const [rest, setRest] = useState(false);
  useEffect(() => {
    if (stored === LOADING) return;
    performance.mark('shoplint:alerts-ready');
    // The alerts are on screen: now the rest.
    const frame = requestAnimationFrame(() => setRest(true));
    return () => cancelAnimationFrame(frame);
  }, [stored]);

  const urgent = stored && stored !== LOADING ? urgentCount(stored, now) : 0;
  return (
    <main lang={locale === 'zh' ? 'zh-CN' : 'en'} style={{ width: 400, boxSizing: 'border-box', padding: 10, fontFamily: theme.font, fontSize: 13, color: theme.text, background: theme.subtle }}>
      <header style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
        <h1 style={{ fontSize: 16, margin: 0, color: theme.accentStrong }}>{i18n.t('popup.title')}</h1>
        {stored && stored !== LOADING && (
          <span style={{ marginLeft: 'auto', fontSize: 11, color: theme.muted }}>{i18n.t('popup.updated', [formatChinaTime(stored.computedAt).slice(5)])}</span>
        )}
      </header>
      <Section
        title={i18n.t('popup.subtitle')}
        testId="alerts"
        aside={
          urgent > 0 && (
            <span data-testid="urgent-count" style={{ background: '#d83931', color: '#fff', borderRadius: 9, padding: '0 7px', fontSize: 12 }}>
              {urgent}
            </span>
          )
        }
      >
        <div data-testid="alerts-state" data-state={stored === LOADING ? 'loading' : stored ? 'ready' : 'empty'}>
          {stored === LOADING ? null : stored && hasShopData(stored.metrics) ? (
            <Alerts summary={stored} now={now} locale={locale} full={rest} />
          ) : (
            <p style={{ margin: 0, color: theme.muted }}>{i18n.t('popup.empty')}</p>
          )}
        </div>
      </Section>
      {rest && (
        <>
          {stored && stored !== LOADING && <Metrics metrics={stored.metrics} />}
          <Suspense fallback={null}>
            <Audit locale={locale} />
            <ImportBox locale={locale} />
            <KeywordBox locale={locale} />
            <TitleCheck locale={locale} />
            <Settings />
          </Suspense>
        </>
      )}
    </main>
  );
}
