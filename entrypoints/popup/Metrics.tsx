// The key numbers of the last full day with 7/30-day trend lines, the day's GMV target split into
// UV × 转化率 × 客单价, and the customer numbers (RFM, 复购率, 退款率, 动销率).
import { useState } from 'react';
import { i18n } from '#i18n';
import type { MetricDay, Metrics as ShopMetrics } from '@/lib/schemas/shop';
import { Sparkline } from '@/components/Sparkline';
import { theme } from '@/components/theme';
import { Section } from '@/components/Section';

type Key = 'uv' | 'conversion' | 'aov' | 'uvValue' | 'cartRate' | 'gmv';
const KEYS: Key[] = ['uv', 'conversion', 'aov', 'uvValue', 'cartRate', 'gmv'];
const PERCENT: Key[] = ['conversion', 'cartRate'];

const format = (key: Key, v: number | undefined) =>
  v === undefined ? '—' : PERCENT.includes(key) ? `${(v * 100).toFixed(2)}%` : key === 'uv' ? Math.round(v).toLocaleString() : v.toLocaleString(undefined, { maximumFractionDigits: 2 });
const pct = (v: number | undefined) => (v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export function Metrics({ metrics }: { metrics: ShopMetrics }) {
  const [span, setSpan] = useState<7 | 30>(7);
  const series = metrics.series.slice(-span);
  const last = metrics.series.at(-1);
  const toggle = (
    <span style={{ display: 'flex', gap: 4 }}>
      {([7, 30] as const).map((d) => (
        <button
          key={d}
          type="button"
          data-span={d}
          aria-pressed={span === d}
          onClick={() => setSpan(d)}
          style={{ font: 'inherit', fontSize: 11, border: `1px solid ${span === d ? theme.accent : theme.border}`, color: span === d ? theme.accentStrong : theme.muted, background: theme.surface, borderRadius: 10, padding: '0 8px', cursor: 'pointer' }}
        >
          {i18n.t(d === 7 ? 'popup.metrics.days7' : 'popup.metrics.days30')}
        </button>
      ))}
    </span>
  );
  return (
    <Section title={metrics.day ? `${i18n.t('popup.metrics.heading')} · ${i18n.t('popup.metrics.day', [metrics.day])}` : i18n.t('popup.metrics.heading')} aside={toggle} testId="metrics">
      {last ? (
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
          {KEYS.map((key) => (
            <Card key={key} metric={key} last={last} series={series} history={metrics.series} />
          ))}
        </div>
      ) : (
        <p style={{ color: theme.muted, margin: 0 }}>{i18n.t('popup.metrics.none')}</p>
      )}
      {metrics.target?.uvNeeded !== undefined && (
        <p data-testid="target" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {i18n.t('popup.metrics.target', [metrics.target.gmv.toLocaleString(), metrics.target.uvNeeded.toLocaleString()])}
        </p>
      )}
      <p data-testid="customers" style={{ margin: '8px 0 0', fontSize: 12, color: theme.muted }}>
        {i18n.t('popup.metrics.rfm', [metrics.rfm.important, metrics.rfm.potential])}
        <br />
        {i18n.t('popup.metrics.rates', [pct(metrics.repurchaseRate), pct(metrics.refundRate), pct(metrics.sellThrough)])}
        {metrics.paidShare !== undefined && (
          <>
            <br />
            <span data-testid="paid-share">{i18n.t('popup.metrics.paidShare', [pct(metrics.paidShare)])}</span>
          </>
        )}
      </p>
    </Section>
  );
}

function Card({ metric, last, series, history }: { metric: Key; last: MetricDay; series: MetricDay[]; history: MetricDay[] }) {
  const value = last[metric];
  // Against the 7 days before the last one, like the traffic and conversion alerts.
  const before = history.slice(-8, -1).map((d) => d[metric]).filter((v): v is number => v !== undefined);
  const average = before.length ? before.reduce((a, b) => a + b, 0) / before.length : undefined;
  const change = value !== undefined && average ? (value - average) / average : undefined;
  const changeColor = change === undefined ? theme.muted : change >= 0 ? '#2ea121' : '#d83931';
  return (
    <div data-metric={metric} style={{ border: `1px solid ${theme.border}`, borderRadius: 6, padding: '6px 8px' }}>
      <div style={{ fontSize: 11, color: theme.muted }}>{i18n.t(`popup.metrics.${metric}`)}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' }}>
        <strong style={{ fontSize: 16 }}>{format(metric, value)}</strong>
        {change !== undefined && (
          <span style={{ fontSize: 11, color: changeColor }} title={i18n.t('popup.metrics.vsAverage')}>
            {change >= 0 ? '▲' : '▼'} {Math.abs(change * 100).toFixed(1)}%
          </span>
        )}
      </div>
      <Sparkline values={series.map((d) => d[metric])} width={150} height={26} label={i18n.t(`popup.metrics.${metric}`)} />
    </div>
  );
}
