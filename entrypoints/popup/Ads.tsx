// 推广: the last day with ad spend or 达人 orders — spend, ROI, commission and profit after ads with
// their trend lines, then ROI against break-even and profit per order for each product. The numbers
// are the metrics `shoplint alerts` prints (lib/shop/profit.ts), so the popup and the CLI agree.
import { i18n } from '#i18n';
import type { AdMetrics } from '@/lib/schemas/shop';
import { Sparkline } from '@/components/Sparkline';
import { severityColor, theme } from '@/components/theme';
import { Section } from '@/components/Section';

type Key = 'spend' | 'roi' | 'commission' | 'profitAfterAds';
const KEYS: Key[] = ['spend', 'roi', 'commission', 'profitAfterAds'];

const money = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(2));
const ratio = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(2));
const format = (key: Key, v: number | undefined) => (key === 'roi' ? ratio(v) : money(v));

export function Ads({ ads }: { ads: AdMetrics }) {
  const series = ads.series.slice(-30);
  return (
    <Section title={`${i18n.t('popup.ads.heading')} · ${i18n.t('popup.metrics.day', [ads.day])}`} testId="ads">
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        {KEYS.map((key) => (
          <div key={key} data-ad-metric={key} style={{ border: `1px solid ${theme.border}`, borderRadius: 6, padding: '6px 8px' }}>
            <div style={{ fontSize: 11, color: theme.muted }}>{i18n.t(`popup.ads.${key}`)}</div>
            <strong style={{ fontSize: 16, color: key === 'profitAfterAds' && (ads[key] ?? 0) < 0 ? severityColor.error.fg : undefined }}>{format(key, ads[key])}</strong>
            <Sparkline values={series.map((d) => d[key])} width={150} height={26} label={i18n.t(`popup.ads.${key}`)} />
          </div>
        ))}
      </div>
      <table data-testid="ad-products" style={{ width: '100%', marginTop: 8, fontSize: 12, borderCollapse: 'collapse' }}>
        <thead>
          <tr style={{ color: theme.muted, textAlign: 'right' }}>
            <th style={{ textAlign: 'left', fontWeight: 400 }}>{i18n.t('popup.ads.product')}</th>
            <th style={{ fontWeight: 400 }}>ROI / {i18n.t('popup.ads.breakEven')}</th>
            <th style={{ fontWeight: 400 }}>{i18n.t('popup.ads.profitPerOrder')}</th>
          </tr>
        </thead>
        <tbody>
          {ads.products.map((p) => (
            <tr key={p.productId} data-product-id={p.productId} style={{ textAlign: 'right' }}>
              <td style={{ textAlign: 'left', maxWidth: 150, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={p.title ?? p.productId}>
                {p.title ?? p.productId}
              </td>
              <td style={{ color: p.roi !== undefined && p.breakEvenRoi !== undefined && p.roi < p.breakEvenRoi ? severityColor.warn.fg : undefined }}>
                {ratio(p.roi)} / {ratio(p.breakEvenRoi)}
              </td>
              <td data-testid="profit-per-order" style={{ color: (p.profitPerOrder ?? 0) < 0 ? severityColor.error.fg : undefined }}>
                {money(p.profitPerOrder)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
