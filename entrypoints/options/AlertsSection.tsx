// The shop alerts (lib/shop/alerts/index.ts): on/off and thresholds, each default with its source.
import { i18n } from '#i18n';
import { Section } from '@/components/Section';
import { theme } from '@/components/theme';
import { alertRules } from '@/lib/shop/alerts/index';
import type { AlertRule } from '@/lib/shop/alerts/define-alert';
import type { Locale } from '@/lib/schemas/common';
import type { ShopSettings } from '@/lib/schemas/settings';
import { RuleRow } from './RuleRow';
import type { SettingsState } from './use-settings';

type AlertSetting = ShopSettings['alerts'][string];

export function AlertsSection({ state, locale }: { state: SettingsState; locale: Locale }) {
  const alerts = state.settings.shop.alerts;
  const set = (id: string, setting: AlertSetting | undefined) => {
    const next = { ...alerts };
    if (setting === undefined) delete next[id];
    else next[id] = setting;
    state.save({ ...state.settings, shop: { ...state.settings.shop, alerts: next } });
  };
  return (
    <Section id="alerts" title={i18n.t('options.alerts.heading')} testId="alert-settings">
      <p style={{ margin: '0 0 6px', color: theme.muted, fontSize: 12 }}>{i18n.t('options.alerts.intro')}</p>
      <ul style={{ margin: 0, padding: 0 }}>
        {(alertRules as readonly AlertRule[]).map(({ meta }) => {
          const own = alerts[meta.id];
          const options = own && own !== 'off' ? own.options : {};
          return (
            <RuleRow
              key={meta.id}
              id={meta.id}
              kind="alert"
              description={meta.description}
              severity={meta.severity}
              options={meta.options}
              sources={meta.sources}
              locale={locale}
              enabled={own !== 'off'}
              values={options}
              customised={own !== undefined}
              onEnabled={(on) => set(meta.id, on ? undefined : 'off')}
              onOption={(key, value) => {
                const next = { ...options, [key]: value };
                if (value === undefined) delete next[key];
                set(meta.id, { options: next });
              }}
              onReset={() => set(meta.id, undefined)}
            />
          );
        })}
      </ul>
    </Section>
  );
}
