// Today's alerts by urgency (act now / today / keep an eye on), then by type, from the summary the
// background keeps (lib/shop/alert-summary.ts). Every alert is one [data-alert-type] element; a type
// with many alerts shows its first three and folds the rest, which are read from the database right
// after the first paint (FoldedAlerts), so the first paint costs the same for any shop.
import { lazySection } from '@/components/lazy-section';
import { i18n } from '#i18n';
import type { Alert, AlertSummary, AlertType } from '@/lib/schemas/shop';
import type { Locale, Severity } from '@/lib/schemas/common';
import { severityColor, theme } from '@/components/theme';

const FoldedAlerts = lazySection(() => import('./FoldedAlerts').then((m) => m.FoldedAlerts));
// Message keys allow only [A-Za-z0-9_], so the kebab-case alert types map to camelCase keys.
const TYPE_LABEL: Record<AlertType, () => string> = {
  'stock-out': () => i18n.t('popup.type.stockOut'),
  'stock-below-safety': () => i18n.t('popup.type.stockBelowSafety'),
  'slow-mover': () => i18n.t('popup.type.slowMover'),
  'turnover-days-high': () => i18n.t('popup.type.turnoverDaysHigh'),
  'sell-through-low': () => i18n.t('popup.type.sellThroughLow'),
  'order-unpaid': () => i18n.t('popup.type.orderUnpaid'),
  'order-ship-deadline': () => i18n.t('popup.type.orderShipDeadline'),
  'order-abnormal': () => i18n.t('popup.type.orderAbnormal'),
  'logistics-stalled': () => i18n.t('popup.type.logisticsStalled'),
  'refund-sla': () => i18n.t('popup.type.refundSla'),
  'dispute-sla': () => i18n.t('popup.type.disputeSla'),
  'traffic-drop': () => i18n.t('popup.type.trafficDrop'),
  'conversion-drop': () => i18n.t('popup.type.conversionDrop'),
  'refund-rate-high': () => i18n.t('popup.type.refundRateHigh'),
  'repurchase-low': () => i18n.t('popup.type.repurchaseLow'),
  'ad-roi-below-break-even': () => i18n.t('popup.type.adRoiBelowBreakEven'),
  'ad-profit-negative': () => i18n.t('popup.type.adProfitNegative'),
  'influencer-roi-low': () => i18n.t('popup.type.influencerRoiLow'),
  'paid-traffic-share-high': () => i18n.t('popup.type.paidTrafficShareHigh'),
};

/** `full`: the first paint is on screen, the folded alerts may load. */
export function Alerts({ summary, now, locale, full }: { summary: AlertSummary; now: number; locale: Locale; full: boolean }) {
  if (!summary.total) return <p style={{ margin: '4px 0', color: theme.muted }}>{i18n.t('popup.allClear')}</p>;
  return (
    <div>
      {summary.groups.map(({ severity, count, types }) => (
        <div key={severity} data-group={severity} style={{ marginBottom: 8 }}>
          <h3 style={{ fontSize: 12, fontWeight: 600, margin: '0 0 4px', color: severityColor[severity].fg }}>
            {i18n.t(`popup.group.${severity}`)} · {count}
          </h3>
          {types.map(({ type, count, head }) => (
            <TypeGroup key={type} severity={severity} type={type} count={count} head={head} now={now} locale={locale} full={full} />
          ))}
        </div>
      ))}
    </div>
  );
}

function TypeGroup({ severity, type, count, head, now, locale, full }: { severity: Severity; type: AlertType; count: number; head: Alert[]; now: number; locale: Locale; full: boolean }) {
  const folded = count - head.length;
  return (
    <div style={{ marginBottom: 4 }}>
      {count > 1 && (
        <div style={{ fontSize: 11, color: theme.muted, margin: '2px 0' }}>
          {TYPE_LABEL[type]()} ({count})
        </div>
      )}
      <AlertList alerts={head} now={now} locale={locale} />
      {folded > 0 && (
        <details>
          <summary style={{ fontSize: 12, color: theme.muted, cursor: 'pointer', margin: '2px 0 4px' }}>{i18n.t('popup.more', [folded])}</summary>
          {full && (
            <FoldedAlerts severity={severity} type={type} skip={head.length} now={now} locale={locale} />
          )}
        </details>
      )}
    </div>
  );
}

export function AlertList({ alerts, now, locale }: { alerts: readonly Alert[]; now: number; locale: Locale }) {
  return (
    <ul style={{ margin: 0, padding: 0 }}>
      {alerts.map((a) => (
        <AlertItem key={`${a.type}:${a.entityId}`} alert={a} now={now} locale={locale} />
      ))}
    </ul>
  );
}

function AlertItem({ alert, now, locale }: { alert: Alert; now: number; locale: Locale }) {
  const color = severityColor[alert.severity];
  return (
    <li
      data-alert-type={alert.type}
      data-severity={alert.severity}
      data-entity-id={alert.entityId}
      style={{ listStyle: 'none', borderLeft: `3px solid ${color.fg}`, background: color.bg, borderRadius: 4, padding: '5px 8px', margin: '0 0 4px', lineHeight: 1.5 }}
    >
      <span>{locale === 'zh' ? alert.message : alert.messageEn}</span>
      {alert.dueAt !== undefined && <Due dueAt={alert.dueAt} now={now} />}
    </li>
  );
}

function Due({ dueAt, now }: { dueAt: number; now: number }) {
  const left = dueAt - now;
  const text = i18n.t(left >= 0 ? 'popup.due.left' : 'popup.due.over', [duration(Math.abs(left))]);
  return (
    <span style={{ display: 'inline-block', marginLeft: 6, fontSize: 11, padding: '0 6px', borderRadius: 8, background: left >= 0 ? theme.subtle : severityColor.error.fg, color: left >= 0 ? theme.muted : '#fff' }}>
      {text}
    </span>
  );
}

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return i18n.t('popup.due.minutes', [minutes]);
  const hours = ms / 3_600_000;
  if (hours < 48) return i18n.t('popup.due.hours', [Math.round(hours * 10) / 10]);
  return i18n.t('popup.due.days', [Math.round(hours / 24)]);
}
