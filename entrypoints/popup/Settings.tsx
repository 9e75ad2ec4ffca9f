// The shop settings the alerts depend on, and the consent to capture list-page rows (off until the
// seller turns it on). Saved to extension storage; the background recomputes when they change.
import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import type { ShopSettings } from '@/lib/schemas/settings';
import { loadShopSettings, saveShopSettings } from '@/extension/settings';
import { theme } from '@/components/theme';
import { Section } from '@/components/Section';

export function Settings() {
  const [settings, setSettings] = useState<ShopSettings>();
  useEffect(() => void loadShopSettings().then(setSettings), []);
  if (!settings) return null;
  const update = (patch: Partial<ShopSettings>) => {
    setSettings({ ...settings, ...patch });
    void saveShopSettings(patch);
  };
  const row = { display: 'flex', gap: 6, alignItems: 'flex-start', fontSize: 12, marginBottom: 6 } as const;
  return (
    <Section title={i18n.t('popup.settings.heading')} testId="settings">
      <label style={row}>
        <input type="checkbox" data-testid="capture-consent" checked={settings.capture} onChange={(e) => update({ capture: e.currentTarget.checked })} />
        <span>{i18n.t('popup.settings.capture')}</span>
      </label>
      <label style={row}>
        <input type="checkbox" checked={settings.qianniuPlatform === 'tmall'} onChange={(e) => update({ qianniuPlatform: e.currentTarget.checked ? 'tmall' : 'taobao' })} />
        <span>{i18n.t('popup.settings.tmall')}</span>
      </label>
      <label style={{ ...row, alignItems: 'center' }}>
        <span>{i18n.t('popup.settings.target')}</span>
        <input
          type="number"
          min={0}
          step={100}
          defaultValue={settings.dailyGmvTarget}
          onBlur={(e) => {
            const value = Number(e.currentTarget.value);
            update({ dailyGmvTarget: value > 0 ? value : undefined });
          }}
          style={{ width: 90, font: 'inherit', fontSize: 12 }}
        />
      </label>
      <p style={{ margin: 0, fontSize: 11, color: theme.muted }}>
        {i18n.t('popup.settings.privacy')}{' '}
        <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()} style={{ font: 'inherit', fontSize: 11, color: '#1f5bd8', background: 'none', border: 'none', padding: 0, cursor: 'pointer', textDecoration: 'underline' }}>
          {i18n.t('popup.settings.more')}
        </button>
      </p>
    </Section>
  );
}
