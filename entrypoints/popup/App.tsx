// The popup: the seller's morning glance. Today's alerts first (the summary the background keeps in
// storage.local — opening never scans orders nor opens the database), then the key numbers, import, a
// quick title check and settings. Only the alerts are in the first paint: the sections below render in
// the next frame, and import (parsers, zod), settings and Dexie load as their own chunks, so the
// popup's opening parses React and a bounded alert summary, nothing else.
import { useEffect, useState } from 'react';
import { lazySection } from '@/components/lazy-section';
import { i18n } from '#i18n';
import { uiLocale } from '@/components/locale';
import { theme } from '@/components/theme';
import type { AlertSummary } from '@/lib/schemas/shop';
import { formatChinaTime } from '@/lib/shop/time';
import { hasShopData, urgentCount } from '@/lib/shop/alert-summary';
import { alertSummaryItem } from '@/extension/alert-summary';
import { Alerts } from './Alerts';
import { Metrics } from './Metrics';
import { Ads } from './Ads';
import { Section } from '@/components/Section';
import { UnreadPages } from './UnreadPages';

const ImportBox = lazySection(() => import('./ImportBox').then((m) => m.ImportBox));
const TitleCheck = lazySection(() => import('./TitleCheck').then((m) => m.TitleCheck));
const Settings = lazySection(() => import('./Settings').then((m) => m.Settings));
const Audit = lazySection(() => import('./Audit').then((m) => m.Audit));
const KeywordBox = lazySection(() => import('./KeywordBox').then((m) => m.KeywordBox));

/**
 * The stored summary (read before the first render), kept current while the popup is open. Null while
 * the shop has no data: the background stores none then.
 */
function useAlertSummary(first: AlertSummary | null): AlertSummary | null {
  const [summary, setSummary] = useState(first);
  useEffect(() => {
    const unwatch = alertSummaryItem.watch(setSummary);
    // A change written between the first read and this watch is not missed.
    void alertSummaryItem.getValue().then(setSummary);
    return unwatch;
  }, []);
  return summary;
}

export function App({ summary }: { summary: AlertSummary | null }) {
  const locale = uiLocale();
  const stored = useAlertSummary(summary);
  const [now, setNow] = useState(Date.now);
  // Countdowns stay true while the popup is open.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const [rest, setRest] = useState(false);
  // The tools below the audit (import, keywords, title check, settings) load zod and the settings:
  // they wait until the audit has shown its numbers, or a second at most.
  const [tools, setTools] = useState(false);
  useEffect(() => {
    if (!rest) return;
    const timer = setTimeout(() => setTools(true), 1000);
    return () => clearTimeout(timer);
  }, [rest]);
  useEffect(() => {
    performance.mark('shoplint:alerts-ready');
    // The alerts are on screen: now the rest.
    const frame = requestAnimationFrame(() => setRest(true));
    return () => cancelAnimationFrame(frame);
  }, []);

  const urgent = stored ? urgentCount(stored, now) : 0;
  return (
    <main lang={locale === 'zh' ? 'zh-CN' : 'en'} style={{ width: 400, boxSizing: 'border-box', padding: 10, fontFamily: theme.font, fontSize: 13, color: theme.text, background: theme.subtle }}>
      <header style={{ display: 'flex', alignItems: 'baseline', gap: 8, marginBottom: 8 }}>
        <h1 style={{ fontSize: 16, margin: 0, color: theme.accentStrong }}>{i18n.t('popup.title')}</h1>
        {stored && (
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
        <div data-testid="alerts-state" data-state={stored ? 'ready' : 'empty'}>
          {stored && hasShopData(stored.metrics) ? (
            <Alerts summary={stored} now={now} locale={locale} full={rest} />
          ) : (
            <p style={{ margin: 0, color: theme.muted }}>{i18n.t('popup.empty')}</p>
          )}
        </div>
      </Section>
      {rest && (
        <>
          <UnreadPages now={now} />
          {stored && <Metrics metrics={stored.metrics} />}
          {stored?.metrics.ads && <Ads ads={stored.metrics.ads} />}
          <Audit locale={locale} onReady={() => setTools(true)} />
          {tools && (
            <>
              <ImportBox locale={locale} />
              <KeywordBox locale={locale} />
              <TitleCheck locale={locale} />
              <Settings />
            </>
          )}
        </>
      )}
    </main>
  );
}
