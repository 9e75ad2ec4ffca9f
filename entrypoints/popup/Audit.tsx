// The shop-wide listing audit: how many listings have errors or only warnings, whether that number
// is falling (one summary a day), the worst listings with a link to fix each, and the export for the
// weekly review. The overview is the one the background keeps in storage (extension/audit-overview.ts),
// so the section shows without opening the database; the export reads every record from it.
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { Sparkline } from '@/components/Sparkline';
import { scoreColor, severityColor, theme } from '@/components/theme';
import { allAudits, type AuditOverview } from '@/lib/db/audit-read';
import { auditOverviewItem } from '@/extension/audit-overview';
import { editUrl } from '@/lib/sites/list-urls';
import type { AuditRecord } from '@/lib/schemas/audit';
import type { Locale } from '@/lib/schemas/common';
import { chinaDay } from '@/lib/shop/time';
import { Section } from '@/components/Section';

export function Audit({ locale, onReady }: { locale: Locale; onReady: () => void }) {
  /** undefined while reading; null when no listing has been audited. */
  const [overview, setOverview] = useState<AuditOverview | null>();
  useEffect(() => {
    const unwatch = auditOverviewItem.watch(setOverview);
    const start = performance.now();
    void auditOverviewItem.getValue().then((value) => {
      performance.measure('shoplint:audit-read', { start, end: performance.now() });
      setOverview(value);
    });
    return unwatch;
  }, []);
  const ready = overview !== undefined;
  useEffect(() => {
    if (!ready) return;
    performance.mark('shoplint:audit-ready');
    onReady();
    // Once: the section is on screen (onReady is a new function on every render of the popup).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);
  const state = overview === undefined ? 'loading' : overview?.listings ? 'ready' : 'empty';
  return (
    <Section title={i18n.t('popup.audit.heading')} testId="audit" aside={overview?.listings ? <Export locale={locale} /> : undefined}>
      <div data-testid="audit-state" data-state={state}>
        {state === 'empty' && <p style={{ margin: 0, color: theme.muted }}>{i18n.t('popup.audit.empty')}</p>}
        {overview && overview.listings > 0 && (
          <>
            <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6 }}>
              <p data-testid="audit-counts" data-errors={overview.withErrors} data-warnings={overview.withWarnings} style={{ margin: 0, flex: 1, lineHeight: 1.6 }}>
                <b style={{ color: severityColor.error.fg }}>{i18n.t('popup.audit.withErrors', [overview.withErrors])}</b>
                {' · '}
                <b style={{ color: severityColor.warn.fg }}>{i18n.t('popup.audit.withWarnings', [overview.withWarnings])}</b>
                <br />
                <span style={{ color: theme.muted, fontSize: 11 }}>{i18n.t('popup.audit.checked', [overview.listings])}</span>
              </p>
              <Trend days={overview.days.map((d) => d.withErrors)} />
            </div>
            <ul style={{ margin: 0, padding: 0 }}>
              {overview.worst.map((record) => (
                <Worst key={record.key} record={record} locale={locale} />
              ))}
            </ul>
          </>
        )}
      </div>
    </Section>
  );
}

/** Listings with errors per day: falling means the shop is fixing them. */
function Trend({ days }: { days: number[] }) {
  if (days.length < 2) return null;
  const change = days.at(-1)! - days[0]!;
  return (
    <span data-testid="audit-trend" style={{ textAlign: 'right', fontSize: 11, color: theme.muted }}>
      <Sparkline values={days} width={90} height={24} color={severityColor.error.fg} label={i18n.t('popup.audit.trend')} />
      <br />
      {change === 0 ? i18n.t('popup.audit.flat', [days.length]) : i18n.t(change < 0 ? 'popup.audit.fewer' : 'popup.audit.more', [Math.abs(change), days.length])}
    </span>
  );
}

function Worst({ record, locale }: { record: AuditRecord; locale: Locale }) {
  const first = record.findings.find((f) => f.severity === 'error') ?? record.findings[0];
  const color = severityColor[record.level === 'error' ? 'error' : 'warn'];
  return (
    <li data-audit-id={record.id} data-level={record.level} style={{ listStyle: 'none', borderLeft: `3px solid ${color.fg}`, background: color.bg, borderRadius: 4, padding: '5px 8px', margin: '0 0 4px' }}>
      <a href={editUrl(record.platform, record.id)} target="_blank" rel="noopener" style={{ display: 'flex', gap: 8, color: theme.text, textDecoration: 'none' }}>
        <b style={{ color: scoreColor(record.score), minWidth: 20, fontVariantNumeric: 'tabular-nums' }}>{record.score}</b>
        <span style={{ minWidth: 0, flex: 1 }}>
          <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{record.title}</span>
          {first && <span style={{ display: 'block', fontSize: 11, color: theme.muted, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{locale === 'zh' ? first.message : first.messageEn}</span>}
          {record.previous && record.previous.score !== record.score && (
            <span style={{ display: 'block', fontSize: 11, color: theme.muted }}>{i18n.t('popup.audit.changed', [record.previous.score, record.score])}</span>
          )}
        </span>
      </a>
    </li>
  );
}

function Export({ locale }: { locale: Locale }) {
  const [busy, setBusy] = useState(false);
  const save = async (kind: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      // The database and the writers (papaparse, exceljs) load on the first export, not with the popup.
      const [{ db }, { auditCsv, auditXlsx }] = await Promise.all([import('./db'), import('@/lib/audit/export')]);
      const records = await allAudits(db);
      const data = kind === 'csv' ? auditCsv(records, locale) : await auditXlsx(records, locale);
      const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: `shoplint-audit-${chinaDay(Date.now())}.${kind}` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };
  const style = { font: 'inherit', fontSize: 11, border: `1px solid ${theme.border}`, background: theme.surface, borderRadius: 10, padding: '0 8px', cursor: 'pointer', color: theme.muted };
  return (
    <span style={{ display: 'flex', gap: 4 }}>
      {(['csv', 'xlsx'] as const).map((kind) => (
        <button key={kind} type="button" data-testid={`audit-export-${kind}`} disabled={busy} onClick={() => void save(kind)} style={style}>
          {kind.toUpperCase()}
        </button>
      ))}
    </span>
  );
}
